/// Everything loaded from `Content/`, validated, before any date or audience is applied.
public struct SiteContent: Sendable, Equatable {
    public var project: Project
    public var categories: [IndicatorCategory]
    public var activities: [Activity]
    public var articles: [Article]
    /// The rows each ledger-based indicator matched, by indicator id, in ledger order.
    public var ledgerEntries: [String: [LedgerEntry]]
    /// Ledgers that indicators read, by name.
    public var ledgers: [String: Ledger]
    /// The staff roster named by `staffing.ledger`, when there is one.
    public var roster: [StaffMember]?
    /// The expense ledger named by `budget.ledger`, when there is one.
    public var expenses: [Expense]?
    /// The scoring schemes and self-scores (scoring.yml, scores/<id>.yml); empty without them.
    public var scoring = ScoringSetup()
    /// The month notes (月度小结, `months/YYYY-MM.md`) of months in the service period.
    public var monthNotes: [Month: MonthNote] = [:]
    /// The months handed in (`Content/submitted/`) and their 勘误.
    public var submitted = SubmittedMonths()

    public init(
        project: Project, categories: [IndicatorCategory], activities: [Activity] = [],
        articles: [Article] = [], ledgerEntries: [String: [LedgerEntry]] = [:], ledgers: [String: Ledger] = [:],
        roster: [StaffMember]? = nil, expenses: [Expense]? = nil
    ) {
        self.roster = roster
        self.expenses = expenses
        self.project = project
        self.categories = categories
        self.activities = activities
        self.articles = articles
        self.ledgerEntries = ledgerEntries
        self.ledgers = ledgers
    }

    /// Every indicator in attachment order.
    public var indicators: [Indicator] { categories.flatMap(\.indicators) }
}

/// Who a build is for, which decides what appears (the spec's "Audiences").
public enum Audience: Sendable, Equatable {
    /// The team's site; drafts appear (marked 草稿) only when asked for.
    case team(drafts: Bool)
    /// Readers outside the two parties.
    case publicReaders
    /// An evaluator report: the public rules plus staff names.
    case evaluator

    public var showsDrafts: Bool {
        if case .team(let drafts) = self { return drafts }
        return false
    }

    /// Whether internal write-ups show their text (only on the team's site).
    public var showsInternalText: Bool {
        if case .team = self { return true }
        return false
    }
}
