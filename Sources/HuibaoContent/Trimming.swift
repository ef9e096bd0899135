import Foundation

extension StringProtocol {
    /// `trimmingCharacters(in: .whitespaces)` or `(in: .whitespacesAndNewlines)`, without
    /// Foundation's cost when neither end can be trimmed (the usual case: YAML values).
    /// - Parameter set: `.whitespaces` or `.whitespacesAndNewlines` (made only when needed:
    ///   Foundation builds the character set anew at each use).
    func trimming(_ set: TrimmedSpaces) -> String {
        guard let first = unicodeScalars.first, let last = unicodeScalars.last else { return "" }
        if Self.isNeverSpace(first) && Self.isNeverSpace(last) { return String(self) }
        switch set {
        case .whitespaces: return trimmingCharacters(in: .whitespaces)
        case .whitespacesAndNewlines: return trimmingCharacters(in: .whitespacesAndNewlines)
        }
    }

    /// True for scalars in neither set: visible ASCII, and everything above U+3000 (the
    /// last of the Unicode spaces, Zs; the line and paragraph separators are below it).
    private static func isNeverSpace(_ scalar: Unicode.Scalar) -> Bool {
        (scalar.value > 0x20 && scalar.value < 0x7F) || scalar.value > 0x3000
    }
}

/// What `trimming(_:)` removes from both ends.
enum TrimmedSpaces {
    case whitespaces
    case whitespacesAndNewlines
}
