/// The largest counts, targets, ledger values and totals huibao accepts: far above any real
/// service contract, far enough below `Int64` that no sum or product of them can overflow.
public enum NumberLimits {
    /// 10^12 (一万亿): a count, a target, a ledger value or an indicator's total.
    public static let maximum = 1_000_000_000_000
    /// The limit as the messages write it.
    public static let maximumText = "1000000000000（一万亿）"
    /// The limit in hundredths, as a `Quantity` or `Money` holds it.
    public static let maximumHundredths = Int64(maximum) * 100

    /// The clamped value: within ±`maximum`, so model arithmetic on it cannot trap.
    public static func clamp(_ value: Int) -> Int64 { Int64(min(max(value, -maximum), maximum)) }
}

extension NumberLimits {
    /// True for an integer written as digits (with an optional sign) whose magnitude is
    /// beyond `maximum`, however many digits it has.
    public static func isTooLarge(integerText text: String) -> Bool {
        var digits = Substring(text)
        if digits.first == "-" || digits.first == "+" { digits = digits.dropFirst() }
        guard !digits.isEmpty, digits.utf8.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }) else { return false }
        let significant = digits.drop { $0 == "0" }
        guard significant.utf8.count <= 13 else { return true }
        return (Int(significant) ?? 0) > maximum
    }

    /// True for an amount in hundredths beyond ±`maximum` whole units.
    public static func isTooLarge(hundredths: Int64) -> Bool { hundredths.magnitude > UInt64(maximumHundredths) }
}
