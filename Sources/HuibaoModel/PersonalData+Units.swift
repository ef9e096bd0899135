/// The characters personal-data matching reads, one at a time, from UTF-8 bytes: every
/// character is folded as NFKC folds it for digits and letters (full-width `１` is `1`, `Ｘ` is
/// `X`), and a percent-encoded character (`%20`, `%E3%80%80`, `%EF%BC%91`) is read as the
/// character it encodes, so links and file names in `href`/`src` are matched as decoded.
extension PersonalData {
    /// What a character is to the matcher.
    enum UnitClass: UInt8 {
        /// `0`–`9`, full-width `０`–`９`.
        case digit
        /// `X` or `x` (also full-width): an ID number's check character, otherwise a letter.
        case letterX
        /// Any other ASCII or full-width letter.
        case letter
        /// `+`, `＋`.
        case plus
        /// `(`, `（`.
        case open
        /// `)`, `）`.
        case close
        /// Spaces of any width (U+0020, NBSP, U+2000–U+200A, U+202F, U+205F, U+3000) and
        /// zero-width characters (U+200B–U+200D, U+2060, U+FEFF, soft hyphen).
        case space
        /// A dash or dot between groups: `-`, `－`, `‐`–`―` (en dash included), `−`, `.`, `．`.
        case punct
        /// A line break (LF or CR, as written: never percent-decoded).
        case lineBreak
        case other

        /// ASCII letters and digits (after folding): what a match must not touch.
        var isAlphanumeric: Bool { self == .digit || self == .letterX || self == .letter }
        /// What may stand between two digit groups.
        var isSeparator: Bool { self == .space || self == .punct }
    }

    /// One character: its class, its digit value (for `.digit`) and where its bytes end.
    struct Unit {
        var kind: UnitClass
        var value: UInt8
        var end: Int
    }

    typealias Bytes = UnsafeBufferPointer<UInt8>

    /// The character starting at byte `i` (an invalid byte is `.other`, one byte long).
    @inline(__always)
    static func unit(_ bytes: Bytes, at i: Int) -> Unit {
        let byte = bytes[i]
        if byte < 0x80 {
            if byte == UInt8(ascii: "%"), let decoded = percentDecoded(bytes, at: i) {
                return classify(decoded.scalar, end: decoded.end)
            }
            return classify(UInt32(byte), end: i + 1)
        }
        guard let decoded = decodeUTF8(bytes, at: i) else { return Unit(kind: .other, value: 0, end: i + 1) }
        return classify(decoded.scalar, end: decoded.end)
    }

    @inline(__always)
    static func classify(_ scalar: UInt32, end: Int) -> Unit {
        switch scalar {
        case 0x30...0x39: return Unit(kind: .digit, value: UInt8(scalar - 0x30), end: end)
        case 0xFF10...0xFF19: return Unit(kind: .digit, value: UInt8(scalar - 0xFF10), end: end)
        case 0x58, 0x78, 0xFF38, 0xFF58: return Unit(kind: .letterX, value: 10, end: end)
        case 0x41...0x5A, 0x61...0x7A, 0xFF21...0xFF3A, 0xFF41...0xFF5A: return Unit(kind: .letter, value: 0, end: end)
        case 0x2B, 0xFF0B: return Unit(kind: .plus, value: 0, end: end)
        case 0x28, 0xFF08: return Unit(kind: .open, value: 0, end: end)
        case 0x29, 0xFF09: return Unit(kind: .close, value: 0, end: end)
        case 0x20, 0xA0, 0xAD, 0x1680, 0x2000...0x200D, 0x202F, 0x205F, 0x2060, 0x3000, 0xFEFF:
            return Unit(kind: .space, value: 0, end: end)
        case 0x2D, 0x2E, 0xFF0D, 0xFF0E, 0x2010...0x2015, 0x2212, 0xFE63:
            return Unit(kind: .punct, value: 0, end: end)
        case 0x0A, 0x0D: return Unit(kind: .lineBreak, value: 0, end: end)
        default: return Unit(kind: .other, value: 0, end: end)
        }
    }

