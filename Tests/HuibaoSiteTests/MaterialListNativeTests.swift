import Foundation
import HuibaoContent
import HuibaoModel
import HuibaoTestSupport
import Testing

@testable import HuibaoSite

/// The write-up page's evidence list written from the files (`nativeMaterialList`) is byte for
/// byte the default templates' rendering of the same values, for names that need escaping or
/// percent-encoding, files that are missing, are not images or sit outside the write-up's folder.
@Suite("The evidence list written from the files")
struct MaterialListNativeTests {
    @Test func everyPageAsTheTemplatesRenderIt() throws {
        let folder = try Fixtures.temporaryFolder()
        let source = folder.appendingPathComponent("site")
        try FileManager.default.copyItem(at: Fixtures.site("basic"), to: source)
        let content = source.appendingPathComponent("Content")
        let month = content.appendingPathComponent("activities/2025-06")
        for name in ["a&b<c>'\".jpg", "记录 1.pdf", "签到表-0618.jpg", "照片%20.png"] {
            try Data([0xFF, 0xD8, 0xFF]).write(to: month.appendingPathComponent(name))
        }
        try FileManager.default.createDirectory(
            at: content.appendingPathComponent("assets/佐证"), withIntermediateDirectories: true)
        try Data([1]).write(to: content.appendingPathComponent("assets/佐证/合同.pdf"))
        let writeUp = """
            ---
            title: 佐证材料的各种名字
            date: 2025-06-20
            category: 宣传教育
            counts:
              lectures: 1
            佐证材料:
              签到表: 签到表-0618.jpg
              照片 <&>: ["a&b<c>'\\".jpg", 照片%20.png, 没有这张.jpg]
              会议记录: 记录 1.pdf
              合同: assets/佐证/合同.pdf
            ---
            正文。
            """
        try writeUp.write(to: month.appendingPathComponent("名字.md"), atomically: true, encoding: .utf8)
        let snapshot = try ContentLoader.load(source: source)
        let site = try #require(ContentParser.parse(snapshot).content)
        #expect(site.activities.contains { $0.materials.count == 6 })
        let native = try TemplateSet()
        #expect(native.rendersMaterialListNatively)
        var mustache = native
        mustache.usesFastTemplates = false
        for audience in [Audience.team(drafts: false), .publicReaders] {
            let options = SiteOptions(asOf: Day(year: 2026, month: 4, day: 30)!, audience: audience)
            let fast = SiteRenderer.render(site, options: options, templates: native)
            let slow = SiteRenderer.render(site, options: options, templates: mustache)
            #expect(fast.count == slow.count)
            var compared = 0
            for (a, b) in zip(fast, slow) {
                if a != b { Issue.record("\(audience): \(a.path) differs") }
                if a.path.hasSuffix("index.html"), case .bytes(let bytes) = a.body,
                    String(decoding: bytes, as: UTF8.self).contains("class=\"materials\"")
                {
                    compared += 1
                }
            }
            #expect(compared == 1, "\(audience): the write-up's list rendered")
        }
    }
}
