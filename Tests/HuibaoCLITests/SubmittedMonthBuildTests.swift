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
        let submit = try CommandRunner.huibao(["month", "2025-06", "--source", site.path, "--html", "--submit"])
        #expect(submit.status == 0, "\(submit.stderr)")
        #expect(submit.stdout.contains("已记下2025年6月报送的数字 → "))
        let record = site.appendingPathComponent("Content/submitted/2025-06.json")
        let before = try attributes(record)
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
        let page = try String(
            contentsOf: site.appendingPathComponent("public/months/2025-06/index.html"), encoding: .utf8)
        #expect(page.contains("<h2>勘误</h2>"))
        #expect(page.contains("本月已报送（数据截至 2025年6月30日）"))
        #expect(
            page.contains(
                "<tr><th scope=\"row\">主题宣讲</th><td>本月新增</td><td class=\"num\">1</td><td class=\"num\">2</td></tr>"))
        #expect(page.contains("<li>修改：Content/activities/2025-06/宣讲.md</li>"))
        #expect(page.contains("重新报送（huibao month 2025-06 --resubmit）之前，本勘误一直保留。"))
        // Later months carry no 勘误 of June on their pages.
        let julyPage = try String(
            contentsOf: site.appendingPathComponent("public/months/2025-07/index.html"), encoding: .utf8)
        #expect(!julyPage.contains("勘误"))

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
        let check2 = try CommandRunner.huibao(["check", "--source", site.path, "--as-of", "2025-12-31"])
        #expect(check2.status == 0)
        let july = try CommandRunner.huibao(["month", "2025-07", "--source", site.path, "--html"])
        #expect(july.status == 0, "\(july.stderr)")
        let after = try attributes(record)
        #expect(after.bytes == before.bytes)
        #expect(after.modified == before.modified)
        #expect(after.inode == before.inode)
        #expect(
            try FileManager.default.contentsOfDirectory(atPath: record.deletingLastPathComponent().path)
                == ["2025-06.json"])
    }

    func month(_ site: URL, _ arguments: [String]) throws -> CommandResult {
        try CommandRunner.huibao(["month"] + arguments + ["--source", site.path, "--html"])
    }

    @Test func aSubmittedMonthIsRefusedWithExit1AndNothingWritten() throws {
        let site = try helper.site()
        #expect(try month(site, ["2025-06", "--submit"]).status == 0)
        let record = site.appendingPathComponent("Content/submitted/2025-06.json")
        let report = site.appendingPathComponent("reports/月报-2025-06.html")
        let before = try attributes(record)
        try FileManager.default.removeItem(at: report)
        let again = try month(site, ["2025-06", "--submit"])
        #expect(again.status == 1)
        #expect(
            again.stderr.contains(
                "Content/submitted/2025-06.json:1:1: 错误: 2025年6月已经报送过，报送记录不会被覆盖；如数据有变需要改报，请用：huibao month 2025-06 --resubmit"
            ), "\(again.stderr)")
        #expect(!FileManager.default.fileExists(atPath: report.path))
        #expect(try attributes(record).bytes == before.bytes)
        #expect(try attributes(record).inode == before.inode)
        #expect(try month(site, ["2025-06", "--submit", "--resubmit"]).status == 64)
    }

    @Test func resubmitKeepsEveryEarlierRecordAndEndsTheErrata() throws {
        let site = try helper.site()
        #expect(try month(site, ["2025-06", "--submit"]).status == 0)
        let folder = site.appendingPathComponent("Content/submitted")
        let first = try Data(contentsOf: folder.appendingPathComponent("2025-06.json"))
        try helper.edit(site, "Content/activities/2025-06/宣讲.md", "lectures: 1", "lectures: 2")

        // The month's own report shows its 勘误 until it is handed in again.
        #expect(try month(site, ["2025-06"]).status == 0)
        let report = try String(contentsOf: site.appendingPathComponent("reports/月报-2025-06.html"), encoding: .utf8)
        #expect(report.contains("<h2>勘误</h2>"))

        let resubmit = try month(site, ["2025-06", "--resubmit"])
        #expect(resubmit.status == 0, "\(resubmit.stderr)")
        #expect(resubmit.stdout.contains("原报送记录已保留为 \(folder.path)/2025-06.v1.json"))
        #expect(!resubmit.stderr.contains("month.changed-after-submission"))
        #expect(!resubmit.stderr.contains("报送之后改过"))
        let resubmitted = try String(
            contentsOf: site.appendingPathComponent("reports/月报-2025-06.html"), encoding: .utf8)
        #expect(!resubmitted.contains("勘误"))
        #expect(try Data(contentsOf: folder.appendingPathComponent("2025-06.v1.json")) == first)
        let second = try Data(contentsOf: folder.appendingPathComponent("2025-06.json"))
        #expect(second != first)
        #expect(String(decoding: second, as: UTF8.self).contains("\"increment\": 2,"))

        let check = try CommandRunner.huibao(["check", "--source", site.path, "--as-of", "2025-12-31"])
        #expect(!check.stdout.contains("报送之后"))
        #expect(try month(site, ["2025-06", "--resubmit"]).status == 0)
        #expect(
            try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
                == ["2025-06.json", "2025-06.v1.json", "2025-06.v2.json"])
        #expect(try Data(contentsOf: folder.appendingPathComponent("2025-06.v2.json")) == second)
    }

    @Test func aLaterMonthReportListsTheErrataOfEarlierMonthsWithoutFileNames() throws {
        let site = try helper.site()
        #expect(try month(site, ["2025-06", "--submit"]).status == 0)
        try helper.edit(site, "Content/ledgers/unions.csv", "2025/6/3,25", "2025/6/3,26")
        #expect(try month(site, ["2025-09"]).status == 0)
        let report = try String(contentsOf: site.appendingPathComponent("reports/月报-2025-09.html"), encoding: .utf8)
        #expect(report.contains("<h2>勘误</h2>"))
        #expect(report.contains("2025年6月已报送（数据截至 2025年6月30日）"))
        #expect(
            report.contains(
                "<tr><th scope=\"row\">上报会员</th><td>本月新增</td><td class=\"num\">25</td><td class=\"num\">26</td></tr>"))
        #expect(!report.contains("unions.csv"))
        // An earlier month's report never shows a later month's 勘误.
        #expect(try month(site, ["2025-05"]).status == 0)
        let may = try String(contentsOf: site.appendingPathComponent("reports/月报-2025-05.html"), encoding: .utf8)
        #expect(!may.contains("勘误"))
    }

    /// The example project has one submitted month changed since: `check` prints the warning
    /// docs/submit.md quotes, and the month page shows the 勘误.
    @Test func theExampleShowsTheErratumTheDocsQuote() throws {
        let page = try String(
            contentsOf: Fixtures.repositoryRoot.appendingPathComponent("docs/submit.md"), encoding: .utf8)
        let quoted = try #require(
            page.split(separator: "\n").first { $0.hasPrefix("Content/activities/2025-11/") && $0.contains("报送之后") })
        let check = try CommandRunner.huibao([
            "check", "--source", Fixtures.repositoryRoot.path, "--as-of", "2026-03-31",
        ])
        #expect(check.status == 0, "\(check.stderr)")
        #expect(check.stdout.contains(String(quoted) + "\n"), "\(check.stdout)")
        // Before November the month is not recomputed: the README's tour at 2025-10-20 stays clean.
        let october = try CommandRunner.huibao([
            "check", "--source", Fixtures.repositoryRoot.path, "--as-of", "2025-10-20",
        ])
        #expect(!october.stdout.contains("报送之后"))
    }
}
