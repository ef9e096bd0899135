/// A month's figures as handed in (`Content/submitted/YYYY-MM.json`, written by
/// `huibao month --submit`): each indicator's figures at the record's as-of date and a digest
/// of every unit that counted in the month. huibao never edits one.
public struct MonthRecord: Sendable, Equatable {
    /// One indicator's figures as handed in.
    public struct Figure: Sendable, Equatable {
        public var id: String
        public var name: String
        /// 本月新增.
        public var increment: Quantity
        /// 累计 at the record's as-of date.
        public var cumulative: Quantity
        /// 应完成; nil for a qualitative indicator.
        public var expected: Int?
        public var status: IndicatorStatus

        public init(
            id: String, name: String, increment: Quantity, cumulative: Quantity, expected: Int?,
            status: IndicatorStatus
        ) {
            self.id = id
            self.name = name
            self.increment = increment
            self.cumulative = cumulative
            self.expected = expected
            self.status = status
        }

        /// Whether the figures handed in differ (the name may change without an erratum).
        public func differs(from other: Figure) -> Bool {
            increment != other.increment || cumulative != other.cumulative || expected != other.expected
                || status != other.status
        }
    }

    /// One ledger row that counted in the month: its file, line and the digest of its cells.
    public struct Row: Sendable, Equatable, Hashable {
        public var file: String
        public var line: Int
        public var sha256: String

        public init(file: String, line: Int, sha256: String) {
            self.file = file
            self.line = line
            self.sha256 = sha256
        }
    }

    public var month: Month
    /// The date the figures are at: the as-of date given, at most the month's last day.
    public var asOf: Day
    /// The indicators in attachment order.
    public var indicators: [Figure]
    /// Each write-up or article file that counted (`Content/activities/…md`) → its SHA-256.
    public var files: [String: String]
    /// Each ledger row that counted, by file and line.
    public var rows: [Row]

    public init(month: Month, asOf: Day, indicators: [Figure], files: [String: String], rows: [Row]) {
        self.month = month
        self.asOf = asOf
        self.indicators = indicators
        self.files = files
        self.rows = rows
    }

    /// `2025-10.json`: the name of a month's current record.
    public static func fileName(_ month: Month) -> String { month.isoText + ".json" }

    /// `2025-10.v2.json`: the name an earlier record keeps after `--resubmit`.
    public static func versionName(_ month: Month, version: Int) -> String {
        month.isoText + ".v\(version).json"
    }
}

/// What a record digests, as the edges hand it to a digest function: a file's path or a
/// ledger row's cells.
public enum MonthUnit: Sendable, Equatable {
    /// A write-up or article (`Content/activities/…md`, the path as diagnostics name it).
    case file(String)
    /// The cells of one ledger row.
    case cells([String])
}
