import Foundation
import HuibaoContent
import HuibaoModel
import HuibaoSite
import HuibaoTestSupport
import Testing

/// The report masks personal data in its text, never inside an embedded image's bytes: a
/// photo whose base64 happens to read `/13800138000/` must come out byte for byte.
@Suite("Embedded images are not masked")
struct ReportEmbeddedImageTests {
    @Test func anImagesBase64IsNeverMasked() throws {
        let content = try #require(ContentParser.parse(try ContentLoader.load(source: Fixtures.site("basic"))).content)
        let activity = try #require(content.activities.first { !$0.body.media.isEmpty })
        let path = try #require(activity.body.media.first)
        let base64 = "AA/13800138000/A"
        let bytes = try #require(Data(base64Encoded: base64).map { [UInt8]($0) })
        let evaluation = try #require(content.project.evaluations.first)
        let renderer = ReportRenderer(
            content: content, evaluation: evaluation, asOf: Day(year: 2025, month: 10, day: 20)!,
            templates: try TemplateSet(overrides: [:]), media: [path: bytes])
        let html = renderer.render().html
        #expect(html.contains(";base64,\(base64)\""), "the image's bytes were changed")
        #expect(!html.contains("huibao-embed:"))
    }
}
