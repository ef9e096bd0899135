/// An exact amount of money in Chinese yuan, held as a whole number of fen (0.01 yuan).
public struct Money: Hashable, Comparable, Sendable {
    public var fen: Int64

    public init(fen: Int64) { self.fen = fen }
    public init(yuan: Int64) { self.fen = yuan * 100 }

    public static let zero = Money(fen: 0)

    public static func + (a: Money, b: Money) -> Money { Money(fen: a.fen + b.fen) }
    public static func - (a: Money, b: Money) -> Money { Money(fen: a.fen - b.fen) }
    public static prefix func - (a: Money) -> Money { Money(fen: -a.fen) }
    public static func += (a: inout Money, b: Money) { a.fen += b.fen }
    public static func -= (a: inout Money, b: Money) { a.fen -= b.fen }
    public static func < (a: Money, b: Money) -> Bool { a.fen < b.fen }

    /// The total of `amounts`; `zero` when there are none.
    public static func sum<S: Sequence>(_ amounts: S) -> Money where S.Element == Money {
        amounts.reduce(.zero, +)
    }

    /// Yuan with exactly two decimals and no separators: "411912.50", "-12.30", "0.07".
    public var decimalString: String {
        let magnitude = fen.magnitude
        let cents = magnitude % 100
        let text = String(magnitude / 100) + (cents < 10 ? ".0" : ".") + String(cents)
        return fen < 0 ? "-" + text : text
    }
}

extension Money: CustomStringConvertible {
    public var description: String { decimalString }
}

extension Money {
    /// Reads decimal yuan with at most two decimals, as people and Excel write it.
    ///
    /// Accepted: `823825`, `411912.5`, `0.07`, `-12.3`, a leading `¥` or `￥` (`¥1,234.50`,
    /// `-¥12.30`, `¥ 1,234.50`), thousands separators in exact groups of three, Excel's
    /// accounting negatives (`(1,234.50)` is −1234.50), surrounding whitespace.
    /// - Returns: nil for anything else, including more than two decimals and amounts
    ///   beyond the range of `Int64` fen.
    public static func parse(_ text: String) -> Money? {
        var scalars = Substring(text).unicodeScalars
        trimWhitespace(&scalars)
        var parenthesized = false
        if scalars.first == "(" {
            guard scalars.count >= 2, scalars.last == ")" else { return nil }
            scalars = scalars.dropFirst().dropLast()
            trimWhitespace(&scalars)
            parenthesized = true
        }
        var minus = false
        if !parenthesized, scalars.first == "-" {
            scalars = scalars.dropFirst()
            minus = true
        }
        if scalars.first == "¥" || scalars.first == "￥" {
            scalars = scalars.dropFirst()
            trimWhitespace(&scalars)
            if !parenthesized, !minus, scalars.first == "-" {
                scalars = scalars.dropFirst()
                minus = true
            }
        }
        guard let magnitude = unsignedFen(scalars) else { return nil }
        return Money(fen: parenthesized || minus ? -magnitude : magnitude)
    }

    /// `1234`, `1,234`, `1234.5`, `1,234.56` → fen; nil for any other shape or on overflow.
    private static func unsignedFen(_ scalars: Substring.UnicodeScalarView) -> Int64? {
        let parts = scalars.split(separator: ".", maxSplits: 1, omittingEmptySubsequences: false)
        let groups = parts[0].split(separator: ",", omittingEmptySubsequences: false)
        if groups.count > 1 {
            guard (1...3).contains(groups[0].count), groups[0].first != "0",
                groups.dropFirst().allSatisfy({ $0.count == 3 })
            else { return nil }
        }
        var yuan: Int64 = 0
        for group in groups {
            guard !group.isEmpty else { return nil }
            for scalar in group {
                guard let digit = asciiDigit(scalar) else { return nil }
                let (times, overflow1) = yuan.multipliedReportingOverflow(by: 10)
                let (plus, overflow2) = times.addingReportingOverflow(digit)
                guard !overflow1, !overflow2 else { return nil }
                yuan = plus
            }
        }
        var cents: Int64 = 0
        if parts.count == 2 {
            let fraction = parts[1]
            guard (1...2).contains(fraction.count) else { return nil }
            for scalar in fraction {
                guard let digit = asciiDigit(scalar) else { return nil }
                cents = cents * 10 + digit
            }
            if fraction.count == 1 { cents *= 10 }
        }
        let (hundreds, overflow1) = yuan.multipliedReportingOverflow(by: 100)
        let (total, overflow2) = hundreds.addingReportingOverflow(cents)
        return overflow1 || overflow2 ? nil : total
    }

    private static func asciiDigit(_ scalar: Unicode.Scalar) -> Int64? {
        ("0"..."9").contains(scalar) ? Int64(scalar.value - 48) : nil
    }

    private static func trimWhitespace(_ scalars: inout Substring.UnicodeScalarView) {
        while let first = scalars.first, first.properties.isWhitespace { scalars = scalars.dropFirst() }
        while let last = scalars.last, last.properties.isWhitespace { scalars = scalars.dropLast() }
    }
}
