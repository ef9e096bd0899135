extension Money {
    /// This amount × `p`, exact, then rounded down to the fen (toward −∞), or up when
    /// `roundingUp` (823825 × 75% = 617868.75; 100000.01 × 33.33% = 33330.00, or 33330.01 up).
    ///
    /// The product is taken in 128 bits, so no amount that fits in `Money` overflows for a
    /// share up to 100 %; a result beyond the range of `Money` is a programming error.
    public func share(_ p: Percent, roundingUp: Bool = false) -> Money {
        let negative = (fen < 0) != (p.hundredths < 0)
        let product = fen.magnitude.multipliedFullWidth(by: UInt64(p.hundredths.magnitude))
        precondition(product.high < 10_000, "share exceeds the range of Money")
        let (quotient, remainder) = UInt64(10_000).dividingFullWidth(product)
        // Rounding away from zero on the magnitude is down for a negative result, up for a positive one.
        let awayFromZero = remainder != 0 && (negative != roundingUp)
        let rounded = quotient + (awayFromZero ? 1 : 0)
        if negative {
            precondition(rounded <= Int64.min.magnitude, "share exceeds the range of Money")
            return Money(fen: rounded == Int64.min.magnitude ? Int64.min : -Int64(rounded))
        }
        precondition(rounded <= UInt64(Int64.max), "share exceeds the range of Money")
        return Money(fen: Int64(rounded))
    }

    /// Splits `total` by `shares` as the contract's installments do: each amount is
    /// total × share rounded down to the fen and the remainder goes to the last one
    /// (100000.01 at 33.33 / 33.33 / 33.34 % → 33330.00, 33330.00, 33340.01).
    ///
    /// The amounts always add up to `total`; whether the shares add up to 100 % is for the
    /// caller to check. No shares give no amounts.
    public static func allocate(_ total: Money, shares: [Percent]) -> [Money] {
        guard !shares.isEmpty else { return [] }
        var amounts = shares.dropLast().map { total.share($0) }
        amounts.append(total - sum(amounts))
        return amounts
    }
}
