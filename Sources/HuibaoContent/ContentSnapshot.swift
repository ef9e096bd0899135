/// The files of a `Content/` folder as read from disk: the text files huibao parses, with
/// their bytes, and the paths of every regular file (for image checks). A plain value, so
/// parsing is a pure function of it.
public struct ContentSnapshot: Sendable {
    /// One file's bytes and its path relative to `Content/` (`activities/2025-06/宣讲.md`).
    public struct File: Sendable {
        public var path: String
        public var bytes: [UInt8]

        public init(path: String, bytes: [UInt8]) {
            self.path = path
            self.bytes = bytes
        }
    }

    /// How diagnostics name a file: this prefix plus its path (`Content/`).
    public var displayPrefix: String
    public var files: [File]
    /// Every regular file inside `Content/` (symlinks resolved and kept only when inside).
    public var allPaths: ContentPaths
    /// Paths inside `Content/` that are symlinks resolving outside it: never read or copied.
    public var linksOutside: Set<String>
    /// Paths inside `Content/` that are FIFOs, sockets or devices: never opened, only named.
    public var specialFiles: Set<String> = []

    public init(
        displayPrefix: String = "Content/", files: [File], allPaths: ContentPaths? = nil, linksOutside: Set<String> = []
    ) {
        self.displayPrefix = displayPrefix
        self.files = files
        self.allPaths = allPaths ?? ContentPaths(files.map(\.path))
        self.linksOutside = linksOutside
    }

    /// Whether huibao reads this path's bytes (YAML, Markdown, CSV and .xlsx files in their folders).
    public static func isParsed(_ path: String) -> Bool {
        // Compared as bytes: `hasPrefix` and `hasSuffix` compare Characters, slow on the
        // Chinese names of thousands of scans (the same answer for NFC paths and ASCII affixes).
        let bytes = path.utf8
        func starts(_ prefix: StaticString) -> Bool {
            bytes.starts(with: UnsafeBufferPointer(start: prefix.utf8Start, count: prefix.utf8CodeUnitCount))
        }
        func ends(_ suffix: StaticString) -> Bool {
            bytes.count >= suffix.utf8CodeUnitCount
                && bytes.suffix(suffix.utf8CodeUnitCount).elementsEqual(
                    UnsafeBufferPointer(start: suffix.utf8Start, count: suffix.utf8CodeUnitCount))
        }
        // Every parsed name ends in .yml, .md, .csv, .xlsx or .json: the scans and photos that
        // make most of a big Content/ are answered by their last byte.
        switch bytes.last {
        case UInt8(ascii: "l"), UInt8(ascii: "d"), UInt8(ascii: "v"), UInt8(ascii: "x"), UInt8(ascii: "n"): break
        default: return false
        }
        if path == "project.yml" || path == "indicators.yml" || path == "scoring.yml" { return true }
        if starts("scoring/") || starts("scores/") { return ends(".yml") }
        if starts("activities/") || starts("articles/") || starts("months/") { return ends(".md") }
        if starts("ledgers/") {
            // Not Excel's and WPS's lock files (`~$unions.xlsx`), which are no workbooks.
            return ends(".csv") || (ends(".xlsx") && !path.contains("/~$"))
        }
        if starts("submitted/") { return ends(".json") }
        return false
    }
}
