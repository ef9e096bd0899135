extension Figures {
    /// Computes every figure of `content` at `asOf` for `audience`: a pure function of values.
    public static func compute(_ content: SiteContent, asOf: Day, audience: Audience) -> Figures {
        let project = content.project
        let elapsed = ElapsedShare(period: project.period, asOf: asOf)
        let counts = asOfFilter(period: project.period, asOf: asOf)
        let evidenceByIndicator = collectEvidence(content, audience: audience, counts: counts)

        let midtermDay = project.midtermEvaluation.map { $0.date - project.period.start }
        let indicators = content.indicators.map { indicator -> IndicatorFigure in
            let evidence = evidenceByIndicator[indicator.id] ?? []
            let value = evidence.reduce(Quantity.zero) { $0 + $1.count }
            guard let target = indicator.target else {
                return IndicatorFigure(
                    indicator: indicator, value: value, expected: nil, percentText: nil,
                    status: evidence.isEmpty ? .notStarted : .started, evidence: evidence)
            }
            let midterm = indicator.midtermTarget.flatMap { mt in midtermDay.map { (target: mt, day: $0) } }
            let expected = IndicatorProgress.expected(
                target: target, midterm: midterm, elapsedDays: elapsed.elapsedDays, totalDays: elapsed.totalDays)
            return IndicatorFigure(
                indicator: indicator, value: value, expected: expected,
                percentText: IndicatorProgress.percentText(value: value, target: target),
                status: IndicatorProgress.status(value: value, target: target, expected: expected),
                evidence: evidence)
        }

        let payments = project.installments.map { installment -> PaymentFigure in
            let status = PaymentStatus.of(installment, evaluations: project.evaluations, asOf: asOf)
            let paid = status == .paid
            let paidAmount = paid ? (installment.paidAmount ?? installment.amount) : nil
            let difference = paidAmount.flatMap { $0 == installment.amount ? nil : $0 - installment.amount }
            return PaymentFigure(
                installment: installment, status: status, paidOn: paid ? installment.paidOn : nil,
                paidAmount: paid ? installment.paidAmount : nil, difference: difference)
        }
        var staffing: StaffingFigures?
        if let roster = content.roster, let minimum = project.staffing.minimum {
            staffing = StaffingFigures.compute(
                roster: roster, minimum: minimum, replacementDays: project.staffing.replacementDays,
                start: project.period.start, asOf: asOf)
        }
        var budget: BudgetFigures?
        if let expenses = content.expenses, let share = project.budget.staffShareMin {
            budget = BudgetFigures.compute(
                expenses: expenses, staffItems: project.budget.staffItems, staffShareMin: share, fee: project.amount,
                periodEnd: project.period.end, asOf: asOf)
        }
        return Figures(
            asOf: asOf, elapsed: elapsed, indicators: indicators, payments: payments, staffing: staffing, budget: budget
        )
    }

    /// Whether an item dated `day` counts at `asOf`: inside the period and not after the as-of date.
    static func asOfFilter(period: ServicePeriod, asOf: Day) -> (Day) -> Bool {
        { day in period.contains(day) && day <= asOf }
    }

    private static func collectEvidence(
        _ content: SiteContent, audience: Audience, counts: (Day) -> Bool
    ) -> [String: [Evidence]] {
        var result: [String: [Evidence]] = [:]
        let indicatorsByID = Dictionary(content.indicators.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })

        for activity in content.activities where !activity.isDraft && counts(activity.date) {
            for count in activity.counts where count.count > 0 {
                guard let indicator = indicatorsByID[count.indicatorID], indicator.source == .activities else {
                    continue
                }
                let amount = indicator.isQuantitative ? count.count : 1
                let hidden = activity.isInternal && !audience.showsInternalText
                result[indicator.id, default: []].append(
                    Evidence(
                        title: hidden ? "内部记录" : activity.title, date: activity.date, count: Quantity(amount),
                        source: hidden ? .internalRecord : .activity(slug: activity.slug)))
            }
        }

        let articleIndicators = content.indicators.filter { $0.source == .articlesSubmitted }
        if !articleIndicators.isEmpty {
            let submitted = content.articles.filter { $0.status.isSubmitted && counts($0.countedOn) }
            for indicator in articleIndicators {
                result[indicator.id] = submitted.map {
                    Evidence(title: $0.title, date: $0.countedOn, count: Quantity(1), source: .article(slug: $0.slug))
                }
            }
        }

        // The roster and expense ledgers name people: a public build counts their rows and
        // shows none of them (the rows have no page, their first cell is a name). Evaluators
        // see them, as they see the roster.
        let privateLedgers: Set<String> = audience == .publicReaders ? content.privateLedgers : []
        for indicator in content.indicators {
            guard case .ledger(let query) = indicator.source else { continue }
            let hidden = privateLedgers.contains(query.ledger)
            result[indicator.id] = (content.ledgerEntries[indicator.id] ?? []).filter { counts($0.date) }.map {
                Evidence(
                    title: hidden ? "人员与经费台账记录" : $0.title, date: $0.date, count: $0.amount,
                    source: hidden ? .internalRecord : .ledgerRow(ledger: $0.ledger, line: $0.line))
            }
        }

        // Evidence in date order; items of one day keep their source order.
        return result.mapValues { list in
            list.enumerated().sorted { ($0.element.date, $0.offset) < ($1.element.date, $1.offset) }.map(\.element)
        }
    }
}
