/// An exact percentage with at most two decimals, held in hundredths of a percent (33.33% is 3333).
public struct Percent: Hashable, Comparable, Sendable {
    public var hundredths: Int

    public init(hundredths: Int) { self.hundredths = hundredths }

    public static func < (a: Percent, b: Percent) -> Bool { a.hundredths < b.hundredths }

    /// Reads `50`, `50%`, `33.33%`, `33.3`, `75.00%`: a number with at most two decimals and
    /// an optional `%` (spaces before it allowed), surrounding whitespace trimmed; the number
    /// always means percent. Nil for anything else, including negative numbers.
    public static func parse(_ text: String) -> Percent? {
        var scalars = Substring(text).unicodeScalars
        while let first = scalars.first, first.properties.isWhitespace { scalars = scalars.dropFirst() }
        while let last = scalars.last, last.properties.isWhitespace { scalars = scalars.dropLast() }
        if scalars.last == "%" {
            scalars = scalars.dropLast()
            while let last = scalars.last, last.properties.isWhitespace { scalars = scalars.dropLast() }
        }
        let parts = scalars.split(separator: ".", maxSplits: 1, omittingEmptySubsequences: false)
        guard !parts[0].isEmpty, parts.count == 1 || (1...2).contains(parts[1].count) else { return nil }
        var whole = 0
        for scalar in parts[0] {
            guard let digit = asciiDigit(scalar) else { return nil }
            let (times, overflow1) = whole.multipliedReportingOverflow(by: 10)
            let (plus, overflow2) = times.addingReportingOverflow(digit)
            guard !overflow1, !overflow2 else { return nil }
            whole = plus
        }
        var fraction = 0
        if parts.count == 2 {
            for scalar in parts[1] {
                guard let digit = asciiDigit(scalar) else { return nil }
                fraction = fraction * 10 + digit
            }
            if parts[1].count == 1 { fraction *= 10 }
        }
        let (scaled, overflow1) = whole.multipliedReportingOverflow(by: 100)
        let (total, overflow2) = scaled.addingReportingOverflow(fraction)
        return overflow1 || overflow2 ? nil : Percent(hundredths: total)
    }

    /// The shortest exact form: "50%", "33.3%", "33.33%".
    public var text: String {
        let (sign, whole, fraction) = parts
        switch fraction {
        case 0: return "\(sign)\(whole)%"
        case let f where f % 10 == 0: return "\(sign)\(whole).\(f / 10)%"
        case let f: return "\(sign)\(whole).\(f < 10 ? "0" : "")\(f)%"
        }
    }

    /// Always two decimals: "75.00%", "33.30%".
    public var twoDecimalText: String {
        let (sign, whole, fraction) = parts
        return "\(sign)\(whole).\(fraction < 10 ? "0" : "")\(fraction)%"
    }

    private var parts: (sign: String, whole: UInt, fraction: UInt) {
        let magnitude = hundredths.magnitude
        return (hundredths < 0 ? "-" : "", magnitude / 100, magnitude % 100)
    }

    private static func asciiDigit(_ scalar: Unicode.Scalar) -> Int? {
        ("0"..."9").contains(scalar) ? Int(scalar.value - 48) : nil
    }
}

extension Percent: CustomStringConvertible {
    public var description: String { text }
}
