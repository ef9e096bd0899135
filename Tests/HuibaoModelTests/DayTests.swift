import Testing

@testable import HuibaoModel

@Suite("Day")
struct DayTests {
    @Test(arguments: [
        "2025-04-08", "2025-4-8", "2025/4/8", "2025/04/08", "2025.4.8", "2025.04.08", "2025年4月8日", "2025年04月08日",
        "  2025-04-08 ", "\t2025/4/8\r\n", "\u{3000}2025年4月8日",
    ])
    func acceptedForms(text: String) {
        let day = Day.parse(text)
        #expect(day == Day(year: 2025, month: 4, day: 8))
        #expect(day?.year == 2025 && day?.monthNumber == 4 && day?.day == 8)
    }

    @Test(arguments: [
        "", "abc", "2025", "2025-04", "2025-04-08-", "-2025-04-08", "2025-04-08x", "2025/04-08", "2025-04/08",
        "2025.4/8", "2025-4.8", "2025年4-8", "2025年4月8",
        "2025年4月8号", "2025-4-8日", "25-04-08", "02025-04-08", "2025-004-08", "2025-04-008", "20250408", "2025--04-08",
        "2025 04 08", "2025-04 -08", "２０２５-04-08", "08/04/2025", "4/8/2025", "2025-4-8T00:00",
    ])
    func rejectedForms(text: String) {
        #expect(Day.parse(text) == nil, "\(text)")
    }

    @Test(arguments: [
        "2025-02-30", "2025-02-29", "2023-02-29", "1900-02-29", "2100-02-29", "2025-13-01", "2025-00-10", "2025-04-00",
        "2025-04-31", "2025-06-31", "2025-09-31", "2025-11-31", "2025-01-32", "0000-01-01",
    ])
    func impossibleDates(text: String) {
        #expect(Day.parse(text) == nil, "\(text)")
    }

    @Test func leapYears() {
        #expect(Day(year: 2024, month: 2, day: 29) != nil)
        #expect(Day(year: 2000, month: 2, day: 29) != nil)
        #expect(Day(year: 2400, month: 2, day: 29) != nil)
        #expect(Day(year: 2025, month: 2, day: 29) == nil)
        #expect(Day(year: 1900, month: 2, day: 29) == nil)
        #expect(Day(year: 2100, month: 2, day: 29) == nil)
        #expect(Day(year: 2025, month: 2, day: 28) != nil)
        #expect(Day(year: 2025, month: 12, day: 31) != nil)
        #expect(Day(year: 2025, month: 4, day: 31) == nil)
    }

    @Test(arguments: [
        ("1970-01-01", 0),
        ("1969-12-31", -1),
        ("2000-01-01", 10_957),
        ("1900-01-01", -25_567),
        ("1900-03-01", -25_508),
        ("2024-02-29", 19_782),
        ("2025-04-08", 20_186),
        ("2026-04-08", 20_551),
        ("2100-03-01", 47_541),
        ("2200-12-31", 84_370),
    ])
    func ordinals(text: String, ordinal: Int) throws {
        let day = try #require(Day.parse(text))
        #expect(day.ordinal == ordinal)
        #expect(Day(ordinal: ordinal) == day)
    }

    @Test func everyDayFrom1900Through2200RoundTrips() {
        var expected = Day(year: 1900, month: 1, day: 1)!
        let last = Day(year: 2200, month: 12, day: 31)!.ordinal
        for ordinal in -25_567...last {
            let day = Day(ordinal: ordinal)
            guard day == expected, day.ordinal == ordinal else {
                Issue.record("ordinal \(ordinal): \(day), expected \(expected) with ordinal \(expected.ordinal)")
                return
            }
            // The next calendar day, worked out without ordinals.
            if let next = Day(year: day.year, month: day.monthNumber, day: day.day + 1) {
                expected = next
            } else if let next = Day(year: day.year, month: day.monthNumber + 1, day: 1) {
                expected = next
            } else {
                expected = Day(year: day.year + 1, month: 1, day: 1)!
            }
        }
        #expect(expected == Day(year: 2201, month: 1, day: 1))
    }

    @Test func differencesAndAdding() throws {
        let start = try #require(Day.parse("2025-04-08"))
        let end = try #require(Day.parse("2026-04-08"))
        #expect(end - start == 365)
        #expect(start - end == -365)
        #expect(start - start == 0)
        #expect(Day(year: 2024, month: 3, day: 1)! - Day(year: 2024, month: 2, day: 28)! == 2)
        #expect(Day(year: 2025, month: 3, day: 1)! - Day(year: 2025, month: 2, day: 28)! == 1)
        #expect(Day(year: 2024, month: 4, day: 8)! - Day(year: 2023, month: 4, day: 8)! == 366)
        #expect(start.adding(days: 365) == end)
        #expect(start.adding(days: 0) == start)
        #expect(start.adding(days: 23) == Day(year: 2025, month: 5, day: 1))
        #expect(start.adding(days: -8) == Day(year: 2025, month: 3, day: 31))
        #expect(Day(year: 2025, month: 12, day: 31)!.adding(days: 1) == Day(year: 2026, month: 1, day: 1))
        #expect(Day(year: 2024, month: 2, day: 28)!.adding(days: 1) == Day(year: 2024, month: 2, day: 29))
        #expect(Day(year: 2100, month: 2, day: 28)!.adding(days: 1) == Day(year: 2100, month: 3, day: 1))
    }

