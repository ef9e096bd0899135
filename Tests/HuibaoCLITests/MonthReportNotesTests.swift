import Foundation
import HuibaoTestSupport
import Testing

/// Part 6 of the month report (`huibao month YYYY-MM`): the month's notes, masked like the rest
/// of the report, their images embedded; no section for a month without notes.
@Suite("The month notes in the month report (the built binary)", .serialized)
struct MonthReportNotesTests {
    /// A copy of the basic fixture's `Content/` with June's notes.
    func project() throws -> URL {
        let folder = try Fixtures.temporaryFolder().appendingPathComponent("project")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try FileManager.default.copyItem(
            at: Fixtures.site("basic").appendingPathComponent("Content"), to: folder.appendingPathComponent("Content"))
        let months = folder.appendingPathComponent("Content/months")
        try FileManager.default.createDirectory(at: months, withIntermediateDirectories: true)
        let notes =
            "---\n标题: 六月工作小结\n---\n\n## 本月小结\n\n宣讲 3 场，联系电话 13800138000。\n\n![现场](../assets/photo.svg)\n\n## 存在问题\n\n签到表不全。\n"
        try Data(notes.utf8).write(to: months.appendingPathComponent("2025-06.md"))
        return folder
    }

    func monthReport(_ project: URL, _ month: String) throws -> String {
        let output = project.appendingPathComponent("月报.html")
        let result = try CommandRunner.huibao([
            "month", month, "--html", "--source", project.path, "--output", output.path,
        ])
        #expect(result.status == 0, "\(result.stderr)")
        return try String(contentsOf: output, encoding: .utf8)
    }

    @Test func theNotesArePartSix() throws {
        let html = try monthReport(try project(), "2025-06")
        let notes = try #require(html.range(of: "<section id=\"notes\" class=\"month-notes\">\n<h2>六月工作小结</h2>"))
        // After 本月活动 and 宣传报道, the whole notes (存在问题 too), masked, the photo embedded.
        let articles = try #require(html.range(of: "<h2>宣传报道</h2>"))
        #expect(articles.upperBound < notes.lowerBound)
        #expect(html.contains("宣讲 3 场，联系电话 138****8000。"))
        #expect(!html.contains("13800138000"))
        #expect(html.contains("<h2>存在问题</h2>\n<p>签到表不全。</p>"))
        #expect(html.contains("<img src=\"data:image/svg+xml;base64,"))
        #expect(!html.contains("huibao-embed:") && !html.contains("media/assets"))
    }

    @Test func noNotesNoSection() throws {
        let html = try monthReport(try project(), "2025-07")
        #expect(!html.contains("id=\"notes\""))
        #expect(!html.contains("六月工作小结"))
    }
}
