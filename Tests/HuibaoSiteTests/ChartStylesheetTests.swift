import Foundation
import HuibaoBuild
import HuibaoModel
import HuibaoTestSupport
import Testing

/// Every class an inline SVG chart uses has a rule in the stylesheet the page carries: without
/// one, a `<rect>` is filled black and a line has no stroke (the report's headcount chart was a
/// solid black block).
@Suite("Chart styles in the report and the site", .serialized)
struct ChartStylesheetTests {
    static let asOf = Day(year: 2025, month: 10, day: 20)!

    /// The selectors of every rule in `css` (inside `@media` blocks too), one by one.
    static func selectors(_ css: String) -> Set<String> {
        var result: Set<String> = []
        var text = css
        while let comment = text.range(of: "/*") {
            let end = text.range(of: "*/", range: comment.upperBound..<text.endIndex)?.upperBound ?? text.endIndex
            text.removeSubrange(comment.lowerBound..<end)
        }
        // Each `{` closes a selector list: the text since the last `{`, `}` or `;`.
        var current = ""
        for character in text {
            switch character {
            case "{":
                for selector in current.split(separator: ",") {
                    result.insert(selector.split(whereSeparator: \.isWhitespace).joined(separator: " "))
                }
                current = ""
            case "}", ";": current = ""
            default: current.append(character)
            }
        }
        return result
    }

    /// The classes used in each `<svg>` of `html` that no selector of `css` styles: the root's
    /// class needs a selector with `.root`, an inner element's class `.root .class`, `svg .class`
    /// or `.class` alone.
    static func unstyledChartClasses(html: String, css: String) -> [String] {
        let selectors = selectors(css)
        var missing: [String] = []
        for chunk in html.components(separatedBy: "<svg").dropFirst() {
            guard let end = chunk.range(of: "</svg>") else { continue }
            let svg = String(chunk[..<end.lowerBound])
            let classes = svg.components(separatedBy: "class=\"").dropFirst().map {
                $0.prefix { $0 != "\"" }.split(separator: " ").map(String.init)
            }
            guard let root = classes.first else { continue }
            for name in root where !selectors.contains(where: { $0.contains(".\(name)") }) {
                missing.append("svg.\(name)")
            }
            for name in classes.dropFirst().joined() {
                let styled = root.contains { selectors.contains(".\($0) .\(name)") }
                    || selectors.contains("svg .\(name)") || selectors.contains(".\(name)")
                if !styled { missing.append("\(root.joined(separator: " ")) .\(name)") }
            }
        }
        return Array(Set(missing)).sorted()
    }

    @Test func everyChartClassInTheReportHasARuleInTheReportStylesheet() throws {
        let output = try Fixtures.temporaryFolder().appendingPathComponent("public")
        let options = BuildOptions(
            source: Fixtures.site("basic"), output: output, asOf: Self.asOf, audience: .team(drafts: false))
        #expect(try SiteBuilder.build(options).written)
        let html = try String(contentsOf: output.appendingPathComponent("reports/midterm.html"), encoding: .utf8)
        let style = try #require(html.range(of: "<style>"))
        let styleEnd = try #require(html.range(of: "</style>"))
        let css = String(html[style.upperBound..<styleEnd.lowerBound])
        #expect(html.contains("<svg class=\"headcount\""))  // the fixture has a staffing shortfall
        #expect(html.contains("class=\"shortfall\""))
        let missing = Self.unstyledChartClasses(html: html, css: css)
        #expect(missing.isEmpty, "no rule in the report's CSS for \(missing)")
    }

    @Test func everyChartClassOnTheSiteHasARuleInTheSiteStylesheet() throws {
        let output = try Fixtures.temporaryFolder().appendingPathComponent("public")
        let options = BuildOptions(
            source: Fixtures.site("basic"), output: output, asOf: Self.asOf, audience: .team(drafts: false))
        #expect(try SiteBuilder.build(options).written)
        let css = try String(contentsOf: output.appendingPathComponent("css/huibao.css"), encoding: .utf8)
        var missing: Set<String> = []
        for page in ["index.html", "compliance/index.html", "indicators/unions/index.html"] {
            let html = try String(contentsOf: output.appendingPathComponent(page), encoding: .utf8)
            missing.formUnion(Self.unstyledChartClasses(html: html, css: css))
        }
        #expect(missing.isEmpty, "no rule in the site's CSS for \(missing.sorted())")
    }

    @Test func theCheckFindsAMissingRule() {
        let html = "<svg class=\"headcount\"><rect class=\"shortfall\"/><line class=\"minimum\"/></svg>"
        #expect(Self.unstyledChartClasses(html: html, css: ".headcount .minimum { stroke: red; }") == ["headcount .shortfall"])
    }
}
