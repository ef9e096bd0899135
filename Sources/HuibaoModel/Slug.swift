/// The spec's URL rules for slugs: Chinese kept, spaces become `-`, `# ? % \ "` and control
/// characters dropped; an empty segment or `..` is an error.
public enum Slug {
    /// Why a slug cannot be used.
    public enum Problem: Error, Equatable, Sendable {
        case emptySegment
        case parentSegment

        /// The reason in Chinese.
        public var message: String {
            switch self {
            case .emptySegment: return "网址中有空的一段（如连续的“/”，或只有被去掉的字符）"
            case .parentSegment: return "网址中不能有“..”"
            }
        }
    }

    /// Cleans a slash-separated slug (`2025-06/宣讲 活动` → `2025-06/宣讲-活动`).
    public static func clean(_ raw: String) -> Result<String, Problem> {
        var text = Substring(raw)
        while text.first == "/" { text = text.dropFirst() }
        while text.last == "/" { text = text.dropLast() }
        var segments: [String] = []
        for part in text.split(separator: "/", omittingEmptySubsequences: false) {
            let segment = cleanSegment(part)
            if segment.isEmpty { return .failure(.emptySegment) }
            if segment == ".." { return .failure(.parentSegment) }
            segments.append(segment)
        }
        return segments.isEmpty ? .failure(.emptySegment) : .success(segments.joined(separator: "/"))
    }

    /// One segment cleaned; may come back empty.
    public static func cleanSegment<S: StringProtocol>(_ part: S) -> String {
        guard needsCleaning(part.utf8) else { return String(part) }
        var result = String.UnicodeScalarView()
        for scalar in part.unicodeScalars {
            switch scalar {
            case "#", "?", "%", "\\", "\"":
                continue
            case " ", "\t", "\u{3000}", "\u{00A0}":
                result.append("-")
            default:
                if scalar.value < 0x20 || scalar.value == 0x7F || (0x80..<0xA0).contains(scalar.value) { continue }
                result.append(scalar)
            }
        }
        return String(result)
    }

    /// Whether `cleanSegment` could change anything: spaces and controls, the five removed
    /// characters, a lead byte of U+0080–U+00BF (C1 controls, no-break space) or U+3000.
    private static func needsCleaning<Bytes: Collection<UInt8>>(_ utf8: Bytes) -> Bool {
        var before = (UInt8(0), UInt8(0))
        for byte in utf8 {
            switch byte {
            case 0..<0x21, 0x7F, 0xC2, UInt8(ascii: "#"), UInt8(ascii: "?"), UInt8(ascii: "%"), UInt8(ascii: "\\"),
                UInt8(ascii: "\""):
                return true
            case 0x80 where before == (0xE3, 0x80):
                return true
            default:
                before = (before.1, byte)
            }
        }
        return false
    }
}
