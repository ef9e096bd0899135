import Foundation
import HuibaoTestSupport
import Testing

/// Part 5 of the month report (`huibao month`, the built binary): 人员情况 and 未提交活动记录,
/// with names (the report follows the evaluator audience).
@Suite("The month report's staffing part")
struct MonthReportStaffTests {
    func report(_ month: String, _ extra: [String] = []) throws -> String {
        let output = try Fixtures.temporaryFolder().appendingPathComponent("月报.html")
        let result = try CommandRunner.huibao(
            ["month", month, "--html", "--source", Fixtures.repositoryRoot.path, "--output", output.path] + extra)
        #expect(result.status == 0, "\(result.stderr)")
        return try String(contentsOf: output, encoding: .utf8)
    }

    func section(_ html: String) throws -> String {
        let start = try #require(html.range(of: "<section id=\"staff\">"))
        let end = try #require(html.range(of: "</section>", range: start.upperBound..<html.endIndex))
        return String(html[start.lowerBound..<end.lowerBound])
    }

    @Test func februaryNamesWhoJoinedAndWhoWroteNothing() throws {
        let staff = try section(try report("2026-02"))
        #expect(staff.contains("<th scope=\"row\">在岗人数（2026年2月28日）</th><td>12 人（合同要求至少 12 人）</td>"))
        #expect(staff.contains("<td>1 人：马骁（2026-02-02）</td>"))
        #expect(staff.contains("<td>2026-01-31</td><td>2026-02-01</td><td class=\"num\">2</td>"))
        #expect(staff.contains("没有活动记录的 1 人：马骁</p>"))
    }

    @Test func aMonthNotOverCountsUpToTheAsOfDate() throws {
        let staff = try section(try report("2026-02", ["--as-of", "2026-02-15"]))
        #expect(staff.contains("在岗人数（2026年2月15日）"))
        #expect(staff.contains("没有活动记录的 5 人：陈佳琪、王浩然、宋一鸣、刘思远、马骁</p>"))
    }

    @Test func januaryHasEveryoneReported() throws {
        let staff = try section(try report("2026-01"))
        #expect(staff.contains("<td>1 人：张晓雯（2026-01-31）</td>"))
        #expect(staff.contains("本月在岗的人员都有活动记录。"))
    }
}
