/// An exact indicator quantity with up to two decimals, stored in hundredths.
///
/// Counts are whole numbers; a ledger `sum` may add decimals, which stay exact.
public struct Quantity: Hashable, Comparable, Sendable {
    public var hundredths: Int64

    public init(hundredths: Int64) { self.hundredths = hundredths }
    /// `whole` × 100, saturating at the bounds of `Int64` (the readers keep values far below).
    public init(_ whole: Int) {
        let (product, overflow) = Int64(whole).multipliedReportingOverflow(by: 100)
        self.hundredths = overflow ? (whole < 0 ? .min : .max) : product
    }

    public static let zero = Quantity(hundredths: 0)

    /// The sum, saturating instead of trapping: the readers bound every value and total
    /// (`NumberLimits`), so saturation is only a last guard against a crash.
    public static func + (a: Quantity, b: Quantity) -> Quantity {
        let (sum, overflow) = a.hundredths.addingReportingOverflow(b.hundredths)
        return Quantity(hundredths: overflow ? (b.hundredths < 0 ? .min : .max) : sum)
    }
    public static func < (a: Quantity, b: Quantity) -> Bool { a.hundredths < b.hundredths }

    /// "6150", "12.5", "0.25": no trailing zeros, as a JSON number or a table cell shows it.
    public var text: String {
        let negative = hundredths < 0
        let magnitude = hundredths.magnitude
        var result = String(magnitude / 100)
        let cents = magnitude % 100
        if cents != 0 {
            result += cents % 10 == 0 ? "." + String(cents / 10) : (cents < 10 ? ".0" : ".") + String(cents)
        }
        return negative ? "-" + result : result
    }
}
