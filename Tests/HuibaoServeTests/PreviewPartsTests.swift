import HuibaoModel
import Testing

@testable import HuibaoServe

/// The small parts of the preview: content types, the error page, the reload script.
@Suite("Preview parts")
struct PreviewPartsTests {
    @Test func contentTypesSayUTF8ForText() {
        #expect(ContentTypes.forPath("index.html") == "text/html; charset=utf-8")
        #expect(ContentTypes.forPath("data/progress.json") == "application/json; charset=utf-8")
        #expect(ContentTypes.forPath("css/huibao.css") == "text/css; charset=utf-8")
        #expect(ContentTypes.forPath("data/indicators.csv") == "text/csv; charset=utf-8")
        #expect(
            ContentTypes.forPath("data/indicators.xlsx")
                == "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
        #expect(ContentTypes.forPath("media/assets/photo.svg") == "image/svg+xml; charset=utf-8")
        #expect(ContentTypes.forPath("media/a.JPG") == "image/jpeg")
        #expect(ContentTypes.forPath("media/noextension") == "application/octet-stream")
    }

    @Test func errorPageEscapesAndPositions() {
        let diagnostic = Diagnostic(
            .error, "yaml.syntax", "YAML 语法错误：<不对>", at: SourcePosition(file: "Content/a.md", line: 7, column: 5),
            excerpt: "地点: [测试 <b>&")
        let html = ErrorPage.html(diagnostics: [diagnostic])
        #expect(html.contains("Content/a.md:7:5"))
        #expect(html.contains("YAML 语法错误：&lt;不对&gt;"))
        #expect(html.contains("地点: [测试 &lt;b&gt;&amp;"))
        #expect(!html.contains("<b>"))
        #expect(html.contains("1 个错误"))
    }

    @Test func errorPageListsErrorsBeforeWarnings() throws {
        let warning = Diagnostic(.warning, "encoding.gb18030", "GB18030", at: SourcePosition(file: "Content/a.md", line: 1))
        let error = Diagnostic(.error, "category.unknown", "类别", at: SourcePosition(file: "Content/b.md", line: 3))
        let later = Diagnostic(.warning, "markdown.raw-html", "HTML", at: SourcePosition(file: "Content/c.md", line: 2))
        let html = ErrorPage.html(diagnostics: [warning, error, later])
        let errorAt = try #require(html.range(of: "Content/b.md:3")).lowerBound
        let warningAt = try #require(html.range(of: "Content/a.md:1")).lowerBound
        let laterAt = try #require(html.range(of: "Content/c.md:2")).lowerBound
        #expect(errorAt < warningAt && warningAt < laterAt)
    }

    @Test func reloadScriptGoesBeforeTheEndOfBody() {
        let page = String(decoding: ReloadScript.inject(into: Array("<html><body>x</body></html>".utf8)), as: UTF8.self)
        #expect(page.hasPrefix("<html><body>x<script>"))
        #expect(page.hasSuffix("</script></body></html>"))
        #expect(page.contains(ReloadScript.eventsPath))
    }
}
