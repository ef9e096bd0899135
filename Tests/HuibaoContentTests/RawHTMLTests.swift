import HuibaoModel
import Testing

@testable import HuibaoContent

/// Raw HTML in a write-up passes through only when project.yml allows it.
@Suite("Raw HTML in write-ups")
struct RawHTMLTests {
    func parse(unsafe: Bool) throws -> (Activity, [Diagnostic]) {
        let files = [
            (
                "project.yml",
                "name: p\nclient: c\nprovider: v\nperiod: {start: 2025-04-08, end: 2026-04-08}\namount: 100\nunsafe_html: \(unsafe ? "是" : "否")\n"
            ),
            ("indicators.yml", "categories:\n  - name: 宣传教育\n"),
            (
                "activities/a.md",
                "---\ntitle: t\ndate: 2025-05-20\ncategory: 宣传教育\n---\n<div class=\"x\">块</div>\n\n文字 <script>alert(1)</script> 文字\n"
            ),
        ]
        let result = ContentParser.parse(
            ContentSnapshot(files: files.map { .init(path: $0.0, bytes: Array($0.1.utf8)) }))
        return (try #require(result.content?.activities.first), result.diagnostics)
    }

    @Test func offByDefaultWithAWarningAtEachTag() throws {
        let (activity, diagnostics) = try parse(unsafe: false)
        #expect(!activity.body.html.contains("<script>"))
        #expect(!activity.body.html.contains("<div"))
        #expect(diagnostics.map(\.code) == ["markdown.raw-html", "markdown.raw-html", "markdown.raw-html"])
        #expect(diagnostics.map(\.position.line) == [6, 8, 8])
    }

    @Test func passesThroughWhenAllowed() throws {
        let (activity, diagnostics) = try parse(unsafe: true)
        #expect(activity.body.html.contains("<div class=\"x\">块</div>"))
        #expect(diagnostics.isEmpty)
    }
}
