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
    public var allPaths: Set<String>
    /// Paths inside `Content/` that are symlinks resolving outside it: never read or copied.
    public var linksOutside: Set<String>
    /// Paths inside `Content/` that are FIFOs, sockets or devices: never opened, only named.
    public var specialFiles: Set<String> = []

    public init(
        displayPrefix: String = "Content/", files: [File], allPaths: Set<String>? = nil, linksOutside: Set<String> = []
    ) {
        self.displayPrefix = displayPrefix
        self.files = files
        self.allPaths = allPaths ?? Set(files.map(\.path))
        self.linksOutside = linksOutside
    }

    /// Whether huibao reads this path's bytes (YAML, Markdown, CSV and .xlsx files in their folders).
    public static func isParsed(_ path: String) -> Bool {
        if path == "project.yml" || path == "indicators.yml" || path == "scoring.yml" { return true }
        if path.hasPrefix("scoring/") || path.hasPrefix("scores/") { return path.hasSuffix(".yml") }
        if path.hasPrefix("activities/") || path.hasPrefix("articles/") || path.hasPrefix("months/") {
            return path.hasSuffix(".md")
        }
        if path.hasPrefix("ledgers/") {
            // Not Excel's and WPS's lock files (`~$unions.xlsx`), which are no workbooks.
            return path.hasSuffix(".csv") || (path.hasSuffix(".xlsx") && !path.contains("/~$"))
        }
        if path.hasPrefix("submitted/") { return path.hasSuffix(".json") }
        return false
    }
}
