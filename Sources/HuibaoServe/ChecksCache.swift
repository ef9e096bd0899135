import HuibaoContent
import HuibaoModel

/// `ContentChecks` for the preview: a write-up's personal-data warnings depend only on its
/// bytes and whether it is internal, so they are kept per write-up and only write-ups parsed
/// again (``Activity/isSameParse(as:)`` is false: the parse cache re-read their bytes) are
/// scanned again. Articles and ledgers (few) are checked every time, and so are staff names
/// (they depend on the roster too).
struct ChecksCache: Sendable {
    struct Entry: Sendable {
        var activity: Activity
        var diagnostics: [Diagnostic]
    }

    private var entries: [String: Entry] = [:]

    mutating func run(_ content: SiteContent, snapshot: ContentSnapshot, asOf: Day) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        var changed: [Activity] = []
        var kept: [String: Entry] = [:]
        kept.reserveCapacity(content.activities.count)
        for activity in content.activities {
            if let entry = entries[activity.file], entry.activity.isSameParse(as: activity) {
                diagnostics += entry.diagnostics
                kept[activity.file] = entry
            } else {
                changed.append(activity)
            }
        }
        var partial = content
        partial.activities = changed
        // The checks read only these files: the write-ups to scan and everything that is not a write-up.
        let prefixLength = snapshot.displayPrefix.count
        let changedPaths = Set(changed.map { String($0.file.dropFirst(prefixLength)) })
        var files = snapshot
        files.files = snapshot.files.filter { !$0.path.hasPrefix("activities/") || changedPaths.contains($0.path) }
        let fresh = ContentChecks.run(partial, snapshot: files, asOf: asOf, staffNames: false)
        var byFile: [String: [Diagnostic]] = [:]
        // A submitted month's warnings depend on every file, not on the write-up they sit at.
        for diagnostic in fresh where diagnostic.code != "month.changed-after-submission" {
            byFile[diagnostic.position.file, default: []].append(diagnostic)
        }
        for activity in changed {
            kept[activity.file] = Entry(activity: activity, diagnostics: byFile[activity.file] ?? [])
        }
        entries = kept
        // Staff names depend on the roster as well as the write-up: checked every time (cheap).
        return diagnostics + fresh + ContentChecks.staffNames(content, snapshot: snapshot)
    }
}
