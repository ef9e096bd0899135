/// Numbers as a workbook stores them (`411912.5`, `4.10105199001011E+17`, `-1E-3`), turned into
/// exact decimal text by string arithmetic, never through a double.
enum WorkbookNumber {
    /// A decimal number as sign, significant digits and a power of ten: value = digits × 10^exponent.
    struct Decimal: Equatable {
        var negative: Bool
        /// Without leading zeros; empty for zero.
        var digits: [UInt8]
        var exponent: Int
    }

    /// The largest power of ten accepted: Excel's own limit is about 1E+308.
    static let maximumExponent = 400

    /// Reads `1`, `-12.50`, `4.1E+17`, `1e-3`; nil for anything else (or an exponent beyond ±400).
    static func parse(_ text: String) -> Decimal? {
        var bytes = Array(text.utf8)[...]
        var negative = false
        if let first = bytes.first, first == UInt8(ascii: "-") || first == UInt8(ascii: "+") {
            negative = first == UInt8(ascii: "-")
            bytes = bytes.dropFirst()
        }
        var digits: [UInt8] = []
        var exponent = 0
        var sawPoint = false
        var sawDigit = false
        while let byte = bytes.first, byte != UInt8(ascii: "e"), byte != UInt8(ascii: "E") {
            bytes = bytes.dropFirst()
            if byte == UInt8(ascii: ".") {
                guard !sawPoint else { return nil }
                sawPoint = true
                continue
            }
            guard (48...57).contains(byte) else { return nil }
            sawDigit = true
            if !(digits.isEmpty && byte == 48) { digits.append(byte - 48) }
            if sawPoint { exponent -= 1 }
            if digits.count > 400 { return nil }
        }
        guard sawDigit else { return nil }
        if !bytes.isEmpty {
            bytes = bytes.dropFirst()
            var exponentNegative = false
            if let first = bytes.first, first == UInt8(ascii: "-") || first == UInt8(ascii: "+") {
                exponentNegative = first == UInt8(ascii: "-")
                bytes = bytes.dropFirst()
            }
            guard !bytes.isEmpty, bytes.count <= 4, bytes.allSatisfy({ (48...57).contains($0) }) else { return nil }
            let value = bytes.reduce(0) { $0 * 10 + Int($1 - 48) }
            exponent += exponentNegative ? -value : value
        }
        while digits.last == 0 {
            digits.removeLast()
            exponent += 1
        }
        if digits.isEmpty { return Decimal(negative: false, digits: [], exponent: 0) }
        guard abs(exponent + digits.count) <= maximumExponent else { return nil }
        return Decimal(negative: negative, digits: digits, exponent: exponent)
    }

    /// The plain decimal text of a stored number: `4.10105199001011E+17` → `410105199001011000`,
    /// `1E-3` → `0.001`, `-0` → `0`; nil when the text is not a number.
    static func plainText(_ text: String) -> String? {
        parse(text).map(format)
    }

    /// A formula's cached value as Excel displays it: rounded half away from zero to 15
    /// significant digits (`1234.5600000000002` → `1234.56`).
    static func displayedText(_ text: String) -> String? {
        parse(text).map { format(rounded($0, significantDigits: 15)) }
    }

    static func rounded(_ value: Decimal, significantDigits: Int) -> Decimal {
        guard value.digits.count > significantDigits else { return value }
        let dropped = value.digits.count - significantDigits
        var digits = Array(value.digits.prefix(significantDigits))
        var exponent = value.exponent + dropped
        if value.digits[significantDigits] >= 5 {
            var index = digits.count - 1
            while index >= 0 {
                if digits[index] == 9 {
                    digits[index] = 0
                    index -= 1
                } else {
                    digits[index] += 1
                    break
                }
            }
            if index < 0 { digits.insert(1, at: 0) }
        }
        while digits.last == 0 {
            digits.removeLast()
            exponent += 1
        }
        return Decimal(negative: value.negative && !digits.isEmpty, digits: digits, exponent: exponent)
    }

    /// Plain decimal notation, no exponent, no trailing zeros after the point.
    static func format(_ value: Decimal) -> String {
        guard !value.digits.isEmpty else { return "0" }
        let text = String(decoding: value.digits.map { $0 + 48 }, as: UTF8.self)
        let sign = value.negative ? "-" : ""
        if value.exponent >= 0 { return sign + text + String(repeating: "0", count: value.exponent) }
        let fraction = -value.exponent
        if fraction >= text.count {
            return sign + "0." + String(repeating: "0", count: fraction - text.count) + text
        }
        let split = text.index(text.endIndex, offsetBy: -fraction)
        return sign + text[..<split] + "." + text[split...]
    }

    /// The whole days of a serial date number (its integer part; nil when negative or beyond
    /// 9999-12-31's serial), for date cells.
    static func wholeDays(_ text: String) -> Int? {
        guard let value = parse(text), !value.negative else { return nil }
        let integerDigits = value.digits.count + value.exponent
        guard integerDigits <= 7 else { return nil }
        var days = 0
        for index in 0..<max(integerDigits, 0) {
            days = days * 10 + (index < value.digits.count ? Int(value.digits[index]) : 0)
        }
        return days
    }
}
