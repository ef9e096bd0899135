import Testing

@testable import HuibaoModel

private func day(_ text: String) -> Day { Day.parse(text)! }

@Suite("Staffing in a month and who has not reported")
struct MonthStaffingTests {
    static func member(_ name: String, _ joined: String, _ left: String? = nil, line: Int = 2) -> StaffMember {
        StaffMember(name: name, joined: day(joined), left: left.map(day), contractSigned: day(joined), line: line)
    }

    static func writeUp(_ date: String, _ staff: [String], draft: Bool = false, isInternal: Bool = false) -> Activity {
        Activity(
            file: "Content/activities/\(date).md", title: date, date: day(date), category: "组织建设", staff: staff,
            isDraft: draft, isInternal: isInternal, slug: date)
    }

    // Two needed. 李四 leaves on the first of October; 王五 joins on the last day of
    // October; 赵六 joins on 2025-11-20.
    let roster = StaffRoster([
        member("张三", "2025-04-08"), member("李四", "2025-04-08", "2025-10-01"), member("王五", "2025-10-31"),
        member("赵六", "2025-11-20"),
    ])
    let rule = StaffingRule(minimum: 2, ledger: "staff", replacementDays: 7)
    let start = day("2025-04-08")

    func staffing(_ month: String, asOf: String, _ activities: [Activity]) -> MonthStaffing {
        MonthStaffing.compute(
            month: Month(isoText: month)!, asOf: day(asOf), roster: roster, rule: rule, periodStart: start,
            activities: activities)
    }

    @Test func leftOnTheFirstIsNotInPostThatMonth() {
        let october = staffing("2025-10", asOf: "2026-03-31", [Self.writeUp("2025-10-12", ["张三"])])
        // 李四 left on 10-01 (not in post that day); 王五 joined on 10-31 (in post that one day).
        #expect(october.notReported == ["王五"])
        #expect(october.departures.map(\.name) == ["李四"])
        #expect(october.joins.map(\.name) == ["王五"])
        #expect(october.date == day("2025-10-31"))
        #expect(october.headcount == 2)
        let september = staffing("2025-09", asOf: "2026-03-31", [Self.writeUp("2025-09-12", ["张三"])])
        #expect(september.notReported == ["李四"])  // in post all September
        #expect(september.departures.isEmpty)
    }

    @Test func joinedOnTheLastDayOfAMonthIsListedThatMonth() {
        let reported = staffing("2025-10", asOf: "2026-03-31", [Self.writeUp("2025-10-31", ["张三", "王五"])])
        #expect(reported.notReported.isEmpty)
    }

    @Test func reportedMeansNamedOnAWriteUpOfTheMonthInternalIncludedDraftsNot() {
        let november = staffing(
            "2025-11", asOf: "2026-03-31",
            [
                Self.writeUp("2025-11-03", ["张三"], isInternal: true), Self.writeUp("2025-11-04", ["王五"], draft: true),
                Self.writeUp("2025-10-30", ["赵六"]), Self.writeUp("2025-12-01", ["赵六"]),
            ])
        #expect(november.notReported == ["王五", "赵六"])
        // Joined or joined-up names count; unknown ones name nobody.
        let joined = staffing(
            "2025-11", asOf: "2026-03-31", [Self.writeUp("2025-11-21", ["张三、王五", "赵 六"]), Self.writeUp("2025-11-22", ["张"])])
        #expect(joined.notReported.isEmpty)
    }

    @Test func asOfMidMonthCountsOnlyUpToIt() {
        // At 11-15, 赵六 (joins 11-20) is not yet in post; a write-up dated 11-18 is not yet in.
        let mid = staffing("2025-11", asOf: "2025-11-15", [Self.writeUp("2025-11-18", ["张三", "王五"])])
        #expect(mid.date == day("2025-11-15"))
        #expect(mid.notReported == ["张三", "王五"])
        #expect(mid.joins.isEmpty)
        #expect(mid.headcount == 2)
        let after = staffing("2025-11", asOf: "2025-11-20", [Self.writeUp("2025-11-18", ["张三", "王五"])])
        #expect(after.notReported == ["赵六"])
        #expect(after.joins.map(\.name) == ["赵六"])
        #expect(after.headcount == 3)
    }

    @Test func shortfallsOverlappingTheMonthKeepTheirOwnDates() {
        // Short from 10-01 (李四 left) to 10-30 (王五 joins 10-31): 30 days, all in October.
        let october = staffing("2025-10", asOf: "2026-03-31", [])
        #expect(october.shortfalls == [Shortfall(from: day("2025-10-01"), to: day("2025-10-30"), headcount: 1)])
        #expect(october.shortfalls.first?.days == 30)
        #expect(staffing("2025-11", asOf: "2026-03-31", []).shortfalls.isEmpty)
        #expect(staffing("2025-09", asOf: "2026-03-31", []).shortfalls.isEmpty)
        // A run still open at D ends there; one that began in an earlier month keeps its start.
        let roster = StaffRoster([Self.member("张三", "2025-04-08"), Self.member("李四", "2025-04-08", "2025-09-20")])
        let open = MonthStaffing.compute(
            month: Month(isoText: "2025-10")!, asOf: day("2025-10-10"), roster: roster, rule: rule,
            periodStart: start, activities: [])
        #expect(open.shortfalls == [Shortfall(from: day("2025-09-20"), to: day("2025-10-10"), headcount: 1)])
        #expect(open.shortfalls.first?.days == 21)
        // Without a minimum there are no shortfalls, but the rest stays.
        let noMinimum = MonthStaffing.compute(
            month: Month(isoText: "2025-10")!, asOf: day("2025-10-10"), roster: roster, rule: StaffingRule(),
            periodStart: start, activities: [])
        #expect(noMinimum.shortfalls.isEmpty && noMinimum.notReported == ["张三"])
    }

    @Test func staffRecordsCountWriteUpsPerMonthInPost() {
        let months = Month.range(from: Month(isoText: "2025-09")!, through: Month(isoText: "2025-11")!)
        let records = StaffRecord.records(
            roster: roster,
            activities: [
                Self.writeUp("2025-09-02", ["张三", "李四"]), Self.writeUp("2025-09-20", ["张三"]),
                Self.writeUp("2025-11-02", ["王五"], draft: true), Self.writeUp("2025-11-21", ["赵六"]),
                Self.writeUp("2025-11-25", ["赵六"]),
            ],
            months: months, asOf: day("2025-11-22"))
        #expect(records.map(\.name) == ["张三", "李四", "王五", "赵六"])
        #expect(records[0].months.map(\.writeUps) == [2, 0, 0])
        #expect(records[0].months.map(\.isMissing) == [false, true, true])
        #expect(records[1].months.map(\.inPost) == [true, false, false])  // left on 10-01
        #expect(records[2].months.map(\.inPost) == [false, true, true])  // joined 10-31
        #expect(records[2].months.map(\.isMissing) == [false, true, true])  // a draft does not count
        #expect(records[3].months.map(\.writeUps) == [0, 0, 1])  // 11-25 is after the as-of date
    }
}
