/// The spec's URL rules for slugs: Chinese kept, spaces become `-`, `# ? % \ "` and control
/// characters dropped; an empty segment, `.` or `..` is an error.
public enum Slug {
    /// Why a slug cannot be used.
    public enum Problem: Error, Equatable, Sendable {
        case emptySegment
        case parentSegment
        case currentSegment
        case pageFileSegment
        case longSegment

        /// The reason in Chinese.
        public var message: String {
            switch self {
            case .emptySegment: return "网址中有空的一段（如连续的“/”，或只有被去掉的字符）"
            case .parentSegment: return "网址中不能有“..”"
            case .currentSegment: return "网址中不能有只是“.”的一段"
            case .pageFileSegment: return "网址中不能有“index.html”一段（这是页面文件本身的名字）"
            case .longSegment: return "网址中的一段太长（最多 \(Slug.maximumSegmentBytes) 个字节，约 \(Slug.maximumSegmentBytes / 3) 个汉字）"
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
            let segment = cleanedScalars(part)
            if segment.isEmpty { return .failure(.emptySegment) }
            if segment == ".." { return .failure(.parentSegment) }
            if segment == "." { return .failure(.currentSegment) }
            if segment == pageFile { return .failure(.pageFileSegment) }
            if segment.utf8.count > maximumSegmentBytes { return .failure(.longSegment) }
            segments.append(segment)
        }
        return segments.isEmpty ? .failure(.emptySegment) : .success(segments.joined(separator: "/"))
    }

    /// One segment cleaned, with `/` turned into `-`; may come back empty, and does when it
    /// would be `.` or `..`: never a segment that names another folder.
    public static func cleanSegment<S: StringProtocol>(_ part: S) -> String {
        let segment = cleanedScalars(part)
        return segment == "." || segment == ".." ? "" : segment
    }

    /// Why `name` (a category name, an evaluation id, a ledger name) cannot be one segment of
    /// a page's path, or nil when it can: no `/`, and not empty, `.` or `..` once cleaned.
    public static func segmentProblem(_ name: String) -> SegmentProblem? {
        if name.utf8.contains(UInt8(ascii: "/")) { return .slash }
        switch cleanedScalars(name) {
        case "": return .empty
        case ".", "..": return .dots
        case pageFile: return .pageFile
        case let segment where segment.utf8.count > maximumSegmentBytes: return .tooLong
        default: return nil
        }
    }

    /// Why a name cannot be a path segment.
    public enum SegmentProblem: Error, Equatable, Sendable {
        case slash, empty, dots, pageFile, tooLong

        /// The reason in Chinese.
        public var message: String {
            switch self {
            case .slash: return "不能含“/”（会变成下一级文件夹）"
            case .empty: return "去掉网址不能用的字符（# ? % \\ \" 和控制字符）后什么都不剩"
            case .dots: return "不能是“.”或“..”（会指向别的文件夹）"
            case .pageFile: return "不能是“index.html”（这是页面文件本身的名字）"
            case .tooLong: return "太长（网址中的一段最多 \(Slug.maximumSegmentBytes) 个字节，约 \(Slug.maximumSegmentBytes / 3) 个汉字）"
            }
        }
    }

    /// The longest segment in bytes: file systems allow 255, and a report adds `.html`.
    public static let maximumSegmentBytes = 200

    /// The file name of every page: a folder of that name would clash with it.
    static let pageFile = "index.html"

    /// The segment by the scalar rules (`/` becomes `-`), `.` and `..` left as they are.
    private static func cleanedScalars<S: StringProtocol>(_ part: S) -> String {
        guard needsCleaning(part.utf8) else { return String(part) }
        var result = String.UnicodeScalarView()
        for scalar in part.unicodeScalars {
            switch scalar {
            case "#", "?", "%", "\\", "\"":
                continue
            case " ", "\t", "\u{3000}", "\u{00A0}", "/":
                result.append("-")
            default:
                if scalar.value < 0x20 || scalar.value == 0x7F || (0x80..<0xA0).contains(scalar.value) { continue }
                result.append(scalar)
            }
        }
        return String(result)
    }

    /// Whether `cleanSegment` could change anything: spaces, `/` and controls, the five removed
    /// characters, a lead byte of U+0080–U+00BF (C1 controls, no-break space) or U+3000.
    private static func needsCleaning<Bytes: Collection<UInt8>>(_ utf8: Bytes) -> Bool {
        var before = (UInt8(0), UInt8(0))
        for byte in utf8 {
            switch byte {
            case 0..<0x21, 0x7F, 0xC2, UInt8(ascii: "/"), UInt8(ascii: "#"), UInt8(ascii: "?"), UInt8(ascii: "%"), UInt8(ascii: "\\"),
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
