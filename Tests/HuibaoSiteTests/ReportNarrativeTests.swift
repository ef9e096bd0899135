import Foundation
import HuibaoContent
import HuibaoModel
import HuibaoTestSupport
import Testing

@testable import HuibaoSite

/// The evaluator report's 项目概况 / 实施情况: each month's 本月小结, oldest month first, only
/// for months over by the report's as-of date.
@Suite("The report's narrative from the month notes")
struct ReportNarrativeTests {
    /// The basic fixture (period 2025-04-08 to 2026-04-08) with these month notes.
    static func content(_ notes: [String: String]) throws -> SiteContent {
        var snapshot = try ContentLoader.load(source: Fixtures.site("basic"))
        for (month, text) in notes {
            let path = "months/\(month).md"
            snapshot.files.append(ContentSnapshot.File(path: path, bytes: Array(text.utf8)))
            snapshot.allPaths.insert(path)
        }
        snapshot.files.sort { $0.path < $1.path }
        let result = ContentParser.parse(snapshot)
        return try #require(result.content, "\(result.diagnostics.map(\.formatted))")
    }

    static func notes(_ summary: String) -> String {
        "## 本月小结\n\n\(summary)\n\n## 存在问题\n\n不进报告的问题。\n"
    }

    static func day(_ text: String) -> Day { Day.parse(text)! }

    @Test func monthsInOrderUpToTheAsOfDate() throws {
        // Written out of order; October is still running on 2025-10-20.
        let content = try Self.content([
            "2025-09": Self.notes("九月小结。"), "2025-06": Self.notes("六月小结。"), "2025-10": Self.notes("十月小结。"),
            "2025-07": "## 存在问题\n\n七月没有小结。\n",
        ])
        let months = { (asOf: String) in content.narrativeNotes(asOf: Self.day(asOf)).map(\.month.isoText) }
        #expect(months("2025-10-20") == ["2025-06", "2025-09"])
        #expect(months("2025-10-30") == ["2025-06", "2025-09"])
        #expect(months("2025-10-31") == ["2025-06", "2025-09", "2025-10"])
        #expect(months("2025-06-29").isEmpty)
        #expect(months("2025-06-30") == ["2025-06"])
    }

    @Test func theLastMonthOfThePeriodEndsWithThePeriod() throws {
        let content = try Self.content(["2026-04": Self.notes("最后一个月。")])
        #expect(content.narrativeNotes(asOf: Self.day("2026-04-07")).isEmpty)
        #expect(content.narrativeNotes(asOf: Self.day("2026-04-08")).map(\.month.isoText) == ["2026-04"])
    }

    @Test func anEmptySummaryIsLeftOut() throws {
        let content = try Self.content(["2025-06": "## 本月小结\n\n## 存在问题\n\n问题。\n"])
        #expect(content.narrativeNotes(asOf: Self.day("2025-10-20")).isEmpty)
    }

    func report(_ content: SiteContent, asOf: String) throws -> String {
        let evaluation = try #require(content.project.evaluations.first)
        return ReportRenderer(
            content: content, evaluation: evaluation, asOf: Self.day(asOf), templates: try TemplateSet()
        )
        .render().html
    }

    @Test func theReportQuotesTheSummariesOnly() throws {
        let content = try Self.content([
            "2025-09": Self.notes("九月小结，联系电话 13800138000。"), "2025-06": Self.notes("六月**小结**。"),
            "2025-10": Self.notes("十月小结。"),
        ])
        let html = try report(content, asOf: "2025-10-15")
        #expect(html.contains("<li><a href=\"#narrative\">项目概况 / 实施情况</a></li>"))
        let section = try #require(html.range(of: "<section id=\"narrative\"")).lowerBound
        let june = try #require(
            html.range(of: "<h3>2025年6月</h3>\n<div class=\"prose\">\n<p>六月<strong>小结</strong>。</p>"))
        let september = try #require(html.range(of: "<h3>2025年9月</h3>"))
        let summary = try #require(html.range(of: "<section id=\"summary\">")).lowerBound
        #expect(section < june.lowerBound && june.upperBound < september.lowerBound && september.upperBound < summary)
        // Masked like the rest of the report; nothing of 存在问题, nothing of October.
        #expect(html.contains("九月小结，联系电话 138****8000。"))
        #expect(!html.contains("13800138000"))
        #expect(!html.contains("不进报告的问题") && !html.contains("十月小结"))
    }

    @Test func withoutNotesThereIsNoSection() throws {
        let html = try report(try Self.content([:]), asOf: "2025-10-15")
        #expect(!html.contains("narrative"))
        #expect(!html.contains("项目概况"))
    }

    @Test func anImageInASummaryIsEmbedded() throws {
        let content = try Self.content(["2025-06": Self.notes("![现场](../assets/photo.svg)")])
        let evaluation = try #require(content.project.evaluations.first)
        let svg = Array("<svg xmlns=\"http://www.w3.org/2000/svg\"/>".utf8)
        let html = ReportRenderer(
            content: content, evaluation: evaluation, asOf: Self.day("2025-10-15"), templates: try TemplateSet(),
            media: ["assets/photo.svg": svg]
        ).render().html
        #expect(html.contains("<img src=\"data:image/svg+xml;base64,\(Data(svg).base64EncodedString())\" alt=\"现场\""))
    }
}
