/// A calendar month (year and month), for grouping write-ups and month pages.
public struct Month: Hashable, Comparable, Sendable {
    public let year: Int
    /// 1...12.
    public let month: Int

    /// Nil unless `month` is 1...12 and `year` 1...9999.
    public init?(year: Int, month: Int) {
        guard (1...9999).contains(year), (1...12).contains(month) else { return nil }
        self.init(checkedYear: year, month: month)
    }

    init(checkedYear year: Int, month: Int) {
        self.year = year
        self.month = month
    }

    /// Reads `2025-06` (or `2025-6`): four digits, `-`, one or two digits.
    public init?(isoText: String) {
        let parts = isoText.unicodeScalars.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 2, parts[0].count == 4, (1...2).contains(parts[1].count),
            let year = Month.number(parts[0]), let month = Month.number(parts[1])
        else { return nil }
        self.init(year: year, month: month)
    }

    public static func < (a: Month, b: Month) -> Bool { (a.year, a.month) < (b.year, b.month) }

    /// "2025-06".
    public var isoText: String {
        let yearText = String(year)
        return String(repeating: "0", count: max(0, 4 - yearText.count)) + yearText + (month < 10 ? "-0" : "-")
            + String(month)
    }

    /// "2025年6月" (no zero padding).
    public var chineseText: String { "\(year)年\(month)月" }

    /// 28...31.
    public var dayCount: Int {
        switch month {
        case 2: return Month.isLeapYear(year) ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    public var firstDay: Day { Day(checkedYear: year, month: month, day: 1) }
    public var lastDay: Day { Day(checkedYear: year, month: month, day: dayCount) }

    public var next: Month {
        month == 12 ? Month(checkedYear: year + 1, month: 1) : Month(checkedYear: year, month: month + 1)
    }

    public var previous: Month {
        month == 1 ? Month(checkedYear: year - 1, month: 12) : Month(checkedYear: year, month: month - 1)
    }

    /// Every month from `from` through `through`, both included; empty when `from` is later.
    public static func range(from: Month, through: Month) -> [Month] {
        var months: [Month] = []
        var month = from
        while month <= through {
            months.append(month)
            month = month.next
        }
        return months
    }

    /// Proleptic Gregorian: every fourth year, except centuries not divisible by 400.
    static func isLeapYear(_ year: Int) -> Bool {
        year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)
    }

    static func number(_ digits: Substring.UnicodeScalarView) -> Int? {
        var value = 0
        for scalar in digits {
            guard ("0"..."9").contains(scalar) else { return nil }
            value = value * 10 + Int(scalar.value - 48)
        }
        return value
    }
}

extension Month: CustomStringConvertible {
    public var description: String { isoText }
}
