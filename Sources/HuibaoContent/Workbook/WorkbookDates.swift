import HuibaoModel

/// Which number formats are dates, and the day a serial number stands for in a workbook's
/// date system (content-format.md "Excel workbooks").
enum WorkbookDates {
    /// Built-in format ids that show a date: 14–17 and 22 everywhere, and the ids Chinese
    /// Excel and WPS use for 年月日 (27–31, 36, 50–58). 32–35 are left out: in every East
    /// Asian locale they are time-only (`h"时"mm"分"`), and a time-only format is not a date.
    static let builtInDateIds: Set<Int> = Set([14, 15, 16, 17, 22, 27, 28, 29, 30, 31, 36]).union(50...58)

    /// Whether a cell with number format `id` (and `code` when the workbook defines it) is a date.
    static func isDate(formatId id: Int, code: String?) -> Bool {
        if let code { return isDateCode(code) }
        return builtInDateIds.contains(id)
    }

    /// Whether a format code shows a date: a `y` or `d` (any case) outside quoted text,
    /// `[…]` sections (`[$-804]`, `[DBNum1]`, colours), escaped characters and fills.
    /// `h:mm`, `mm:ss`, `[h]:mm:ss` are time-only and so not dates.
    static func isDateCode(_ code: String) -> Bool {
        var inQuote = false
        var inBracket = false
        var skipNext = false
        for scalar in code.unicodeScalars {
            if skipNext {
                skipNext = false
                continue
            }
            if inQuote {
                if scalar == "\"" { inQuote = false }
                continue
            }
            if inBracket {
                if scalar == "]" { inBracket = false }
                continue
            }
            switch scalar {
            case "\"": inQuote = true
            case "[": inBracket = true
            case "\\", "_", "*": skipNext = true
            case "y", "Y", "d", "D": return true
            default: break
            }
        }
        return false
    }

    /// The day of serial number `days` (whole days) in the 1900 or 1904 date system, or why
    /// there is none: 0, Excel's nonexistent 1900-02-29 (serial 60) and days after 9999-12-31
    /// are not days.
    static func day(serial days: Int, date1904: Bool) -> Result<Day, DateProblem> {
        // Excel's last day, 9999-12-31, is serial 2958465 (1900) or 2957003 (1904).
        guard days <= (date1904 ? 2_957_003 : 2_958_465) else { return .failure(.afterYear9999) }
        if date1904 {
            return .success(Day(year: 1904, month: 1, day: 1)!.adding(days: days))
        }
        switch days {
        case 60: return .failure(.february29of1900)
        case ..<1: return .failure(.zero)
        // Excel counts 1900 as a leap year: serials after its 1900-02-29 are one day ahead.
        case 1..<60: return .success(Day(year: 1899, month: 12, day: 31)!.adding(days: days))
        default: return .success(Day(year: 1899, month: 12, day: 30)!.adding(days: days))
        }
    }

    enum DateProblem: Error, Equatable {
        case zero
        case february29of1900
        case afterYear9999
    }
}
