import Testing

@testable import HuibaoModel

private func day(_ text: String) -> Day { Day.parse(text)! }

@Suite("Staffing and budget against the contract")
struct ComplianceTests {
    let start = day("2025-04-08")

    func member(_ joined: String, _ left: String? = nil, line: Int = 2) -> StaffMember {
        StaffMember(name: "某", joined: day(joined), left: left.map(day), contractSigned: day(joined), line: line)
    }

    @Test func headcountAtBoundaryDays() {
        let joinsLate = member("2025-04-10")
        #expect(!joinsLate.isOnTeam(day("2025-04-09")))
        #expect(joinsLate.isOnTeam(day("2025-04-10")))  // counted on the day they join
        let leaves = member("2025-04-08", "2025-05-01")
        #expect(leaves.isOnTeam(day("2025-04-30")))
        #expect(!leaves.isOnTeam(day("2025-05-01")))  // not counted on the day they leave
    }

    @Test func shortfallRunsAndStatus() {
        // Two people needed; one leaves on 05-01 and the next joins on 05-08: 7 short days.
        let roster = [member("2025-04-08"), member("2025-04-08", "2025-05-01"), member("2025-05-08")]
        let figures = StaffingFigures.compute(
            roster: roster, minimum: 2, replacementDays: 7, start: start, asOf: day("2025-06-01"))
        #expect(figures.shortfalls == [Shortfall(from: day("2025-05-01"), to: day("2025-05-07"), headcount: 1)])
        #expect(figures.shortfalls.first?.days == 7)
        #expect(figures.status == .withinReplacement)
        let strict = StaffingFigures.compute(
            roster: roster, minimum: 2, replacementDays: 6, start: start, asOf: day("2025-06-01"))
        #expect(strict.status == .notMet)
        let none = StaffingFigures.compute(
            roster: roster, minimum: 1, replacementDays: 7, start: start, asOf: day("2025-06-01"))
        #expect(none.status == .met && none.shortfalls.isEmpty)
        #expect(none.headcount == 2)
    }

    @Test func aRunStillOpenEndsAtTheAsOfDate() {
        let roster = [member("2025-04-08", "2025-04-20")]
        let figures = StaffingFigures.compute(
            roster: roster, minimum: 1, replacementDays: 7, start: start, asOf: day("2025-05-01"))
        #expect(figures.shortfalls == [Shortfall(from: day("2025-04-20"), to: day("2025-05-01"), headcount: 0)])
        #expect(figures.status == .notMet)
        #expect(figures.daily.count == 24)
    }

    func expense(_ date: String, _ item: String, _ amount: String) -> Expense {
        Expense(date: day(date), item: item, amount: Money.parse(amount)!, line: 2)
    }

    @Test func shareFloorAndTheExactBoundary() {
        let expenses = [
            expense("2025-05-15", "工资", "75.00"), expense("2025-05-15", "运营", "25.00"),
            expense("2025-12-01", "工资", "1000"),  // after the as-of date: not counted yet
        ]
        let figures = BudgetFigures.compute(
            expenses: expenses, staffItems: ["工资"], staffShareMin: Percent(hundredths: 7500), fee: Money(yuan: 823_825),
            periodEnd: day("2026-04-08"), asOf: day("2025-10-20"))
        #expect(figures.totalSpent == Money(fen: 10000))
        #expect(figures.staffSpent == Money(fen: 7500))
        #expect(figures.staffShareText == "75.00%")
        #expect(figures.status == .met)  // exactly 75 % is enough
        #expect(figures.floor.decimalString == "617868.75")
        let below = BudgetFigures.compute(
            expenses: [expense("2025-05-15", "工资", "74.99"), expense("2025-05-15", "运营", "25.01")], staffItems: ["工资"],
            staffShareMin: Percent(hundredths: 7500), fee: Money(yuan: 100), periodEnd: day("2026-04-08"),
            asOf: day("2025-10-20"))
        #expect(below.status == .low)
        #expect(below.staffShareText == "74.99%")
    }

    @Test func reversalsCountAndTheFloorAppliesAfterTheEnd() {
        let expenses = [
            expense("2025-05-15", "工资", "800"), expense("2025-06-15", "工资", "(100.00)"),
            expense("2025-06-15", "运营", "100"),
        ]
        let during = BudgetFigures.compute(
            expenses: expenses, staffItems: ["工资"], staffShareMin: Percent(hundredths: 7500), fee: Money(yuan: 1000),
            periodEnd: day("2026-04-08"), asOf: day("2025-10-20"))
        #expect(during.staffSpent == Money(yuan: 700))
        #expect(during.staffShareText == "87.50%")
        #expect(during.status == .met)
        let after = BudgetFigures.compute(
            expenses: expenses, staffItems: ["工资"], staffShareMin: Percent(hundredths: 7500), fee: Money(yuan: 1000),
            periodEnd: day("2026-04-08"), asOf: day("2026-05-01"))
        #expect(after.floor == Money(yuan: 750))
        #expect(after.status == .low)  // 700 is below the period's floor of 750
    }

    @Test func noExpenseRowYetIsNoSpendingNotMet() {
        let expenses = [expense("2025-12-01", "工资", "1000")]  // after the as-of date
        let figures = BudgetFigures.compute(
            expenses: expenses, staffItems: ["工资"], staffShareMin: Percent(hundredths: 7500), fee: Money(yuan: 1000),
            periodEnd: day("2026-04-08"), asOf: day("2025-10-20"))
        #expect(figures.status == .noSpending && figures.status.rawValue == "无支出")
        #expect(figures.staffShareText == nil)
    }
}
