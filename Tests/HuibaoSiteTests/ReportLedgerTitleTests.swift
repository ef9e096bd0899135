import Foundation
import HuibaoBuild
import HuibaoModel
import HuibaoTestSupport
import Testing

/// Ledgers are shown by their 台账名称, never by file name; a count of 0 is not evidence.
@Suite("Ledger titles and zero counts in the report", .serialized)
struct ReportLedgerTitleTests {
    static let asOf = Day(year: 2025, month: 10, day: 20)!

    /// The basic fixture with `台账名称` in project.yml and a count of 0 in a write-up.
    func build() throws -> URL {
        let site = try Fixtures.temporaryFolder().appendingPathComponent("site")
        try FileManager.default.copyItem(at: Fixtures.site("basic"), to: site)
        try? FileManager.default.removeItem(at: site.appendingPathComponent("expected"))
        let project = site.appendingPathComponent("Content/project.yml")
        let text = try String(contentsOf: project, encoding: .utf8) + "台账名称:\n  unions: 工会组建台账\n"
        try Data(text.utf8).write(to: project)
        let activity = site.appendingPathComponent("Content/activities/2025-05/宣讲.md")
        let writeUp = try String(contentsOf: activity, encoding: .utf8)
            .replacingOccurrences(of: "  主题宣讲: 1\n", with: "  主题宣讲: 1\n  报送信息: 0\n  组建工会: 0\n")
            .replacingOccurrences(of: "  union_ledger: 1\n", with: "  union_ledger: 0\n")
        try Data(writeUp.utf8).write(to: activity)
        let output = site.appendingPathComponent("public")
        let outcome = try SiteBuilder.build(
            BuildOptions(source: site, output: output, asOf: Self.asOf, audience: .team(drafts: false)))
        #expect(outcome.written, "\(outcome.diagnostics.map(\.formatted))")
        return output
    }

    @Test func theReportNamesTheLedgerByItsTitleAndListsNoZeroCounts() throws {
        let output = try build()
        let html = try String(contentsOf: output.appendingPathComponent("reports/midterm.html"), encoding: .utf8)
        #expect(html.contains("<h3>工会组建台账</h3>"))
        #expect(!html.contains("台账 unions"))
        #expect(!html.contains("ledgers/unions.csv"))
        #expect(!html.contains("staff.csv") && !html.contains("expenses.csv"))
        // The write-up's 计入 line: the lecture only, no 0, no ledger indicator.
        #expect(html.contains("<p class=\"meta\">计入：主题宣讲 1场</p>"), "\(html.components(separatedBy: "计入：").dropFirst().map { $0.prefix(60) })")
        #expect(!html.contains("报送信息 0篇"))
        #expect(!html.contains("组建工会 0家"))
        #expect(!html.contains("建立企业工会台账（已开展）"))
    }

    @Test func theSiteShowsTheTitleOnTheLedgerPageAndWhereIndicatorsLinkToIt() throws {
        let output = try build()
        let page = try String(contentsOf: output.appendingPathComponent("ledgers/unions/index.html"), encoding: .utf8)
        #expect(page.contains("<h1>工会组建台账</h1>"))
        let indicator = try String(
            contentsOf: output.appendingPathComponent("indicators/unions/index.html"), encoding: .utf8)
        #expect(indicator.contains(">工会组建台账</a>"))
        #expect(!indicator.contains("台账 unions"))
    }
}
