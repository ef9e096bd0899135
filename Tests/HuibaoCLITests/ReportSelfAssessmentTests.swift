import Foundation
import HuibaoTestSupport
import Testing

/// `huibao report` with a scoring scheme: the 自评评分表 first, and `scoring` in the figures.
@Suite("The report's 自评评分表 (the built binary)", .serialized)
struct ReportSelfAssessmentTests {
    /// The basic fixture with Tests/Fixtures/scoring/basic as its scheme and mid-term self-scores.
    func site(scores: String? = nil) throws -> URL {
        let site = try Fixtures.temporaryFolder().appendingPathComponent("site")
        try FileManager.default.copyItem(at: Fixtures.site("basic"), to: site)
        try? FileManager.default.removeItem(at: site.appendingPathComponent("expected"))
        let scoring = Fixtures.folder.appendingPathComponent("scoring/basic")
        let content = site.appendingPathComponent("Content")
        try FileManager.default.copyItem(
            at: scoring.appendingPathComponent("scoring.yml"), to: content.appendingPathComponent("scoring.yml"))
        try FileManager.default.createDirectory(
            at: content.appendingPathComponent("scores"), withIntermediateDirectories: true)
        let midterm = content.appendingPathComponent("scores/midterm.yml")
        if let scores {
            try Data(scores.utf8).write(to: midterm)
        } else {
            try FileManager.default.copyItem(at: scoring.appendingPathComponent("midterm.yml"), to: midterm)
        }
        return site
    }

    func report(_ site: URL) throws -> String { try SelfAssessmentReport.html("midterm", site) }

    func section(_ html: String) throws -> String { try SelfAssessmentReport.section(html) }

    @Test func theTableMatchesItsGoldenCopy() throws {
        let html = try report(try site())
        let table = try section(html)
        // The table comes before every other section.
        #expect(
            html.range(of: "id=\"self-assessment\"")!.lowerBound < html.range(of: "<section id=\"summary\"")!.lowerBound
        )
        let expected = Fixtures.folder.appendingPathComponent("scoring/basic/self-assessment.html")
        if let difference = try Snapshot.compareText(table, expected: expected) {
            Issue.record("\(difference)")
        }
    }

    @Test func theFiguresBlockStillEqualsThePublicProgressJSON() throws {
        let site = try site()
        let html = try report(site)
        let publicSite = site.appendingPathComponent("public-site")
        let build = try CommandRunner.huibao([
            "build", "--public", "--source", site.path, "--output", publicSite.path, "--as-of", "2025-10-15",
        ])
        #expect(build.status == 0, "\(build.stderr)")
        let json = try String(contentsOf: publicSite.appendingPathComponent("data/progress.json"), encoding: .utf8)
        let start = try #require(html.range(of: "<script type=\"application/json\" id=\"figures\">"))
        let end = try #require(html.range(of: "</script>", range: start.upperBound..<html.endIndex))
        #expect(String(html[start.upperBound..<end.lowerBound]) == json)
        #expect(json.contains("\"scoring\": {\n    \"midterm\": {"))
        #expect(json.contains("\"scoring_date\": \"2025-10-15\""))
    }

    @Test func aVetoShowsTheTrancheNotMet() throws {
        let html = try report(try site(scores: "P2: {得分: 1.5, 说明: 问卷满意率95%}\n否决: [V1]\n"))
        let table = try section(html)
        #expect(table.contains("V1 项目资金被挪用：适用"))
        #expect(table.contains("否决项适用，总分按 0 计：中期款"))
        #expect(table.contains("<dt>自评总分</dt><dd>0.00</dd>"))
        #expect(table.contains("<dt>等级</dt><dd>不合格</dd>"))
    }

    @Test func withoutASchemeTheReportHasNoTable() throws {
        let site = try site()
        try FileManager.default.removeItem(at: site.appendingPathComponent("Content/scoring.yml"))
        try FileManager.default.removeItem(at: site.appendingPathComponent("Content/scores"))
        let html = try report(site)
        #expect(!html.contains("自评评分表"))
    }
}
