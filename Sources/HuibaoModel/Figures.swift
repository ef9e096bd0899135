/// Every figure of the site at one as-of date: indicators with their evidence, and payments.
public struct Figures: Sendable, Equatable {
    public var asOf: Day
    public var elapsed: ElapsedShare
    public var indicators: [IndicatorFigure]
    public var payments: [PaymentFigure]
    /// Staffing against the contract's floor, when project.yml names a roster and a minimum.
    public var staffing: StaffingFigures?
    /// Spending against the budget rule, when project.yml names an expense ledger and a share.
    public var budget: BudgetFigures?

    public init(
        asOf: Day, elapsed: ElapsedShare, indicators: [IndicatorFigure], payments: [PaymentFigure],
        staffing: StaffingFigures? = nil, budget: BudgetFigures? = nil
    ) {
        self.staffing = staffing
        self.budget = budget
        self.asOf = asOf
        self.elapsed = elapsed
        self.indicators = indicators
        self.payments = payments
    }

    public func figure(for indicatorID: String) -> IndicatorFigure? {
        indicators.first { $0.indicator.id == indicatorID }
    }
}

/// One indicator's figures at the as-of date.
public struct IndicatorFigure: Sendable, Equatable {
    public var indicator: Indicator
    /// The sum of the evidence counts.
    public var value: Quantity
    /// E, the whole units expected by now; nil for a qualitative indicator.
    public var expected: Int?
    /// value / target ("51.4%"); nil for a qualitative indicator.
    public var percentText: String?
    public var status: IndicatorStatus
    public var evidence: [Evidence]

    public init(
        indicator: Indicator, value: Quantity, expected: Int?, percentText: String?,
        status: IndicatorStatus, evidence: [Evidence]
    ) {
        self.indicator = indicator
        self.value = value
        self.expected = expected
        self.percentText = percentText
        self.status = status
        self.evidence = evidence
    }
}

/// One installment's status at the as-of date.
public struct PaymentFigure: Sendable, Equatable {
    public var installment: Installment
    public var status: PaymentStatus
    /// The payment date when it is on or before the as-of date.
    public var paidOn: Day?
    /// The amount paid when it is on or before the as-of date.
    public var paidAmount: Money?
    /// paid − due when a payment differs from the amount.
    public var difference: Money?

    public init(installment: Installment, status: PaymentStatus, paidOn: Day?, paidAmount: Money?, difference: Money?) {
        self.installment = installment
        self.status = status
        self.paidOn = paidOn
        self.paidAmount = paidAmount
        self.difference = difference
    }
}
