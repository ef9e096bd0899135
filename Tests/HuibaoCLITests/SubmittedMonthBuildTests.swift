import Foundation
import HuibaoBuild
import HuibaoModel
import HuibaoTestSupport
import Testing

/// Submit → edit → rebuild → 勘误 through the built binary: the month page shows the 勘误
/// (with the files on the team's site, without them in a public build), `check` warns at the
/// changed file, and neither ever touches the record.
@Suite("Submitted months through the built binary", .serialized)
struct SubmittedMonthBuildTests {
    let helper = MonthErrataTests()

    func attributes(_ url: URL) throws -> (bytes: Data, modified: Date, inode: Int) {
        let attributes = try FileManager.default.attributesOfItem(atPath: url.path)
        return (
            try Data(contentsOf: url), try #require(attributes[.modificationDate] as? Date),
            try #require(attributes[.systemFileNumber] as? Int)
        )
    }

    @Test func submitEditRebuildShowsTheErrataAndNeverTouchesTheRecord() throws {
        let site = try helper.site()
        let written = try helper.submit(site)
        let before = try attributes(written.record)
        Thread.sleep(forTimeInterval: 0.05)

        // Nothing changed: no 勘误 anywhere.
        let clean = try CommandRunner.huibao(["build", "--source", site.path, "--as-of", "2025-12-31"])
        #expect(clean.status == 0, "\(clean.stderr)")
        let cleanPage = try String(
            contentsOf: site.appendingPathComponent("public/months/2025-06/index.html"), encoding: .utf8)
        #expect(!cleanPage.contains("勘误"))

        try helper.edit(site, "Content/activities/2025-06/宣讲.md", "lectures: 1", "lectures: 2")
        let check = try CommandRunner.huibao(["check", "--source", site.path, "--as-of", "2025-12-31"])
        #expect(check.status == 0, "\(check.stdout)\(check.stderr)")
        #expect(
            check.stdout.contains(
                "Content/activities/2025-06/宣讲.md:1:1: 警告: 这个文件在2025年6月报送之后改过，2025年6月报送的数字已变：“主题宣讲”本月新增 1 → 2，累计 2 → 3"),
            "\(check.stdout)")
        #expect(check.stdout.contains("请重新报送：huibao month 2025-06 --resubmit"))

        let team = try CommandRunner.huibao(["build", "--source", site.path, "--as-of", "2025-12-31"])
        #expect(team.status == 0, "\(team.stderr)")
        let page = try String(contentsOf: site.appendingPathComponent("public/months/2025-06/index.html"), encoding: .utf8)
        #expect(page.contains("<h2>勘误</h2>"))
        #expect(page.contains("本月已报送（数据截至 2025年6月30日）"))
        #expect(page.contains("<tr><th scope=\"row\">主题宣讲</th><td>本月新增</td><td class=\"num\">1</td><td class=\"num\">2</td></tr>"))
        #expect(page.contains("<li>修改：Content/activities/2025-06/宣讲.md</li>"))
        #expect(page.contains("重新报送（huibao month 2025-06 --resubmit）之前，本勘误一直保留。"))
        // Later months carry no 勘误 of June on their pages.
        let july = try String(contentsOf: site.appendingPathComponent("public/months/2025-07/index.html"), encoding: .utf8)
        #expect(!july.contains("勘误"))

        let output = site.appendingPathComponent("public-site")
        let publicBuild = try CommandRunner.huibao([
            "build", "--public", "--source", site.path, "--output", output.path, "--as-of", "2025-12-31",
        ])
        #expect(publicBuild.status == 0, "\(publicBuild.stderr)")
        let publicPage = try String(
            contentsOf: output.appendingPathComponent("months/2025-06/index.html"), encoding: .utf8)
        #expect(publicPage.contains("<h2>勘误</h2>"))
        #expect(publicPage.contains("<td class=\"num\">1</td><td class=\"num\">2</td>"))
        #expect(!publicPage.contains("Content/"))
        #expect(!publicPage.contains(".md"))
        #expect(!publicPage.contains("--resubmit"))

        // The record: the same bytes, the same file, never written again.
        let after = try attributes(written.record)
        #expect(after.bytes == before.bytes)
        #expect(after.modified == before.modified)
        #expect(after.inode == before.inode)
        #expect(
            try FileManager.default.contentsOfDirectory(atPath: written.record.deletingLastPathComponent().path)
                == ["2025-06.json"])
    }
}
