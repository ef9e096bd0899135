import HuibaoModel

/// One typed cell of a worksheet. Numbers are written from exact decimal text (never through
/// a `Double`), so what the figures say is what Excel stores.
public enum XlsxCell: Sendable, Equatable {
    /// Nothing: the cell is left out of the row.
    case empty
    /// Text, stored as a shared string (an empty text is an empty cell; beyond the 32,767
    /// characters a cell holds it is cut, ending in "…"). A text starting with `=`, `+`, `-` or `@` stays text
    /// (no formula is ever written).
    case text(String)
    /// A number from its decimal text (`42`, `-12.5`, `0.25`), shown in the General format.
    /// Text that is not a plain decimal, or has more significant digits than Excel keeps
    /// (15), is written as text so nothing is silently rounded.
    case number(String)
    /// An amount of money in the `#,##0.00` format.
    case money(Money)
    /// A score with two decimals (`0.00`).
    case score(Score)
    /// A percentage stored as its fraction (111.4% is 1.114) in the `0.0%` format.
    case percent(Percent)
    /// A date cell: the 1900-system serial number in the `yyyy-mm-dd` format.
    case date(Day)
    case boolean(Bool)

    /// A whole number.
    public static func integer(_ value: Int) -> XlsxCell { .number(String(value)) }

    /// A quantity (`Quantity.text`: exact, up to two decimals).
    public static func quantity(_ value: Quantity) -> XlsxCell { .number(value.text) }

    /// The number format this cell needs.
    var format: XlsxStyles.Format {
        switch self {
        case .empty, .text, .boolean, .number: return .general
        case .money: return .money
        case .score: return .score
        case .percent: return .percent
        case .date(let day): return XlsxNumber.serial(day) == nil ? .general : .date
        }
    }

    /// The text a reader sees, for the column width (CJK characters count double there).
    var displayText: String {
        switch self {
        case .empty: return ""
        case .text(let text): return text
        case .number(let text): return text
        case .money(let money): return XlsxNumber.grouped(money.decimalString)
        case .score(let score): return score.text
        case .percent(let percent): return percent.text
        case .date(let day): return day.isoText
        case .boolean(let value): return value ? "TRUE" : "FALSE"
        }
    }
}

/// Number text for cells: validated decimal text, percent fractions and date serials.
enum XlsxNumber {
    /// The most significant digits a spreadsheet number keeps (IEEE double, as Excel shows it).
    static let significantDigits = 15

    /// `text` normalised as a number value (`-0012.50` → `-12.50`), or nil when it is not a
    /// plain decimal (`-?digits(.digits)?`) Excel would keep exactly.
    static func value(_ text: String) -> String? {
        var body = Substring(text)
        var negative = false
        if body.first == "-" {
            negative = true
            body = body.dropFirst()
        }
        let parts = body.split(separator: ".", maxSplits: 1, omittingEmptySubsequences: false)
        guard let whole = parts.first, !whole.isEmpty, whole.utf8.allSatisfy({ (0x30...0x39).contains($0) })
        else { return nil }
        var fraction: Substring = ""
        if parts.count == 2 {
            fraction = parts[1]
            guard !fraction.isEmpty, fraction.utf8.allSatisfy({ (0x30...0x39).contains($0) }) else { return nil }
        }
        var integer = whole.drop(while: { $0 == "0" })
        if integer.isEmpty { integer = "0" }
        let digits = (integer == "0" ? "" : String(integer)) + fraction
        let significant = digits.drop(while: { $0 == "0" }).count
        guard significant <= significantDigits else { return nil }
        let isZero = integer == "0" && fraction.allSatisfy { $0 == "0" }
        return (negative && !isZero ? "-" : "") + integer + (fraction.isEmpty ? "" : "." + fraction)
    }

    /// A percent as the fraction a `%` format shows (hundredths of a percent ÷ 10 000):
    /// 111.4% → `1.114`, 5% → `0.05`, −0.25% → `-0.0025`.
    static func fraction(_ percent: Percent) -> String {
        let magnitude = percent.hundredths.magnitude
        var text = String(magnitude / 10_000)
        let rest = magnitude % 10_000
        if rest != 0 {
            var digits = String(rest)
            digits = String(repeating: "0", count: 4 - digits.count) + digits
            while digits.hasSuffix("0") { digits.removeLast() }
            text += "." + digits
        }
        return (percent.hundredths < 0 ? "-" : "") + text
    }

    /// The 1900-system serial of `day` (1970-01-01 is 25569); nil before 1900-03-01, where
    /// Excel's phantom 1900-02-29 makes serials ambiguous, and after 9999-12-31.
    static func serial(_ day: Day) -> Int? {
        guard day >= Day(year: 1900, month: 3, day: 1)!, day <= Day(year: 9999, month: 12, day: 31)! else {
            return nil
        }
        return day.ordinal + 25_569
    }

    /// `1234567.50` → `1,234,567.50` (how `#,##0.00` shows it, for the column width).
    static func grouped(_ text: String) -> String {
        let negative = text.hasPrefix("-")
        let body = negative ? String(text.dropFirst()) : text
        let parts = body.split(separator: ".", maxSplits: 1, omittingEmptySubsequences: false)
        var whole = Array(parts[0])
        var result: [Character] = []
        while whole.count > 3 {
            result = [","] + whole.suffix(3) + result
            whole.removeLast(3)
        }
        result = whole + result
        return (negative ? "-" : "") + String(result) + (parts.count == 2 ? "." + parts[1] : "")
    }
}
