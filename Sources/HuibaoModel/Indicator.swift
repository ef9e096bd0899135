/// A service category (服务类别) of the indicator attachment, with its indicators in order.
public struct IndicatorCategory: Sendable, Equatable {
    public var name: String
    public var indicators: [Indicator]

    public init(name: String, indicators: [Indicator]) {
        self.name = name
        self.indicators = indicators
    }
}

/// One service indicator (服务指标): quantitative when it has a target, qualitative otherwise.
public struct Indicator: Sendable, Equatable {
    public var id: String
    public var name: String
    public var category: String
    public var unit: String
    public var standard: String
    public var target: Int?
    public var midtermTarget: Int?
    public var source: IndicatorSource

    public init(
        id: String, name: String, category: String, unit: String = "", standard: String = "",
        target: Int? = nil, midtermTarget: Int? = nil, source: IndicatorSource = .activities
    ) {
        self.id = id
        self.name = name
        self.category = category
        self.unit = unit
        self.standard = standard
        self.target = target
        self.midtermTarget = midtermTarget
        self.source = source
    }

    public var isQuantitative: Bool { target != nil }
}

/// Where an indicator's value comes from, in the spec's order of precedence.
public enum IndicatorSource: Sendable, Equatable {
    /// The `counts` of activity write-ups.
    case activities
    /// Articles submitted to an outlet, each counted once.
    case articlesSubmitted
    /// Rows of a ledger, filtered and placed in time by a date column.
    case ledger(LedgerQuery)
}

/// `from: {ledger, count: rows | sum: COLUMN, where, date}` of an indicator.
public struct LedgerQuery: Sendable, Equatable {
    /// What a matching row contributes.
    public enum Measure: Sendable, Equatable {
        case rows
        case sum(column: String)
    }

    public var ledger: String
    public var measure: Measure
    /// Column → required value, compared on trimmed text with yes/no synonyms.
    public var conditions: [LedgerCondition]
    public var dateColumn: String
    /// Where the query is written in indicators.yml, for diagnostics about the ledger.
    public var declaredAt: SourcePosition?
    /// `evidence` (佐证列): columns whose header is a kind and whose cells list files.
    public var materialColumns: [String] = []

    public init(
        ledger: String, measure: Measure, conditions: [LedgerCondition] = [], dateColumn: String,
        declaredAt: SourcePosition? = nil
    ) {
        self.ledger = ledger
        self.measure = measure
        self.conditions = conditions
        self.dateColumn = dateColumn
        self.declaredAt = declaredAt
    }
}

/// One `where` entry of a ledger query.
public struct LedgerCondition: Sendable, Equatable {
    public var column: String
    public var value: String

    public init(column: String, value: String) {
        self.column = column
        self.value = value
    }
}
