/// An exact score (points) with at most two decimals, held in hundredths (4.00 is 400).
public struct Score: Hashable, Comparable, Sendable {
    public var hundredths: Int64

    public init(hundredths: Int64) { self.hundredths = hundredths }

    public static let zero = Score(hundredths: 0)
    /// The largest points a scheme may give (10,000): every product of the rules stays far inside `Int64`.
    public static let maximum = Score(hundredths: 1_000_000)

    public static func + (a: Score, b: Score) -> Score { Score(hundredths: a.hundredths + b.hundredths) }
    public static func - (a: Score, b: Score) -> Score { Score(hundredths: a.hundredths - b.hundredths) }
    public static func < (a: Score, b: Score) -> Bool { a.hundredths < b.hundredths }

    public static func sum<S: Sequence>(_ scores: S) -> Score where S.Element == Score { scores.reduce(.zero, +) }

    /// What reading a written score found.
    public enum Parsed: Sendable, Equatable {
        case score(Score)
        /// A number with three or more decimals (never rounded: the writer decides).
        case tooManyDecimals
        case notANumber
    }

    /// Reads `4`, `2.68`, `5.5`, `0.5`: a non-negative decimal with at most two places.
    public static func parse(_ text: String) -> Parsed {
        let trimmed = Substring(text).drop(while: { $0 == " " })
        let parts = trimmed.split(separator: ".", maxSplits: 1, omittingEmptySubsequences: false)
        guard !parts[0].isEmpty, parts[0].utf8.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }), parts[0].utf8.count <= 9
        else { return .notANumber }
        var fraction: Int64 = 0
        if parts.count == 2 {
            let digits = parts[1].trimmingSuffix(" ")
            guard !digits.isEmpty, digits.utf8.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }) else { return .notANumber }
            guard digits.utf8.count <= 2 else { return .tooManyDecimals }
            let two = String(digits.prefix(2))
            fraction = Int64(two)! * (two.utf8.count == 1 ? 10 : 1)
        }
        return .score(Score(hundredths: Int64(parts[0])! * 100 + fraction))
    }

    /// Two decimals, as every score is shown: "4.00", "2.68", "0.50".
    public var text: String {
        let magnitude = hundredths.magnitude
        let cents = magnitude % 100
        let result = String(magnitude / 100) + (cents < 10 ? ".0" : ".") + String(cents)
        return hundredths < 0 ? "-" + result : result
    }

    /// The shortest exact form, as a scheme writes points: "4", "2.5", "2.68".
    public var shortText: String {
        let magnitude = hundredths.magnitude
        let cents = magnitude % 100
        var result = String(magnitude / 100)
        if cents != 0 {
            result += cents % 10 == 0 ? "." + String(cents / 10) : (cents < 10 ? ".0" : ".") + String(cents)
        }
        return hundredths < 0 ? "-" + result : result
    }

    /// `self × numerator / denominator`, rounded half up to the hundredth; exact (full-width
    /// arithmetic), for non-negative operands and a positive denominator.
    public func scaled(by numerator: Int64, over denominator: Int64) -> Score {
        precondition(denominator > 0 && numerator >= 0 && hundredths >= 0)
        let product = hundredths.multipliedFullWidth(by: numerator)
        let (quotient, remainder) = denominator.dividingFullWidth(product)
        return Score(hundredths: quotient + (remainder * 2 >= denominator ? 1 : 0))
    }

    /// `self × share`, rounded half up to the hundredth (4 × 67% = 2.68).
    public func times(_ share: Percent) -> Score { scaled(by: Int64(max(share.hundredths, 0)), over: 10_000) }
}

extension Score: CustomStringConvertible {
    public var description: String { text }
}

extension Substring {
    fileprivate func trimmingSuffix(_ character: Character) -> Substring {
        var result = self
        while result.last == character { result = result.dropLast() }
        return result
    }
}
