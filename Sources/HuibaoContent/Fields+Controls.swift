import HuibaoModel

extension FieldReader {
    /// `scalar` without C0 control characters (other than tab and line break) and DEL, which
    /// only YAML escapes (`"\0"`, `"\e"`) can put there and which must never reach a page;
    /// a warning for each removal, and one for bidi controls (U+202A–U+202E, U+2066–U+2069),
    /// which make the text show in another order than it is written.
    mutating func withoutControls(_ scalar: YAMLScalar, key: String) -> YAMLScalar {
        // The cheap pre-check: plain text has no byte below 0x20 but tab and LF, no DEL and,
        // for the bidi controls, no 0xE2 0x80/0x81 lead.
        var suspicious = false
        for byte in scalar.text.utf8 where (byte < 0x20 && byte != 0x09 && byte != 0x0A) || byte == 0x7F || byte == 0xE2 {
            suspicious = true
            break
        }
        guard suspicious else { return scalar }
        var result = scalar
        if scalar.text.unicodeScalars.contains(where: TextControls.isRemovedControl) {
            result.text = String(String.UnicodeScalarView(scalar.text.unicodeScalars.filter { !TextControls.isRemovedControl($0) }))
            warning(
                "text.control-character", "“\(key)”中有看不见的控制字符（如 \\0、\\e 转义写出的字符），已删除；请检查这个值",
                at: scalar.position)
        }
        if result.text.unicodeScalars.contains(where: TextControls.isBidiControl) {
            warning(
                "text.bidi-control",
                "“\(key)”中有改变文字显示方向的不可见字符（U+202A–U+202E、U+2066–U+2069），显示出来的顺序会与实际内容不同；请删除",
                at: scalar.position)
        }
        return result
    }
}

/// The invisible characters huibao removes from or warns about in the user's text.
public enum TextControls {
    /// C0 controls other than tab, LF and CR, and DEL.
    public static func isRemovedControl(_ scalar: Unicode.Scalar) -> Bool {
        (scalar.value < 0x20 && scalar != "\t" && scalar != "\n" && scalar != "\r") || scalar.value == 0x7F
    }

    /// The bidi embedding, override and isolate controls.
    public static func isBidiControl(_ scalar: Unicode.Scalar) -> Bool {
        (0x202A...0x202E).contains(scalar.value) || (0x2066...0x2069).contains(scalar.value)
    }
}
