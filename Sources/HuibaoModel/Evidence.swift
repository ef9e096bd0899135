/// One item behind an indicator's figure: a write-up, an article or a ledger row.
public struct Evidence: Sendable, Equatable {
    /// What the evidence is, so a page can link to it.
    public enum Source: Sendable, Equatable {
        case activity(slug: String)
        case article(slug: String)
        case ledgerRow(ledger: String, line: Int)
        /// An internal write-up seen by an outside audience: no page to link to.
        case internalRecord
    }

    public var title: String
    public var date: Day
    public var count: Quantity
    public var source: Source

    public init(title: String, date: Day, count: Quantity, source: Source) {
        self.title = title
        self.date = date
        self.count = count
        self.source = source
    }
}
