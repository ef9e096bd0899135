import HuibaoModel
import Testing

@testable import HuibaoSite

/// Templates that would make either Mustache parser or renderer recurse without end.
@Suite("Template safety")
struct TemplateSafetyTests {
    func error(_ overrides: [String: String]) -> Diagnostic? {
        do {
            _ = try TemplateSet(overrides: overrides)
            return nil
        } catch {
            return error.diagnostic
        }
    }

    @Test func aPartialIncludingItselfIsAnError() {
        let diagnostic = error(["layout.mustache": "<main>\n{{> layout}}\n</main>"])
        #expect(diagnostic?.code == "template.recursive-partial")
        #expect(diagnostic?.position == SourcePosition(file: "Templates/layout.mustache", line: 2))
        #expect(diagnostic?.message.contains("layout.mustache → layout.mustache") == true)
    }

    @Test func aCycleThroughTwoTemplatesIsAnError() {
        let diagnostic = error([
            "layout.mustache": "{{#items}}{{> dashboard}}{{/items}}", "dashboard.mustache": "x\n\n{{>layout}}",
        ])
        #expect(diagnostic?.code == "template.recursive-partial")
        #expect(diagnostic?.message.contains("layout.mustache → dashboard.mustache → layout.mustache") == true)
        // Through the inheritance tag, and after a delimiter change (swift-mustache's path).
        #expect(error(["layout.mustache": "{{<layout}}{{/layout}}"])?.code == "template.recursive-partial")
        #expect(error(["layout.mustache": "{{=<% %>=}}\n<%> layout %>"])?.code == "template.recursive-partial")
    }

    @Test func deepNestingIsAnError() {
        let deep = String(repeating: "{{#a}}", count: 5_000) + String(repeating: "{{/a}}", count: 5_000)
        let diagnostic = error(["dashboard.mustache": deep])
        #expect(diagnostic?.code == "template.too-deep")
        #expect(diagnostic?.position.file == "Templates/dashboard.mustache")
        let inverted = String(repeating: "{{^a}}\n", count: 100)
        #expect(error(["layout.mustache": inverted])?.code == "template.too-deep")
    }

    @Test func theDefaultsAndOrdinaryPartialsAreFine() {
        #expect(error([:]) == nil)
        #expect(error(["layout.mustache": "{{> dashboard}}{{{content}}}{{> nothing}}"]) == nil)
        #expect(error(["dashboard.mustache": "{{#a}}{{#b}}{{> indicator-table}}{{/b}}{{/a}}"]) == nil)
    }

    @Test func syntaxErrorsAreChineseAtTheirLine() {
        let unclosed = error(["layout.mustache": "a\n{{#a}}\nb\n"])
        #expect(unclosed?.code == "template.syntax")
        #expect(unclosed?.message == "模板 layout.mustache 有语法错误：有 {{#…}} 或 {{^…}} 没有对应的 {{/…}}")
        #expect(unclosed?.position == SourcePosition(file: "Templates/layout.mustache", line: 3, column: 1))
        let mismatched = error(["layout.mustache": "a\n{{#a}}\nb{{/b}}\n"])
        #expect(mismatched?.message == "模板 layout.mustache 有语法错误：{{/…}} 的名字和对应的 {{#…}} 或 {{^…}} 不一致")
        #expect(mismatched?.position == SourcePosition(file: "Templates/layout.mustache", line: 3, column: 5))
        #expect(error(["layout.mustache": "x {{a\n"])?.message.contains("Mustache") == false)
    }
}
