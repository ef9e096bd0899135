import Foundation
import HuibaoTestSupport
import Testing

/// `huibao report final` where the final has its own scheme (`Content/scoring/final.yml`)
/// beside the basic fixture's scoring.yml: its 自评评分表 is that scheme's, against a golden copy,
/// and the mid-term's report keeps the general one.
@Suite("A report with the evaluation's own scheme (the built binary)", .serialized)
struct ReportOwnSchemeTests {
    func site() throws -> URL {
        let site = try Fixtures.temporaryFolder().appendingPathComponent("site")
        try FileManager.default.copyItem(at: Fixtures.site("basic"), to: site)
        try? FileManager.default.removeItem(at: site.appendingPathComponent("expected"))
        let content = site.appendingPathComponent("Content")
        try FileManager.default.copyItem(
            at: Fixtures.folder.appendingPathComponent("scoring/basic/scoring.yml"),
            to: content.appendingPathComponent("scoring.yml"))
        try FileManager.default.createDirectory(
            at: content.appendingPathComponent("scoring"), withIntermediateDirectories: true)
        try FileManager.default.copyItem(
            at: Fixtures.folder.appendingPathComponent("scoring/own/final.yml"),
            to: content.appendingPathComponent("scoring/final.yml"))
        return site
    }

    func report(_ id: String, _ site: URL) throws -> String { try SelfAssessmentReport.html(id, site) }

    func section(_ html: String) throws -> String { try SelfAssessmentReport.section(html) }

    @Test func theFinalsTableIsItsOwnSchemes() throws {
        let site = try site()
        let table = try section(try report("final", site))
        #expect(table.contains("末期评估评分细则") && table.contains("E2") && !table.contains("U1"))
        let expected = Fixtures.folder.appendingPathComponent("scoring/own/final-self-assessment.html")
        if let difference = try Snapshot.compareText(table, expected: expected) {
            Issue.record("\(difference)")
        }
        let midterm = try section(try report("midterm", site))
        #expect(midterm.contains("测试评分细则") && midterm.contains("U1") && !midterm.contains("E2"))
    }
}
