import Foundation

extension StringProtocol {
    /// `trimmingCharacters(in: .whitespaces)` or `(in: .whitespacesAndNewlines)`, without
    /// Foundation's cost when neither end can be trimmed (the usual case: YAML values).
    /// - Parameter set: `.whitespaces` or `.whitespacesAndNewlines`.
    func trimming(_ set: CharacterSet) -> String {
        guard let first = unicodeScalars.first, let last = unicodeScalars.last else { return "" }
        if Self.isNeverSpace(first) && Self.isNeverSpace(last) { return String(self) }
        return trimmingCharacters(in: set)
    }

    /// True for scalars in neither set: visible ASCII, and everything above U+3000 (the
    /// last of the Unicode spaces, Zs; the line and paragraph separators are below it).
    private static func isNeverSpace(_ scalar: Unicode.Scalar) -> Bool {
        (scalar.value > 0x20 && scalar.value < 0x7F) || scalar.value > 0x3000
    }
}
