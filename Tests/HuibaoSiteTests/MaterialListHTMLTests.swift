import Foundation
import HuibaoModel
import Testing

@testable import HuibaoSite

/// The write-up page's evidence list is written by Swift (`MaterialListHTML`) only where the
/// default templates would render it (`MaterialListNativeTests` compares the bytes).
@Suite("The evidence list in Swift (MaterialListHTML)")
struct MaterialListHTMLTests {
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
