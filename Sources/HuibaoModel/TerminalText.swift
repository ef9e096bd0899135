/// Makes text from the user's files safe to print on a terminal: control characters
/// (C0 except tab, DEL, C1), line and paragraph separators and bidi overrides are shown as
/// `\u{1B}`, so content cannot move the cursor, retitle the window or forge a diagnostic line.
public enum TerminalText {
    /// The text with every unsafe character written as `\u{XX}`; the same string when none is.
    public static func escaped(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: isUnsafe) else { return text }
        var result = ""
        result.reserveCapacity(text.utf8.count + 16)
        for scalar in text.unicodeScalars {
            if isUnsafe(scalar) {
                result += "\\u{" + hex(scalar.value) + "}"
            } else {
                result.unicodeScalars.append(scalar)
            }
        }
        return result
    }

    /// Like `escaped`, but keeps line breaks: for messages of several lines that huibao wrote itself.
    public static func escapedKeepingLines(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: isUnsafe) else { return text }
        return text.split(separator: "\n", omittingEmptySubsequences: false).map { escaped(String($0)) }
            .joined(separator: "\n")
    }

    static func isUnsafe(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x09: return false
        case 0x00...0x1F, 0x7F...0x9F: return true
        case 0x2028, 0x2029, 0x202A...0x202E, 0x2066...0x2069, 0x200E, 0x200F, 0x061C: return true
        default: return false
        }
    }

    private static func hex(_ value: UInt32) -> String {
        let digits = Array("0123456789ABCDEF")
        var text = ""
        var rest = value
        repeat {
            text.insert(digits[Int(rest & 0xF)], at: text.startIndex)
            rest >>= 4
        } while rest > 0
        return text.count == 1 ? "0" + text : text
    }
}
