import Foundation
import HuibaoBuild
import HuibaoModel
import HuibaoTestSupport
import Testing

/// The dashboard's month box: in the first week of a month the team is still writing up the
/// month just ended, so that month is featured too.
@Suite("The dashboard's month box", .serialized)
struct DashboardMonthBoxTests {
    func dashboard(asOf: Day) throws -> String {
        let output = try Fixtures.temporaryFolder().appendingPathComponent("public")
        let options = BuildOptions(
            source: Fixtures.site("basic"), output: output, asOf: asOf, audience: .team(drafts: false))
        #expect(try SiteBuilder.build(options).written)
        return try String(contentsOf: output.appendingPathComponent("index.html"), encoding: .utf8)
    }

    @Test func inTheFirstWeekTheMonthJustEndedIsFeaturedFirst() throws {
        let html = try dashboard(asOf: Day(year: 2025, month: 7, day: 4)!)
        let ended = try #require(html.range(of: "<h2 id=\"month-heading-ended\"><a href=\"months/2025-06/index.html\">2025年6月进展</a>（上月）</h2>"))
        let current = try #require(html.range(of: "<h2 id=\"month-heading\"><a href=\"months/2025-07/index.html\">2025年7月进展</a></h2>"))
        #expect(ended.lowerBound < current.lowerBound)
        #expect(html.contains("上月共有 1 篇活动记录。"))
        #expect(html.contains("本月（截至 2025年7月4日）有 0 篇活动记录。"))
    }

    @Test func afterTheFirstWeekOnlyTheCurrentMonth() throws {
        let html = try dashboard(asOf: Day(year: 2025, month: 7, day: 8)!)
        #expect(!html.contains("month-heading-ended"))
        #expect(html.contains("2025年7月进展"))
        #expect(!html.contains("2025年6月进展"))
    }
}
