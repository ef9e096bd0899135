import HuibaoModel

/// The write-ups' and articles' bytes for one parse that releases them
/// (`ContentParser.parse(releasing:)`): moved out of the snapshot, each taken once by the core
/// that parses it, and replaced there by what may still be quoted afterwards (see
/// ``keep(_:bytes:hasDiagnostics:activity:)``). At 100,000 write-ups the sources are 750 MB,
/// which would otherwise stay alive beside the rendered bodies until the build ends.
final class MarkdownStore: @unchecked Sendable {
    /// One slot per Markdown file; each is read and written by one parse job only (one path
    /// per job), and by the owner before and after the jobs.
    private let slots: UnsafeMutableBufferPointer<[UInt8]>
    private let slotByPath: [String: Int]
    /// The index in `snapshot.files` each slot came from.
    private let fileIndices: [Int]

    /// Moves the bytes of the Markdown files (`activities/`, `articles/`) out of `snapshot`,
    /// leaving empty bytes in their place: `snapshot` must be the only holder of its files
    /// for the bytes to be freed once parsed.
    init(taking snapshot: inout ContentSnapshot) {
        var slotByPath: [String: Int] = [:]
        var fileIndices: [Int] = []
        for (index, file) in snapshot.files.enumerated() where Self.isMarkdown(file.path) {
            // A second file at the same path (names equal once in NFC): the first is parsed.
            guard slotByPath[file.path] == nil else { continue }
            slotByPath[file.path] = fileIndices.count
            fileIndices.append(index)
        }
        slots = .allocate(capacity: fileIndices.count)
        for (slot, index) in fileIndices.enumerated() {
            (slots.baseAddress! + slot).initialize(to: [])
            swap(&slots[slot], &snapshot.files[index].bytes)
        }
        self.slotByPath = slotByPath
        self.fileIndices = fileIndices
    }

    deinit {
        slots.baseAddress?.deinitialize(count: slots.count)
        slots.deallocate()
    }

    static func isMarkdown(_ path: String) -> Bool {
        (path.hasPrefix("activities/") || path.hasPrefix("articles/")) && path.hasSuffix(".md")
    }

    /// The bytes at `path`, taken out of the store (a parse job's one read of its file).
    func take(_ path: String) -> [UInt8]? {
        guard let slot = slotByPath[path] else { return nil }
        var bytes: [UInt8] = []
        swap(&bytes, &slots[slot])
        return bytes
    }

    /// The bytes in the store at `path` (after parsing: what was kept).
    func bytes(_ path: String) -> [UInt8]? {
        slotByPath[path].map { slots[$0] }
    }

    /// Puts back what is still needed of the file just parsed from `bytes`: all of it when
    /// reading it reported anything (every diagnostic is quoted with its line), when the
    /// personal-data pre-scan may find a number in it (`ContentChecks` scans it again and
    /// quotes the lines), or when it is not a write-up that parsed (articles: their review
    /// warnings point anywhere in the front matter); else only the lines up to its `title` and
    /// its `staff` entries (at least the first line), where the remaining diagnostics about a
    /// clean write-up point: `evidence.missing` at the title, the roster checks (`staff.*`) at
    /// each entry, a number in its address or an image's name, a total over the limit and a
    /// duplicate address at line 1. `ContentChecksReleasingTests`
    /// compares the checks on what is kept with the checks on the whole files.
    func keep(_ path: String, bytes: [UInt8], hasDiagnostics: Bool, activity: Activity?) {
        guard let slot = slotByPath[path] else { return }
        guard !hasDiagnostics, let activity, !PersonalData.mayContainMatch(fileBytes: bytes) else {
            slots[slot] = bytes
            return
        }
        let last = max(1, activity.titlePosition?.line ?? 1, activity.staffPositions.map(\.line).max() ?? 1)
        slots[slot] = Array(bytes[..<Self.endOfLine(last, in: bytes)])
    }

    /// The offset just past the end of line `line` (1-based), lines ended as `TextDecoding`
    /// ends them (LF, CRLF or a lone CR); the end of `bytes` when it has fewer lines.
    static func endOfLine(_ line: Int, in bytes: [UInt8]) -> Int {
        var ended = 0
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            index += 1
            if byte == 0x0A || (byte == 0x0D && (index == bytes.count || bytes[index] != 0x0A)) {
                ended += 1
                if ended == line { return index }
            }
        }
        return bytes.count
    }

    /// Moves what was kept back into `snapshot`, where the bytes were taken from.
    func putBack(into snapshot: inout ContentSnapshot) {
        for (slot, index) in fileIndices.enumerated() {
            swap(&slots[slot], &snapshot.files[index].bytes)
        }
    }
}
