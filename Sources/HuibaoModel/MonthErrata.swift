/// A submitted month's 勘误: the figures that differ from its newest record when recomputed
/// at the record's own as-of date, and the write-ups, articles and ledger rows added,
/// changed or removed since it was handed in.
public struct MonthErrata: Sendable, Equatable {
    /// One indicator whose figures differ; nil on a side where the indicator is missing.
    public struct Change: Sendable, Equatable {
        public var name: String
        public var submitted: MonthRecord.Figure?
        public var current: MonthRecord.Figure?

        public init(name: String, submitted: MonthRecord.Figure?, current: MonthRecord.Figure?) {
            self.name = name
            self.submitted = submitted
            self.current = current
        }
    }

    /// A unit that counted in the month on one side only, or with other bytes.
    public struct FileChange: Sendable, Equatable {
        public enum Kind: String, Sendable, Equatable {
            case added = "新增"
            case changed = "修改"
            case removed = "删除"
        }

        public var kind: Kind
        /// The file as diagnostics name it (`Content/activities/…md`, `Content/ledgers/unions.csv`).
        public var file: String
        /// A ledger row's line (the current one, or the recorded one for a removed row).
        public var line: Int?

        public init(kind: Kind, file: String, line: Int? = nil) {
            self.kind = kind
            self.file = file
            self.line = line
        }
    }

    public var month: Month
    /// The record's as-of date, at which the figures were recomputed.
    public var asOf: Day
    /// The record, as diagnostics name it (`Content/submitted/2025-10.json`).
    public var recordFile: String
    public var changes: [Change]
    public var files: [FileChange]

    public init(month: Month, asOf: Day, recordFile: String, changes: [Change], files: [FileChange]) {
        self.month = month
        self.asOf = asOf
        self.recordFile = recordFile
        self.changes = changes
        self.files = files
    }

    /// The 勘误 of `record` against `content` recomputed at the record's as-of date; nil when
    /// every figure is as handed in.
    public static func compute(
        _ content: SiteContent, record: MonthRecord, recordFile: String, digest: (MonthUnit) -> String,
        sharing shared: Figures? = nil
    ) -> MonthErrata? {
        let current =
            MonthRecord.make(content, month: record.month, asOf: record.asOf, digest: digest, sharing: shared)
            ?? MonthRecord(month: record.month, asOf: record.asOf, indicators: [], files: [:], rows: [])
        return compare(record, with: current, recordFile: recordFile)
    }

    /// The differences between a record and the same month recomputed; nil when no figure differs.
    public static func compare(_ record: MonthRecord, with current: MonthRecord, recordFile: String) -> MonthErrata? {
        // In the attachment's current order; indicators since removed from it come last.
        var changes: [Change] = []
        let then = Dictionary(record.indicators.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        let now = Set(current.indicators.map(\.id))
        for figure in current.indicators {
            if let submitted = then[figure.id] {
                if submitted.differs(from: figure) {
                    changes.append(Change(name: figure.name, submitted: submitted, current: figure))
                }
            } else if figure.increment != .zero || figure.cumulative != .zero {
                changes.append(Change(name: figure.name, submitted: nil, current: figure))
            }
        }
        for figure in record.indicators where !now.contains(figure.id) {
            changes.append(Change(name: figure.name, submitted: figure, current: nil))
        }
        guard !changes.isEmpty else { return nil }
        return MonthErrata(
            month: record.month, asOf: record.asOf, recordFile: recordFile, changes: changes,
            files: fileChanges(record, current))
    }

    /// Files added, changed or removed, then ledger rows: a row whose cells are still in the
    /// ledger (at any line) is unchanged; a removed and an added row at one line is a change.
    static func fileChanges(_ record: MonthRecord, _ current: MonthRecord) -> [FileChange] {
        var result: [FileChange] = []
        for (file, digest) in record.files {
            if let now = current.files[file] {
                if now != digest { result.append(FileChange(kind: .changed, file: file)) }
            } else {
                result.append(FileChange(kind: .removed, file: file))
            }
        }
        for file in current.files.keys where record.files[file] == nil {
            result.append(FileChange(kind: .added, file: file))
        }
        let ledgerFiles = Set(record.rows.map(\.file)).union(current.rows.map(\.file))
        for file in ledgerFiles {
            let recorded = record.rows.filter { $0.file == file }
            let now = current.rows.filter { $0.file == file }
            let removed = unmatchedLines(of: recorded, in: now)
            let added = unmatchedLines(of: now, in: recorded)
            let changedLines = Set(removed).intersection(added)
            for line in added {
                result.append(FileChange(kind: changedLines.contains(line) ? .changed : .added, file: file, line: line))
            }
            for line in removed where !changedLines.contains(line) {
                result.append(FileChange(kind: .removed, file: file, line: line))
            }
        }
        return result.sorted {
            $0.file != $1.file ? $0.file.utf8.lexicographicallyPrecedes($1.file.utf8) : ($0.line ?? 0) < ($1.line ?? 0)
        }
    }

    /// The lines of the rows of `rows` whose cells are not in `other` (each row of `other`
    /// matches one row with the same cells, wherever it stands).
    private static func unmatchedLines(of rows: [MonthRecord.Row], in other: [MonthRecord.Row]) -> [Int] {
        var available: [String: Int] = [:]
        for row in other { available[row.sha256, default: 0] += 1 }
        var lines: [Int] = []
        for row in rows {
            if let count = available[row.sha256], count > 0 {
                available[row.sha256] = count - 1
            } else {
                lines.append(row.line)
            }
        }
        return lines
    }
}
