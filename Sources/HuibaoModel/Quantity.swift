/// An exact indicator quantity with up to two decimals, stored in hundredths.
///
/// Counts are whole numbers; a ledger `sum` may add decimals, which stay exact.
public struct Quantity: Hashable, Comparable, Sendable {
    public var hundredths: Int64

    public init(hundredths: Int64) { self.hundredths = hundredths }
    public init(_ whole: Int) { self.hundredths = Int64(whole) * 100 }

    public static let zero = Quantity(hundredths: 0)

    public static func + (a: Quantity, b: Quantity) -> Quantity { Quantity(hundredths: a.hundredths + b.hundredths) }
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
