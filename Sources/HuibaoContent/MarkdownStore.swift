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
    /// quotes the lines), or when it is not a write-up that parsed (articles); else only its
    /// front matter (at least the first line), where the checks' warnings about a clean
    /// write-up point: `evidence.missing` at the title, the staff-name warnings at their
    /// entries, a number in its address or an image's name, a total over the limit and a
    /// duplicate address at line 1. A check that points into a clean write-up's body needs
    /// the whole file kept. `ContentChecksReleasingTests` compares the checks on what is kept
    /// with the checks on the whole files.
    func keep(_ path: String, bytes: [UInt8], hasDiagnostics: Bool, activity: Activity?) {
        guard let slot = slotByPath[path] else { return }
        guard !hasDiagnostics, let activity, !PersonalData.mayContainMatch(fileBytes: bytes) else {
            slots[slot] = bytes
            return
        }
        let title = Self.endOfLine(max(1, activity.titlePosition?.line ?? 1), in: bytes)
        slots[slot] = Array(bytes[..<max(title, Self.endOfFrontMatter(in: bytes))])
    }

    /// The offset just past the front matter's closing `---` (or `...`) line, as
    /// `FrontMatter.split` finds it on the decoded text (a first line `---`, trailing spaces
    /// and tabs allowed, a UTF-8 byte-order mark skipped); just past line 1 when there is
    /// none or it is never closed.
    static func endOfFrontMatter(in bytes: [UInt8]) -> Int {
        func isDelimiter(_ line: ArraySlice<UInt8>, allowDots: Bool) -> Bool {
            var line = line
            while let last = line.last, last == 0x20 || last == 0x09 { line = line.dropLast() }
            return line.elementsEqual("---".utf8) || (allowDots && line.elementsEqual("...".utf8))
        }
        let start = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        var lineStart = start
        var index = start
        var isFirst = true
        while lineStart < bytes.count {
            // The line's content and where the next one starts (the last line may have no end).
            while index < bytes.count, bytes[index] != 0x0A, bytes[index] != 0x0D { index += 1 }
            let content = bytes[lineStart..<index]
            if index < bytes.count {
                index += bytes[index] == 0x0D && index + 1 < bytes.count && bytes[index + 1] == 0x0A ? 2 : 1
            }
            if isFirst {
                guard isDelimiter(content, allowDots: false) else { return index }
                isFirst = false
            } else if isDelimiter(content, allowDots: true) {
                return index
            }
            lineStart = index
        }
        return isFirst ? bytes.count : endOfLine(1, in: bytes)
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
