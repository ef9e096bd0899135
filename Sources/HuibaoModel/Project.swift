/// The contract as `project.yml` states it: parties, service period, fee, evaluations and installments.
public struct Project: Sendable, Equatable {
    public var name: String
    public var client: String
    public var provider: String
    public var signed: Day?
    public var period: ServicePeriod
    public var amount: Money
    /// Raw HTML in write-ups passes through only when true.
    public var unsafeHTML: Bool
    /// An article's body over this 字数 is a review warning.
    public var articleMaxChars: Int
    public var staffing: StaffingRule
    public var budget: BudgetRule
    public var evaluations: [Evaluation]
    public var installments: [Installment]
    /// `ledger_titles` (台账名称): ledger name → the title people use (`unions: 工会组建台账`).
    public var ledgerTitles: [String: String] = [:]
    /// `public_phones` (公开电话): numbers never masked nor warned about.
    public var publicPhones = PublicPhones.none
    /// `evidence_required` (佐证要求): the kinds each scope's write-ups need, in the order written.
    public var materialRequirements: [MaterialRequirement] = []

    public init(
        name: String, client: String, provider: String, signed: Day? = nil, period: ServicePeriod,
        amount: Money, unsafeHTML: Bool = false, articleMaxChars: Int = 3000,
        staffing: StaffingRule = StaffingRule(), budget: BudgetRule = BudgetRule(),
        evaluations: [Evaluation] = [], installments: [Installment] = []
    ) {
        self.name = name
        self.client = client
        self.provider = provider
        self.signed = signed
        self.period = period
        self.amount = amount
        self.unsafeHTML = unsafeHTML
        self.articleMaxChars = articleMaxChars
        self.staffing = staffing
        self.budget = budget
        self.evaluations = evaluations
        self.installments = installments
    }

    /// The title a ledger is shown with: its 台账名称, else its file name without extension.
    public func ledgerTitle(_ name: String) -> String { ledgerTitles[name] ?? name }

    /// The evaluation of kind `midterm`, if any (at most one is allowed).
    public var midtermEvaluation: Evaluation? {
        evaluations.first { $0.kind == .midterm }
    }

    public func evaluation(id: String) -> Evaluation? {
        evaluations.first { $0.id == id }
    }
}

/// The service period, both days included in the contract's wording; `end` is after `start`.
public struct ServicePeriod: Sendable, Equatable {
    public var start: Day
    public var end: Day

    public init(start: Day, end: Day) {
        self.start = start
        self.end = end
    }

    /// Whether a day lies within the period (both ends included).
    public func contains(_ day: Day) -> Bool { start <= day && day <= end }

    /// Length in days (`end − start`).
    public var days: Int { end - start }
}

/// The staffing floor of the contract (`staffing` / `人员配备`).
public struct StaffingRule: Sendable, Equatable {
    public var minimum: Int?
    public var ledger: String?
    public var replacementDays: Int

    public init(minimum: Int? = nil, ledger: String? = nil, replacementDays: Int = 7) {
        self.minimum = minimum
        self.ledger = ledger
        self.replacementDays = replacementDays
    }
}

/// The budget rule of the contract (`budget` / `经费结构`).
public struct BudgetRule: Sendable, Equatable {
    public var staffShareMin: Percent?
    public var ledger: String?
    public var staffItems: [String]

    public init(staffShareMin: Percent? = nil, ledger: String? = nil, staffItems: [String] = []) {
        self.staffShareMin = staffShareMin
        self.ledger = ledger
        self.staffItems = staffItems
    }
}
