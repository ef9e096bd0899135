/// The counted units (write-ups and ledger rows) at a scoring date, by indicator: what the
/// 佐证 rule and the items' `materials` counts range over. A write-up counted by two
/// indicators is one unit.
struct ScoringUnits {
    /// Units by indicator id, each list in content order without repeats.
    private var byIndicator: [String: [ScoringUnit]] = [:]
    private var indicatorOrder: [String] = []
    private var categoryOf: [String: String] = [:]

    init(_ content: SiteContent, asOf: Day) {
        let counts = Figures.asOfFilter(period: content.project.period, asOf: asOf)
        let indicators = content.indicators
        indicatorOrder = indicators.map(\.id)
        let activityIndicators = Set(indicators.filter { $0.source == .activities }.map(\.id))
        for indicator in indicators { categoryOf[indicator.id] = indicator.category }
        for activity in content.activities where !activity.isDraft && counts(activity.date) {
            var seen: Set<String> = []
            for count in activity.counts
            where count.count > 0 && activityIndicators.contains(count.indicatorID)
                && seen.insert(count.indicatorID).inserted
            {
                byIndicator[count.indicatorID, default: []].append(.activity(file: activity.file))
            }
        }
        for indicator in indicators {
            guard case .ledger = indicator.source else { continue }
            byIndicator[indicator.id] = (content.ledgerEntries[indicator.id] ?? []).filter { counts($0.date) }.map {
                .ledgerRow(ledger: $0.ledger, line: $0.line)
            }
        }
    }

    /// The units of a scope, each once, in indicator order.
    func units(of scope: EvidenceScope) -> [ScoringUnit] {
        let ids: [String]
        switch scope {
        case .all: ids = indicatorOrder
        case .category(let name): ids = indicatorOrder.filter { categoryOf[$0] == name }
        case .indicator(let id): ids = [id]
        }
        var seen: Set<ScoringUnit> = []
        var result: [ScoringUnit] = []
        for id in ids {
            for unit in byIndicator[id] ?? [] where seen.insert(unit).inserted { result.append(unit) }
        }
        return result
    }
}
