import Testing

@testable import HuibaoModel

/// The contract's period: 2025-04-08 → 2026-04-08, 365 days; mid-term on 2025-10-15 (day 190).
private let period = ServicePeriod(start: Day(year: 2025, month: 4, day: 8)!, end: Day(year: 2026, month: 4, day: 8)!)
private func day(_ text: String) -> Day { Day.parse(text)! }

@Suite("Elapsed share, expected value and status")
struct IndicatorProgressTests {
    @Test func elapsedShareAtBoundaries() {
        #expect(ElapsedShare(period: period, asOf: day("2025-04-08")).elapsedDays == 0)
        #expect(ElapsedShare(period: period, asOf: day("2025-04-08")).percentText == "0.0%")
        #expect(ElapsedShare(period: period, asOf: day("2025-04-01")).elapsedDays == 0)
        #expect(ElapsedShare(period: period, asOf: day("2025-10-08")).elapsedDays == 183)
        #expect(ElapsedShare(period: period, asOf: day("2025-10-08")).percentText == "50.1%")
        #expect(ElapsedShare(period: period, asOf: day("2026-04-08")).elapsedDays == 365)
        #expect(ElapsedShare(period: period, asOf: day("2026-04-08")).percentText == "100.0%")
        #expect(ElapsedShare(period: period, asOf: day("2027-01-01")).elapsedDays == 365)
        #expect(ElapsedShare(period: period, asOf: day("2027-01-01")).totalDays == 365)
    }

    @Test func expectedIsLinearWithoutMidterm() {
        func expected(_ target: Int, _ asOf: String) -> Int {
            let share = ElapsedShare(period: period, asOf: day(asOf))
            return IndicatorProgress.expected(
                target: target, midterm: nil, elapsedDays: share.elapsedDays, totalDays: share.totalDays)
        }
        #expect(expected(24, "2025-04-08") == 0)
        #expect(expected(24, "2025-10-08") == 12)  // 24 × 183/365 = 12.03
        #expect(expected(3, "2025-10-08") == 1)  // 1.504
        #expect(expected(1, "2026-04-07") == 0)  // a target of 1 is due only on the end day
        #expect(expected(1, "2026-04-08") == 1)
        #expect(expected(6000, "2026-05-01") == 6000)
    }

    @Test func expectedPassesThroughTheMidtermCheckpoint() {
        let midterm = (target: 35, day: day("2025-10-15") - period.start)
        #expect(midterm.day == 190)
        func expected(_ asOf: String) -> Int {
            let share = ElapsedShare(period: period, asOf: day(asOf))
            return IndicatorProgress.expected(
                target: 70, midterm: midterm, elapsedDays: share.elapsedDays, totalDays: share.totalDays)
        }
        #expect(expected("2025-04-08") == 0)  // start day
        #expect(expected("2025-07-16") == 18)  // day 99: 35 × 99/190 = 18.2
        #expect(expected("2025-10-15") == 35)  // mid-term day
        #expect(expected("2026-02-02") == 57)  // day 300: 35 + 35 × 110/175 = 57
        #expect(expected("2026-04-08") == 70)  // end day
        #expect(expected("2026-12-31") == 70)  // after the end
    }

    @Test func statusComparesInWholeUnits() {
        #expect(IndicatorProgress.status(value: Quantity(70), target: 70, expected: 35) == .complete)
        #expect(IndicatorProgress.status(value: Quantity(71), target: 70, expected: 70) == .complete)
        #expect(IndicatorProgress.status(value: Quantity(35), target: 70, expected: 35) == .onTrack)
        #expect(IndicatorProgress.status(value: Quantity(21), target: 70, expected: 35) == .behind)  // 21 = 0.6 × 35
        #expect(IndicatorProgress.status(value: Quantity(20), target: 70, expected: 35) == .seriouslyBehind)
        #expect(IndicatorProgress.status(value: Quantity(0), target: 1, expected: 0) == .onTrack)
        #expect(IndicatorProgress.status(value: Quantity(0), target: 1, expected: 1) == .seriouslyBehind)
        #expect(
            IndicatorProgress.status(value: Quantity(hundredths: 2099), target: 70, expected: 35) == .seriouslyBehind)
    }

    @Test func percentIsRoundedHalfUpWithOneDecimal() {
        #expect(IndicatorProgress.percentText(value: Quantity(36), target: 70) == "51.4%")
        #expect(IndicatorProgress.percentText(value: Quantity(1), target: 16) == "6.3%")  // 6.25
        #expect(IndicatorProgress.percentText(value: Quantity(2), target: 3) == "66.7%")
        #expect(IndicatorProgress.percentText(value: Quantity(0), target: 24) == "0.0%")
        #expect(IndicatorProgress.percentText(value: Quantity(6150), target: 6000) == "102.5%")
        #expect(IndicatorProgress.percentText(value: Quantity(5), target: nil) == nil)
        #expect(Ratio.percentText(numerator: 1, denominator: 0) == nil)
    }

    @Test func quantityText() {
        #expect(Quantity(6150).text == "6150")
        #expect(Quantity(hundredths: 1250).text == "12.5")
        #expect(Quantity(hundredths: 1205).text == "12.05")
        #expect(Quantity(hundredths: -50).text == "-0.5")
    }
}
