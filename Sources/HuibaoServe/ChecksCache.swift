import HuibaoContent
import HuibaoModel

/// `ContentChecks` for the preview: a write-up's personal-data warnings depend only on its
/// bytes and whether it is internal, so they are kept per file and only changed write-ups
/// are scanned again. Articles and ledgers (few) are checked every time.
struct ChecksCache: Sendable {
    struct Entry: Sendable {
        var bytes: [UInt8]
        var isInternal: Bool
        var diagnostics: [Diagnostic]
    }

    private var entries: [String: Entry] = [:]

    mutating func run(_ content: SiteContent, snapshot: ContentSnapshot, asOf: Day) -> [Diagnostic] {
        let prefix = snapshot.displayPrefix
        let bytes = Dictionary(snapshot.files.map { (prefix + $0.path, $0.bytes) }, uniquingKeysWith: { a, _ in a })
        var diagnostics: [Diagnostic] = []
        var changed: [Activity] = []
        var kept: [String: Entry] = [:]
        for activity in content.activities {
            let current = bytes[activity.file] ?? []
            if let entry = entries[activity.file], entry.isInternal == activity.isInternal, entry.bytes == current {
                diagnostics += entry.diagnostics
                kept[activity.file] = entry
            } else {
                changed.append(activity)
            }
        }
        var partial = content
        partial.activities = changed
        let fresh = ContentChecks.run(partial, snapshot: snapshot, asOf: asOf)
        var byFile: [String: [Diagnostic]] = [:]
        for diagnostic in fresh { byFile[diagnostic.position.file, default: []].append(diagnostic) }
        for activity in changed {
            kept[activity.file] = Entry(
                bytes: bytes[activity.file] ?? [], isInternal: activity.isInternal,
                diagnostics: byFile[activity.file] ?? [])
        }
        entries = kept
        return diagnostics + fresh
    }
}
