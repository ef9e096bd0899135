/// Reads full-width digits (０–９, typed with a Chinese input method) as ASCII digits.
public enum FullWidthDigits {
    /// `text` with every ０–９ (U+FF10–U+FF19) replaced by 0–9 and nothing else touched;
    /// `changed` tells whether there were any, so the caller can warn.
    public static func normalize(_ s: String) -> (text: String, changed: Bool) {
        guard s.unicodeScalars.contains(where: { (0xFF10...0xFF19).contains($0.value) }) else {
            return (s, false)
        }
        var scalars = String.UnicodeScalarView()
        for scalar in s.unicodeScalars {
            if (0xFF10...0xFF19).contains(scalar.value), let ascii = Unicode.Scalar(scalar.value - 0xFF10 + 0x30) {
                scalars.append(ascii)
            } else {
                scalars.append(scalar)
            }
        }
        return (String(scalars), true)
    }
}
