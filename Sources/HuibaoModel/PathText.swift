/// Facts about file names as text that are cheaper to find from their scalars than through
/// Foundation's normalization (a build looks at tens of thousands of Chinese file names).
public enum PathText {
    /// Whether `text` is certainly in Unicode normal form C already: every scalar lies in a
    /// range whose characters NFC leaves alone and never composes with a neighbour — below
    /// U+0300 (where the combining marks begin), CJK ideographs (U+3400–U+4DBF,
    /// U+4E00–U+9FFF), CJK punctuation (U+3000–U+3029, before the combining tone marks),
    /// the dashes and quotes U+2010–U+2027, and full-width forms (U+FF01–U+FFEF). false
    /// means "normalize to be sure" (a Mac's decomposed é, Hangul, kana with voicing marks).
    public static func isNFC(_ text: String) -> Bool {
        for byte in text.utf8 where byte >= 0x80 {
            var text = text
            // The scalars decoded from the UTF-8 in place (a String's bytes are valid UTF-8):
            // decoding them through `unicodeScalars` cost more than the rest of a name's checks.
            return text.withUTF8 { bytes in
                var index = 0
                while index < bytes.count {
                    let lead = bytes[index]
                    let scalar: UInt32
                    if lead < 0x80 {
                        index += 1
                        continue
                    } else if lead < 0xE0 {
                        scalar = UInt32(lead & 0x1F) << 6 | UInt32(bytes[index + 1] & 0x3F)
                        index += 2
                    } else if lead < 0xF0 {
                        scalar =
                            UInt32(lead & 0x0F) << 12 | UInt32(bytes[index + 1] & 0x3F) << 6
                            | UInt32(bytes[index + 2] & 0x3F)
                        index += 3
                    } else {
                        return false  // beyond U+FFFF: in none of the ranges
                    }
                    guard isStable(scalar) else { return false }
                }
                return true
            }
        }
        return true
    }

    /// Whether NFC leaves the scalar alone whatever its neighbours (the ranges above).
    static func isStable(_ scalar: UInt32) -> Bool {
        switch scalar {
        case 0..<0x300, 0x2010...0x2027, 0x3000...0x3029, 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xFF01...0xFFEF:
            return true
        default:
            return false
        }
    }
}
