import HuibaoModel

/// Write-ups parsed by an earlier run of `ContentParser.parse(_:cache:)`, by path, with the
/// bytes they were parsed from: the preview re-parses only the files whose bytes changed.
/// Everything is dropped when what a write-up is read against changes (project.yml,
/// indicators.yml, or the set of files in `Content/`).
public struct ParseCache: Sendable {
    struct Entry: Sendable {
        var bytes: [UInt8]
        var activity: Activity?
        var article: Article?
        /// What reading the file reported, before excerpts are attached.
        var diagnostics: [Diagnostic]
    }

    struct Context: Sendable, Equatable {
        var project: [UInt8]?
        var indicators: [UInt8]?
        var allPaths: ContentPaths
        var linksOutside: Set<String>
    }

    /// The last full result, for ``ContentParser/parse(_:cache:changedWriteUps:)``: kept only
    /// when it had content and no write-up or article reported anything.
    struct Last: Sendable {
        var context: Context
        var result: ContentParser.Result
        var fileCount: Int
    }

    var context: Context?
    var last: Last?
    var entries: [String: Entry] = [:]
    /// How many write-ups the last run parsed (the rest came from the cache).
    public private(set) var parsedCount = 0
    /// Whether the last run only put changed write-ups in place of the old ones.
    public internal(set) var replacedOnly = false

    /// Whether parsed write-ups are kept for the next run (a one-off build keeps none).
    private var keepsEntries = true

    public init() {}

    /// A cache that keeps nothing: what `ContentParser.parse(_:)` uses for a build.
    static func oneOff() -> ParseCache {
        var cache = ParseCache()
        cache.keepsEntries = false
        return cache
    }

    /// Keeps the entries when `context` is the one they were parsed against.
    mutating func begin(_ context: Context) {
        if self.context != context {
            entries = [:]
            self.context = context
        }
        parsedCount = 0
        replacedOnly = false
    }

    /// The entry for `path` when it was parsed from these bytes (an O(1) check when the
    /// caller kept the same array).
    func entry(_ path: String, bytes: [UInt8]) -> Entry? {
        guard let entry = entries[path], entry.bytes == bytes else { return nil }
        return entry
    }

    mutating func store(_ path: String, _ entry: Entry) {
        if keepsEntries { entries[path] = entry }
        parsedCount += 1
    }
}
