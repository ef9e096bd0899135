/// The path of a page (or file) in the output site, as segments from the site root.
///
/// Pages are folders with an `index.html`; `url` is the spec's form for `progress.json`
/// (`/activities/2025-06/宣讲/`), and `link(from:)` the relative, percent-encoded href used
/// in HTML (`../../activities/2025-06/%E5%AE%A3%E8%AE%B2/index.html`).
public struct SitePath: Hashable, Sendable, Comparable {
    public var segments: [String]
    /// True for a page folder (links end in `index.html`), false for a file.
    public var isPage: Bool

    public init(_ segments: [String], isPage: Bool = true) {
        self.segments = segments
        self.isPage = isPage
    }

    /// A page path from a slash-separated string (`activities/2025-06/宣讲`).
    public init(page: String) {
        self.init(page.split(separator: "/").map(String.init))
    }

    /// `SitePath(page: "\(section)/\(slug)").url` without building the path: a slug with no
    /// empty segment needs no splitting, and progress.json asks this once per piece of evidence.
    public static func pageURL(section: String, slug: String) -> String {
        guard isPlain(slug) else { return SitePath(page: section + "/" + slug).url }
        return "/" + section + "/" + slug + "/"
    }

    /// `SitePath(page: "\(section)/\(slug)").outputFile`, the same way.
    public static func pageOutputFile(section: String, slug: String) -> String {
        guard isPlain(slug) else { return SitePath(page: section + "/" + slug).outputFile }
        return section + "/" + slug + "/index.html"
    }

    /// True when `slug` splits on "/" into non-empty segments only (no leading, trailing or
    /// doubled slash).
    public static func isPlain(_ slug: String) -> Bool {
        slug.withUTF8Bytes { bytes in
            let slash = UInt8(ascii: "/")
            var previousWasSlash = true
            for byte in bytes {
                if byte == slash && previousWasSlash { return false }
                previousWasSlash = byte == slash
            }
            return !previousWasSlash
        }
    }

    /// A file path from a slash-separated string (`data/progress.json`).
    public init(file: String) {
        self.init(file.split(separator: "/").map(String.init), isPage: false)
    }

    public static let root = SitePath([])

    public func appending(_ more: [String]) -> SitePath { SitePath(segments + more, isPage: isPage) }

    /// The path from the site root, not encoded: `/activities/2025-06/宣讲/` or `/data/progress.json`.
    public var url: String {
        if segments.isEmpty { return "/" }
        return "/" + segments.joined(separator: "/") + (isPage ? "/" : "")
    }

    /// The file this path is written to, relative to the output folder.
    public var outputFile: String {
        isPage ? (segments + ["index.html"]).joined(separator: "/") : segments.joined(separator: "/")
    }

    /// How many folders deep the page's `index.html` (or the file) sits.
    public var depth: Int { isPage ? segments.count : segments.count - 1 }

    /// The relative, percent-encoded link to this path from the page (or file) at `origin`.
    /// The relative link from this page up to the site's root (`../../`), "" at the root.
    public var upLink: String { String(repeating: "../", count: depth) }

    public func link(from origin: SitePath) -> String {
        let up = origin.upLink
        let encoded = segments.map(SitePath.percentEncode).joined(separator: "/")
        if isPage {
            return up + (segments.isEmpty ? "" : encoded + "/") + "index.html"
        }
        return up + encoded
    }

    /// Percent-encodes a path segment as UTF-8, keeping only unreserved ASCII characters.
    public static func percentEncode(_ segment: String) -> String { percentEncode(segment, keepingSlashes: false) }

    /// The same, keeping `/` when `keepingSlashes`: a whole path encoded as its segments
    /// would be, joined.
    public static func percentEncode(_ segment: String, keepingSlashes: Bool) -> String {
        let slash = keepingSlashes ? UInt8(ascii: "/") : 0
        if segment.utf8.allSatisfy({ isUnreserved($0) || $0 == slash }) { return segment }
        var result: [UInt8] = []
        result.reserveCapacity(segment.utf8.count * 3)
        for byte in segment.utf8 {
            if isUnreserved(byte) || byte == slash {
                result.append(byte)
            } else {
                result.append(UInt8(ascii: "%"))
                result.append(hexDigit(byte >> 4))
                result.append(hexDigit(byte & 0xF))
            }
        }
        return String(decoding: result, as: UTF8.self)
    }

    /// `percentEncode(text, keepingSlashes:)` appended to `out` as bytes (no string made).
    public static func appendPercentEncoded(_ text: String, keepingSlashes: Bool, to out: inout [UInt8]) {
        text.withUTF8Bytes { bytes in
            // Encoded on the stack, then appended in one copy (a byte at a time cost more).
            withUnsafeTemporaryAllocation(of: UInt8.self, capacity: max(1, bytes.count * 3)) { buffer in
                let count = percentEncode(bytes, keepingSlashes: keepingSlashes, into: buffer[...])
                out.append(contentsOf: UnsafeBufferPointer(rebasing: buffer[..<count]))
            }
        }
    }

    /// The same into `out` (room for 3 bytes per byte of `bytes`); the number of bytes written.
    static func percentEncode(
        _ bytes: UnsafeBufferPointer<UInt8>, keepingSlashes: Bool, into out: Slice<UnsafeMutableBufferPointer<UInt8>>
    ) -> Int {
        let slash = keepingSlashes ? UInt8(ascii: "/") : 0
        var index = out.startIndex
        for byte in bytes {
            if isUnreserved(byte) || byte == slash {
                out.base[index] = byte
                index += 1
            } else {
                out.base[index] = UInt8(ascii: "%")
                out.base[index + 1] = hexDigit(byte >> 4)
                out.base[index + 2] = hexDigit(byte & 0xF)
                index += 3
            }
        }
        return index - out.startIndex
    }

    /// The upper-case hex digit of a value 0–15 (no table made per call).
    private static func hexDigit(_ value: UInt8) -> UInt8 {
        value < 10 ? UInt8(ascii: "0") + value : UInt8(ascii: "A") + value - 10
    }

    private static func isUnreserved(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "a")...UInt8(ascii: "z"),
            UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "_"),
            UInt8(ascii: "~"):
            return true
        default:
            return false
        }
    }

    public static func < (a: SitePath, b: SitePath) -> Bool {
        a.segments.lexicographicallyPrecedes(b.segments)
    }
}
