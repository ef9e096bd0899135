extension Money {
    /// The amount in Chinese capital numerals (大写), as invoices and contracts print it:
    /// 823825 → 捌拾贰万叁仟捌佰贰拾伍元整, 1680.32 → 壹仟陆佰捌拾元零叁角贰分, 0.07 → 柒分.
    ///
    /// Every run of zeros between two non-zero digits is written as one 零, across 万, 亿 and
    /// 元 alike; 角 is followed by 整, 分 never is; 0 is 零元整; a negative amount starts with 负.
    /// Beyond 9999 亿 the 亿 part is itself written in words (1 万亿 is 壹万亿, 10¹⁶ is 壹亿亿).
    public var capitalized: String {
        let magnitude = fen.magnitude
        let yuan = magnitude / 100
        let jiao = Int(magnitude / 10 % 10)
        let fenDigit = Int(magnitude % 10)
        if magnitude == 0 { return "零元整" }

        var text = fen < 0 ? "负" : ""
        if yuan > 0 {
            text += CapitalNumerals.integer(yuan) + "元"
        }
        switch (jiao, fenDigit) {
        case (0, 0):
            text += "整"
        case (_, 0):
            text += (yuan % 10 == 0 && yuan > 0 ? "零" : "") + CapitalNumerals.digits[jiao] + "角整"
        case (0, _):
            text += (yuan > 0 ? "零" : "") + CapitalNumerals.digits[fenDigit] + "分"
        default:
            text +=
                (yuan % 10 == 0 && yuan > 0 ? "零" : "") + CapitalNumerals.digits[jiao] + "角"
                + CapitalNumerals.digits[fenDigit] + "分"
        }
        return text
    }
}

/// Chinese capital numerals for whole numbers, the integer part of `Money.capitalized`.
enum CapitalNumerals {
    static let digits = ["零", "壹", "贰", "叁", "肆", "伍", "陆", "柒", "捌", "玖"]
    private static let placeUnits = ["", "拾", "佰", "仟"]

    /// A positive whole number: 壹拾万零柒仟, 壹仟万零壹仟, 壹万零伍亿.
    static func integer(_ n: UInt64) -> String {
        precondition(n > 0, "zero has no integer words here")
        if n >= 100_000_000 { return join(high: n / 100_000_000, word: "亿", low: n % 100_000_000, lowWidth: 8) }
        if n >= 10_000 { return join(high: n / 10_000, word: "万", low: n % 10_000, lowWidth: 4) }
        return belowTenThousand(n)
    }

    /// `high` + group word, then `low` (which has `lowWidth` digit places) with one 零 where
    /// zeros separate the two: trailing zeros of `high` or leading zeros of `low`.
    private static func join(high: UInt64, word: String, low: UInt64, lowWidth: Int) -> String {
        var text = integer(high) + word
        guard low > 0 else { return text }
        var fullWidth: UInt64 = 1
        for _ in 1..<lowWidth { fullWidth *= 10 }
        if high % 10 == 0 || low < fullWidth { text += "零" }
        return text + integer(low)
    }

    /// 1...9999, with one 零 for each inner zero run and none for trailing zeros.
    private static func belowTenThousand(_ n: UInt64) -> String {
        var text = ""
        var pendingZero = false
        var started = false
        for place in stride(from: 3, through: 0, by: -1) {
            var divisor: UInt64 = 1
            for _ in 0..<place { divisor *= 10 }
            let digit = Int(n / divisor % 10)
            if digit == 0 {
                pendingZero = started
                continue
            }
            if pendingZero { text += "零" }
            text += digits[digit] + placeUnits[place]
            pendingZero = false
            started = true
        }
        return text
    }
}