    @Test func ordering() {
        let days = ["2025-04-08", "2024-12-31", "2025-04-07", "2025-03-31", "2026-01-01"].compactMap(Day.parse)
        #expect(days.sorted().map(\.isoText) == ["2024-12-31", "2025-03-31", "2025-04-07", "2025-04-08", "2026-01-01"])
        #expect(Day(year: 2025, month: 4, day: 8)! <= Day(year: 2025, month: 4, day: 8)!)
    }

    @Test func texts() {
        let day = Day(year: 2025, month: 4, day: 8)!
        #expect(day.isoText == "2025-04-08")
        #expect(day.chineseText == "2025年4月8日")
        #expect("\(day)" == "2025-04-08")
        #expect(Day(year: 2025, month: 11, day: 30)!.isoText == "2025-11-30")
        #expect(Day(year: 2025, month: 11, day: 30)!.chineseText == "2025年11月30日")
        #expect(Day(year: 999, month: 1, day: 2)!.isoText == "0999-01-02")
        #expect(day.month == Month(year: 2025, month: 4))
    }
}

@Suite("Month")
struct MonthTests {
    @Test func texts() {
        let june = Month(year: 2025, month: 6)!
        #expect(june.isoText == "2025-06")
        #expect(june.chineseText == "2025年6月")
        #expect(Month(year: 2025, month: 12)!.isoText == "2025-12")
        #expect(Month(year: 2025, month: 12)!.chineseText == "2025年12月")
        #expect("\(june)" == "2025-06")
    }

    @Test func validation() {
        #expect(Month(year: 2025, month: 0) == nil)
        #expect(Month(year: 2025, month: 13) == nil)
        #expect(Month(isoText: "2025-06") == Month(year: 2025, month: 6))
        #expect(Month(isoText: "2025-6") == Month(year: 2025, month: 6))
        for bad in [
            "", "2025", "2025-13", "2025-00", "2025-006", "25-06", "2025/06", "2025-06-01", "2025-", "-06", "２０２５-06",
        ] {
            #expect(Month(isoText: bad) == nil, "\(bad)")
        }
    }

    @Test(arguments: [
        (2025, 1, 31), (2025, 2, 28), (2024, 2, 29), (2000, 2, 29), (1900, 2, 28), (2100, 2, 28), (2025, 4, 30),
        (2025, 6, 30), (2025, 9, 30), (2025, 11, 30), (2025, 7, 31), (2025, 8, 31), (2025, 12, 31),
    ])
    func firstAndLastDays(year: Int, month: Int, lastDay: Int) {
        let calendarMonth = Month(year: year, month: month)!
        #expect(calendarMonth.firstDay == Day(year: year, month: month, day: 1))
        #expect(calendarMonth.lastDay == Day(year: year, month: month, day: lastDay))
        #expect(calendarMonth.dayCount == lastDay)
        #expect(calendarMonth.lastDay.adding(days: 1) == calendarMonth.next.firstDay)
    }

    @Test func nextAndPrevious() {
        #expect(Month(year: 2025, month: 12)!.next == Month(year: 2026, month: 1))
        #expect(Month(year: 2025, month: 6)!.next == Month(year: 2025, month: 7))
        #expect(Month(year: 2026, month: 1)!.previous == Month(year: 2025, month: 12))
        #expect(Month(year: 2025, month: 7)!.previous == Month(year: 2025, month: 6))
    }

    @Test func ranges() {
        let period = Month.range(from: Month(year: 2025, month: 4)!, through: Month(year: 2026, month: 4)!)
        #expect(period.count == 13)
        #expect(period.map(\.isoText).prefix(3) == ["2025-04", "2025-05", "2025-06"])
        #expect(period.map(\.isoText).suffix(5) == ["2025-12", "2026-01", "2026-02", "2026-03", "2026-04"])
        #expect(
            Month.range(from: Month(year: 2025, month: 6)!, through: Month(year: 2025, month: 6)!) == [
                Month(year: 2025, month: 6)!
            ])
        #expect(Month.range(from: Month(year: 2025, month: 7)!, through: Month(year: 2025, month: 6)!).isEmpty)
    }

    @Test func ordering() {
        #expect(Month(year: 2024, month: 12)! < Month(year: 2025, month: 1)!)
        #expect(Month(year: 2025, month: 2)! < Month(year: 2025, month: 10)!)
        #expect(Day(year: 2025, month: 4, day: 30)!.month < Day(year: 2025, month: 5, day: 1)!.month)
    }
}
