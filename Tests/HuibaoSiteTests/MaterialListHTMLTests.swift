import Foundation
import HuibaoModel
import Testing

@testable import HuibaoSite

/// The write-up page's evidence list written by Swift (`MaterialListHTML`) is byte for byte
/// what the default `material-list.mustache` renders from the same values, through
/// swift-mustache and through the fast templates, for every shape a list takes.
@Suite("The evidence list in Swift (MaterialListHTML)")
struct MaterialListHTMLTests {
    typealias Values = PageRenderer.MaterialValues

    static let file = Values.File(
        name: "0508-签到表.jpg", href: "../../materials/a/0508-%E7%AD%BE.jpg",
        thumb: "../../materials/a/0508-%E7%AD%BE.jpg",
        absent: false)
    static let cases: [Values] = [
        Values(
            has: true,
            kinds: [
                Values.Kind(kind: "签到表", count: 1, files: [file]),
                Values.Kind(
                    kind: "照片 <&\"'>", count: 2,
                    files: [
                        Values.File(
                            name: "a&b<c>.jpg", href: "x/a%26b.jpg", thumb: "_thumbs/x/a.jpg.jpg", absent: false),
                        Values.File(name: "记录.pdf", href: "x/%E8%AE%B0.pdf", thumb: "", absent: false),
                        Values.File(name: "没有.jpg", href: "", thumb: "", absent: true),
                    ]),
                Values.Kind(kind: "", count: 0, files: [Values.File(name: "空.jpg", href: "", thumb: "", absent: true)]),
            ], published: true, missing: "缺：合同", complete: false),
        // Outside the team's site: the kinds with their counts, no file.
        Values(
            has: true,
            kinds: [Values.Kind(kind: "签到表", count: 2, files: []), Values.Kind(kind: "照片", count: 0, files: [])],
            published: false),
        Values(has: true, kinds: [], published: true, missing: "缺：签到表"),
    ]

    @Test(arguments: cases.indices)
    func theSameBytesAsTheTemplate(_ index: Int) throws {
        let values = Self.cases[index]
        let context: [String: Any] = ["materials": values.dictionaries, "materialsPublished": values.published]
        var templates = try TemplateSet()
        let native = String(decoding: MaterialListHTML.bytes(values), as: UTF8.self)
        // The default template itself, through the fast templates (taken from the text, as an
        // override would be) and through swift-mustache.
        let text = DefaultTemplates.text(named: "material-list.mustache")
        let fast = try FastTemplate(text)
        var rendered: [UInt8] = []
        #expect(
            fast.render(context, partials: [:], otherTemplates: [], emptyTextIsMissing: true, into: &rendered))
        #expect(native == String(decoding: rendered, as: UTF8.self))
        templates.usesFastTemplates = false
        #expect(native == templates.render(PageRenderer.withoutEmptyText(context), template: "material-list"))
    }

    /// Only with both templates the defaults (or copies of them): a changed copy of either
    /// keeps the template.
    @Test func onlyWithTheDefaultTemplates() throws {
        #expect(try TemplateSet().rendersMaterialListNatively)
        var off = try TemplateSet()
        off.usesFastTemplates = false
        #expect(!off.rendersMaterialListNatively)
        let list = DefaultTemplates.text(named: "material-list.mustache")
        let activity = DefaultTemplates.text(named: "activity.mustache")
        #expect(
            try TemplateSet(overrides: ["material-list.mustache": list, "activity.mustache": activity])
                .rendersMaterialListNatively)
        let changedList = list.replacingOccurrences(of: "<li>", with: "<li class=\"x\">")
        #expect(try !TemplateSet(overrides: ["material-list.mustache": changedList]).rendersMaterialListNatively)
        let changedActivity = activity.replacingOccurrences(of: "<h2>", with: "<h3>")
        #expect(try !TemplateSet(overrides: ["activity.mustache": changedActivity]).rendersMaterialListNatively)
    }
}
