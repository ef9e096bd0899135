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
        // The scalars decoded from the UTF-8 in place, in one pass over the bytes (a String's
        // bytes are valid UTF-8): iterating `utf8` or `unicodeScalars` cost several times more,
        // and a build asks this of every name in Content/ and of every evidence path.
        text.withUTF8Bytes(isNFC(bytes:))
    }

    /// `isNFC(_:)` of valid UTF-8 bytes.
    static func isNFC(bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let base = bytes.baseAddress else { return true }
        let count = bytes.count
        var index = 0
        while index < count {
            let lead = base[index]
            if lead < 0x80 {
                index += 1
                continue
            }
            let scalar: UInt32
            if lead < 0xE0 {
                guard index + 1 < count else { return false }
                scalar = UInt32(lead & 0x1F) << 6 | UInt32(base[index + 1] & 0x3F)
                index += 2
            } else if lead < 0xF0 {
                guard index + 2 < count else { return false }
                scalar =
                    UInt32(lead & 0x0F) << 12 | UInt32(base[index + 1] & 0x3F) << 6 | UInt32(base[index + 2] & 0x3F)
                index += 3
            } else {
                return false  // beyond U+FFFF: in none of the ranges
            }
            guard isStable(scalar) else { return false }
        }
        return true
    }

    /// `folder/name` made in one allocation ("" folder: the name alone), for the paths a build
    /// joins by the ten thousand (every name listed in Content/, every evidence file).
    public static func joined(_ folder: String, _ name: String) -> String {
        guard !folder.isEmpty else { return name }
        var folder = folder
        var name = name
        return folder.withUTF8 { head in
            name.withUTF8 { tail in
                String(unsafeUninitializedCapacity: head.count + 1 + tail.count) { out in
                    var index = out.initialize(fromContentsOf: head)
                    out[index] = UInt8(ascii: "/")
                    index += 1
                    index = UnsafeMutableBufferPointer(rebasing: out[index...]).initialize(fromContentsOf: tail) + index
                    return index
                }
            }
        }
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
