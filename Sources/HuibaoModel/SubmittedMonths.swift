/// The months handed in (`Content/submitted/`): each month's newest record, and its 勘误
/// when a figure recomputed at the record's as-of date differs from it.
public struct SubmittedMonths: Sendable, Equatable {
    /// A record and its file as diagnostics name it (`Content/submitted/2025-10.json`).
    public struct Stored: Sendable, Equatable {
        public var file: String
        public var record: MonthRecord

        public init(file: String, record: MonthRecord) {
            self.file = file
            self.record = record
        }
    }

    /// The newest record of each month (`YYYY-MM.json`; earlier versions are kept, not read).
    public var records: [Month: Stored]
    /// Filled in after parsing, where the files can be digested (`SubmittedErrata`).
    public var errata: [Month: MonthErrata]

    public init(records: [Month: Stored] = [:], errata: [Month: MonthErrata] = [:]) {
        self.records = records
        self.errata = errata
    }

    /// The 勘误 of every month before `month` (for a later month report), oldest first.
    public func errata(before month: Month) -> [MonthErrata] {
        errata.values.filter { $0.month < month }.sorted { $0.month < $1.month }
    }
}
