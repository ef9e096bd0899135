/// A calendar date with no time of day and no time zone (proleptic Gregorian).
public struct Day: Hashable, Comparable, Sendable {
    public let year: Int
    /// 1...12; `month` is the `Month` this day falls in.
    public let monthNumber: Int
    /// 1...31.
    public let day: Int

    /// Nil unless the date exists (2025-02-30 does not; 2024-02-29 does) and `year` is 1...9999.
    public init?(year: Int, month: Int, day: Int) {
        guard let calendarMonth = Month(year: year, month: month), (1...calendarMonth.dayCount).contains(day)
        else { return nil }
        self.init(checkedYear: year, month: month, day: day)
    }

    init(checkedYear year: Int, month: Int, day: Int) {
        self.year = year
        self.monthNumber = month
        self.day = day
    }

    /// The day `ordinal` days after 1970-01-01 (before it when negative).
    public init(ordinal: Int) {
        // H. Hinnant, "chrono-Compatible Low-Level Date Algorithms", civil_from_days.
        let z = ordinal + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let dayOfEra = z - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let shiftedMonth = (5 * dayOfYear + 2) / 153  // March is 0
        let month = shiftedMonth < 10 ? shiftedMonth + 3 : shiftedMonth - 9
        self.init(
            checkedYear: yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month: month,
            day: dayOfYear - (153 * shiftedMonth + 2) / 5 + 1)
    }

    /// Days since 1970-01-01 (negative before it).
    public var ordinal: Int {
        // H. Hinnant, days_from_civil.
        let y = monthNumber <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yearOfEra = y - era * 400
        let dayOfYear = (153 * (monthNumber > 2 ? monthNumber - 3 : monthNumber + 9) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }

    public func adding(days: Int) -> Day { Day(ordinal: ordinal + days) }

    /// The number of days from `b` to `a` (2026-04-08 − 2025-04-08 = 365).
    public static func - (a: Day, b: Day) -> Int { a.ordinal - b.ordinal }

    public static func < (a: Day, b: Day) -> Bool {
        (a.year, a.monthNumber, a.day) < (b.year, b.monthNumber, b.day)
    }

    public var month: Month { Month(checkedYear: year, month: monthNumber) }

    /// "2025-04-08", for tables, JSON and `<time datetime>`.
    public var isoText: String {
        month.isoText + (day < 10 ? "-0" : "-") + String(day)
    }

    /// "2025年4月8日" (no zero padding), for running text.
    public var chineseText: String { "\(year)年\(monthNumber)月\(day)日" }
}

extension Day: CustomStringConvertible {
    public var description: String { isoText }
}

extension Day {
    /// Reads `2025-04-08` and the forms Excel and people write: `2025-4-8`, `2025/4/8`,
    /// `2025.4.8`, `2025年4月8日`; surrounding whitespace trimmed. The year has four digits,
    /// month and day one or two, one separator throughout. Nil for anything else or for a
    /// date that does not exist.
    public static func parse(_ text: String) -> Day? {
        var scalars = Substring(text).unicodeScalars
        while let first = scalars.first, first.properties.isWhitespace { scalars = scalars.dropFirst() }
        while let last = scalars.last, last.properties.isWhitespace { scalars = scalars.dropLast() }

        var fields: [Int] = []
        var separators: [Unicode.Scalar] = []
        var digits = 0
        var value = 0
        for scalar in scalars {
            if ("0"..."9").contains(scalar) {
                digits += 1
                guard digits <= 4 else { return nil }
                value = value * 10 + Int(scalar.value - 48)
            } else {
                guard digits > 0 else { return nil }
                guard (fields.isEmpty ? 4...4 : 1...2).contains(digits) else { return nil }
                fields.append(value)
                separators.append(scalar)
                digits = 0
                value = 0
            }
        }
        if digits > 0 {
            guard (1...2).contains(digits) else { return nil }
            fields.append(value)
        }
        guard fields.count == 3 else { return nil }
        switch separators {
        case ["-", "-"], ["/", "/"], [".", "."], ["年", "月", "日"]: break
        default: return nil
        }
        return Day(year: fields[0], month: fields[1], day: fields[2])
    }
}