    /// A well-formed UTF-8 scalar starting at `i`.
    @inline(__always)
    static func decodeUTF8(_ bytes: Bytes, at i: Int) -> (scalar: UInt32, end: Int)? {
        let lead = bytes[i]
        let count: Int
        var scalar: UInt32
        switch lead {
        case 0xC2...0xDF: count = 2; scalar = UInt32(lead & 0x1F)
        case 0xE0...0xEF: count = 3; scalar = UInt32(lead & 0x0F)
        case 0xF0...0xF4: count = 4; scalar = UInt32(lead & 0x07)
        default: return nil
        }
        guard i + count <= bytes.count else { return nil }
        for k in 1..<count {
            let byte = bytes[i + k]
            guard byte & 0xC0 == 0x80 else { return nil }
            scalar = scalar << 6 | UInt32(byte & 0x3F)
        }
        // Overlong forms and surrogates are not characters.
        guard (count == 3 && scalar >= 0x800 && !(0xD800...0xDFFF).contains(scalar))
            || (count == 4 && (0x10000...0x10FFFF).contains(scalar)) || count == 2
        else { return nil }
        return (scalar, i + count)
    }

    /// The character a `%XX` sequence (several for a multi-byte character) starting at `i`
    /// encodes. Nil when it encodes no printable character (`%13`, `%0A`, a broken sequence):
    /// then the `%` is read as itself, so `50%13800138000` still shows its number.
    static func percentDecoded(_ bytes: Bytes, at i: Int) -> (scalar: UInt32, end: Int)? {
        func hexByte(_ at: Int) -> UInt8? {
            guard at + 2 < bytes.count, bytes[at] == UInt8(ascii: "%"), let high = hexValue(bytes[at + 1]), let low = hexValue(bytes[at + 2])
            else { return nil }
            return high << 4 | low
        }
        guard let lead = hexByte(i) else { return nil }
        if lead < 0x80 {
            guard lead >= 0x20, lead != 0x7F else { return nil }
            return (UInt32(lead), i + 3)
        }
        let count: Int
        var scalar: UInt32
        switch lead {
        case 0xC2...0xDF: count = 2; scalar = UInt32(lead & 0x1F)
        case 0xE0...0xEF: count = 3; scalar = UInt32(lead & 0x0F)
        case 0xF0...0xF4: count = 4; scalar = UInt32(lead & 0x07)
        default: return nil
        }
        var at = i + 3
        for _ in 1..<count {
            guard let byte = hexByte(at), byte & 0xC0 == 0x80 else { return nil }
            scalar = scalar << 6 | UInt32(byte & 0x3F)
            at += 3
        }
        guard (count == 2 && scalar >= 0xA0) || (count == 3 && scalar >= 0x800 && !(0xD800...0xDFFF).contains(scalar))
            || (count == 4 && (0x10000...0x10FFFF).contains(scalar))
        else { return nil }
        return (scalar, at)
    }

    @inline(__always)
    static func hexValue(_ byte: UInt8) -> UInt8? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): return byte - UInt8(ascii: "0")
        case UInt8(ascii: "A")...UInt8(ascii: "F"): return byte - UInt8(ascii: "A") + 10
        case UInt8(ascii: "a")...UInt8(ascii: "f"): return byte - UInt8(ascii: "a") + 10
        default: return nil
        }
    }
}

extension PersonalData {
    /// The digits (and check character `X`) of `text` as ASCII, everything else dropped:
    /// `１３８ 0013-8000` → `13800138000`. Compares two writings of one number.
    public static func digits(of text: String) -> String {
        var result = ""
        var text = text
        text.withUTF8 { bytes in
            var i = 0
            while i < bytes.count {
                let unit = unit(bytes, at: i)
                if unit.kind == .digit {
                    result.unicodeScalars.append(Unicode.Scalar(UInt8(ascii: "0") + unit.value))
                } else if unit.kind == .letterX {
                    result += "X"
                }
                i = unit.end
            }
        }
        return result
    }
}
