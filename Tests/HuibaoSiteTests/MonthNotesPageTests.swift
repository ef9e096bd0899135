import Foundation
import HuibaoBuild
import HuibaoModel
import HuibaoTestSupport
import Testing

/// The month notes on their month's page (`{{> month-notes}}`): page 1 only, in every
/// audience, masked in a public build like a write-up's body, their images copied.
@Suite("Month notes on the month page")
struct MonthNotesPageTests {
    static let notes = """
        ---
        标题: 六月工作小结
        ---

        ## 本月小结

        本月宣讲 3 场，联系电话 13800138000。

        ![现场](../assets/photo.svg)

        ## 下月计划

        继续宣讲。

        """

    /// The basic site with `extra` June write-ups (201 cut June's page in two) and June's notes, built.
    static func build(extra: Int = 0, audience: Audience) throws -> URL {
        let project = try Fixtures.basicSite(withExtraWriteUps: extra)
        let months = project.appendingPathComponent("Content/months", isDirectory: true)
        try FileManager.default.createDirectory(at: months, withIntermediateDirectories: true)
        try Data(notes.utf8).write(to: months.appendingPathComponent("2025-06.md"))
        let output = project.appendingPathComponent("public")
        let outcome = try SiteBuilder.build(
            BuildOptions(
                source: project, output: output, asOf: Day(year: 2025, month: 10, day: 20)!, audience: audience))
        #expect(outcome.written, "\(outcome.diagnostics.map(\.formatted))")
        return output
    }

    static func read(_ output: URL, _ path: String) throws -> String {
        try String(contentsOf: output.appendingPathComponent(path), encoding: .utf8)
    }

    @Test func theTeamSeesTheNotesAsWritten() throws {
        let output = try Self.build(audience: .team(drafts: false))
        let page = try Self.read(output, "months/2025-06/index.html")
        #expect(page.contains("<h2 id=\"month-notes\">六月工作小结</h2>"))
        #expect(page.contains("<h2>本月小结</h2>\n<p>本月宣讲 3 场，联系电话 13800138000。</p>"))
        #expect(page.contains("<img src=\"../../media/assets/photo.svg\" alt=\"现场\" />"))
        #expect(FileManager.default.fileExists(atPath: output.appendingPathComponent("media/assets/photo.svg").path))
        // The notes come after the month's write-ups, and no other month shows them.
        let notes = try #require(page.range(of: "month-notes"))
        let writeUps = try #require(page.range(of: "<h2>本月活动</h2>"))
        #expect(writeUps.lowerBound < notes.lowerBound)
        #expect(!(try Self.read(output, "months/2025-07/index.html")).contains("month-notes"))
    }

    @Test func aPublicBuildMasksThemLikeABody() throws {
        let output = try Self.build(audience: .publicReaders)
        let page = try Self.read(output, "months/2025-06/index.html")
        #expect(page.contains("六月工作小结"))
        #expect(page.contains("联系电话 138****8000"))
        #expect(!page.contains("13800138000"))
        #expect(FileManager.default.fileExists(atPath: output.appendingPathComponent("media/assets/photo.svg").path))
    }

    @Test func onlyOnTheFirstPageOfALongMonth() throws {
        let output = try Self.build(extra: 201, audience: .team(drafts: false))
        #expect(try Self.read(output, "months/2025-06/index.html").contains("六月工作小结"))
        let second = try Self.read(output, "months/2025-06/page/2/index.html")
        #expect(second.contains("本月活动"))
        #expect(!second.contains("六月工作小结"))
    }
}
