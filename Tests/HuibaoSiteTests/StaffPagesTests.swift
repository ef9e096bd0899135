import Foundation
import HuibaoBuild
import HuibaoModel
import HuibaoTestSupport
import Testing

/// Section 5 of the month page (人员情况, 未提交活动记录) and the staff page `/staff/`, on the
/// example project: names and 未提交活动记录 only on the team's site, counts on both.
@Suite("Staff on the month pages and the staff page", .serialized)
struct StaffPagesTests {
    static func build(_ audience: Audience, asOf: String = "2026-03-31", source: URL = Fixtures.repositoryRoot)
        throws -> URL
    {
        let output = try Fixtures.temporaryFolder().appendingPathComponent("public")
        let outcome = try SiteBuilder.build(
            BuildOptions(source: source, output: output, asOf: Day.parse(asOf)!, audience: audience))
        #expect(outcome.written, "\(outcome.diagnostics.map(\.formatted))")
        return output
    }

    static func page(_ output: URL, _ path: String) throws -> String {
        try String(contentsOf: output.appendingPathComponent(path), encoding: .utf8)
    }

    @Test func theTeamSeesWhoHasNotReported() throws {
        let output = try Self.build(.team(drafts: false))
        // February 2026: 马骁 joined on 02-02 (after a two-day shortfall) and wrote nothing.
        let february = try Self.page(output, "months/2026-02/index.html")
        #expect(february.contains("<h2 id=\"staff\">人员情况</h2>"))
        #expect(february.contains("<dt>在岗人数（2026年2月28日）</dt><dd>12 人（合同要求至少 12 人）</dd>"))
        #expect(february.contains("<dt>本月入职</dt><dd>1 人：马骁（2026-02-02）</dd>"))
        #expect(february.contains("<td>2026-01-31</td><td>2026-02-01</td><td class=\"num\">2</td>"))
        #expect(february.contains("未提交活动记录"))
        #expect(february.contains("<ul class=\"names\"><li>马骁</li></ul>"))
        #expect(february.contains("href=\"../../staff/index.html\""))
        // January: 张晓雯 left on 01-31, the last day; everyone in post wrote something.
        let january = try Self.page(output, "months/2026-01/index.html")
        #expect(january.contains("<dt>本月离职</dt><dd>1 人：张晓雯（2026-01-31）</dd>"))
        #expect(january.contains("本月在岗的人员都有活动记录。"))
        // The section sits after the month's write-ups, on the month's first page only.
        let list = try #require(february.range(of: "<h2>本月活动</h2>"))
        let section = try #require(february.range(of: "人员情况"))
        #expect(list.upperBound < section.lowerBound)
    }

    @Test func asOfMidMonthTheSectionStopsThere() throws {
        let output = try Self.build(.team(drafts: false), asOf: "2026-02-15")
        let february = try Self.page(output, "months/2026-02/index.html")
        #expect(february.contains("<dt>在岗人数（2026年2月15日）</dt>"))
        // Those only on the write-up of 02-26 (after the as-of date), in roster order.
        #expect(february.contains("<ul class=\"names\"><li>陈佳琪</li><li>王浩然</li><li>宋一鸣</li><li>刘思远</li><li>马骁</li></ul>"))
    }

    @Test func thePublicSeesCountsButNoNames() throws {
        let output = try Self.build(.publicReaders)
        let february = try Self.page(output, "months/2026-02/index.html")
        #expect(february.contains("人员情况"))
        #expect(february.contains("<dt>本月入职</dt><dd>1 人</dd>"))
        #expect(!february.contains("未提交活动记录"))
        #expect(!february.contains("马骁"))
        #expect(!FileManager.default.fileExists(atPath: output.appendingPathComponent("staff").path))
        #expect(!(try Self.page(output, "index.html")).contains("\"staff/index.html\""))
    }

    @Test func theStaffPageListsEveryoneWithTheirMonths() throws {
        let output = try Self.build(.team(drafts: false))
        #expect((try Self.page(output, "index.html")).contains("<a href=\"staff/index.html\""))
        let staff = try Self.page(output, "staff/index.html")
        #expect(staff.contains("<h1>人员活动</h1>"))
        let rows = staff.components(separatedBy: "<tr><th scope=\"row\">").dropFirst()
        #expect(rows.count == 13)  // the roster's 13 people, 张晓雯 (who left) included
        let left = try #require(rows.first { $0.hasPrefix("张晓雯") })
        #expect(left.contains("<td>2025-04-08 入职，2026-01-31 离职</td>"))
        #expect(left.contains("<td class=\"num\">—</td><td class=\"num\">—</td><td class=\"num\">15</td></tr>"))
        let joined = try #require(rows.first { $0.hasPrefix("马骁") })
        #expect(joined.contains("<td>2026-02-02 入职</td>"))
        // Not in post April–January, in post in February with nothing (highlighted), one in March.
        #expect(joined.components(separatedBy: "<td class=\"num\">—</td>").count - 1 == 10)
        #expect(joined.contains("<td class=\"num\"><mark>0</mark></td><td class=\"num\">1</td><td class=\"num\">1</td></tr>"))
        #expect(staff.components(separatedBy: "<mark>0</mark>").count - 1 == 1)  // only 马骁 in February
    }

    @Test func laterPagesOfAMonthListOnlyWriteUps() throws {
        // The basic fixture names a roster; 201 more June write-ups cut June into two pages.
        let output = try Self.build(
            .team(drafts: false), asOf: "2025-10-20", source: try Fixtures.basicSite(withExtraWriteUps: 201))
        #expect((try Self.page(output, "months/2025-06/index.html")).contains("人员情况"))
        let second = try Self.page(output, "months/2025-06/page/2/index.html")
        #expect(second.contains("<h2>本月活动</h2>"))
        #expect(!second.contains("人员情况") && !second.contains("未提交活动记录"))
    }
}
