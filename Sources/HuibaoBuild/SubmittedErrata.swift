import HuibaoContent
import HuibaoModel

/// Fills in the 勘误 of the submitted months after parsing: each newest record compared with
/// its month recomputed at the record's as-of date, the units digested from the snapshot.
public enum SubmittedErrata {
    /// The SHA-256 of a unit: a file's bytes as read, a ledger row's cells as a JSON array of
    /// strings (so no two rows' cells run together).
    public static func digest(_ snapshot: ContentSnapshot) -> (MonthUnit) -> String {
        let prefix = snapshot.displayPrefix
        var bytesByPath: [String: [UInt8]]?
        return { unit in
            switch unit {
            case .file(let file):
                if bytesByPath == nil {
                    bytesByPath = Dictionary(
                        snapshot.files.map { ($0.path, $0.bytes) }, uniquingKeysWith: { a, _ in a })
                }
                let path = file.hasPrefix(prefix) ? String(file.dropFirst(prefix.count)) : file
                return SHA256Digest.hex(of: bytesByPath?[path] ?? [])
            case .cells(let cells):
                return SHA256Digest.hex(of: JSONValue.array(cells.map(JSONValue.string)).serializedBytes(depth: 0))
            }
        }
    }

    /// The parse result with `submitted.errata` filled in. Only content without errors is
    /// recomputed: a file that did not parse is missing from the partial content, and its
    /// figures would show as changed when they are not.
    static func attach(to result: ContentParser.Result, snapshot: ContentSnapshot) -> ContentParser.Result {
        guard let content = result.content, !content.submitted.records.isEmpty else { return result }
        let errata = compute(content, snapshot: snapshot)
        var result = result
        result.partial?.submitted.errata = errata
        result.content?.submitted.errata = errata
        return result
    }

    /// Every submitted month whose figures changed, by month.
    public static func compute(_ content: SiteContent, snapshot: ContentSnapshot) -> [Month: MonthErrata] {
        let digest = digest(snapshot)
        // One set of figures serves every month recorded at its last day (the usual record).
        let latest = content.submitted.records.values.map(\.record.asOf).max()
        let shared = latest.map { MonthRecord.teamFigures(content, asOf: $0) }
        var errata: [Month: MonthErrata] = [:]
        for (month, stored) in content.submitted.records {
            errata[month] = MonthErrata.compute(
                content, record: stored.record, recordFile: stored.file, digest: digest, sharing: shared)
        }
        return errata
    }
}
