import HuibaoModel

extension Format {
    /// What a write-up counted, as the evidence tables count it: no zero, nothing for an
    /// indicator that takes its figure from a ledger or the articles (`宣讲人次 120人次；…`).
    static func counts(_ activity: Activity, indicators: [Indicator]) -> String {
        activity.counts.compactMap { count -> String? in
            guard count.count > 0, let indicator = indicators.first(where: { $0.id == count.indicatorID }),
                indicator.source == .activities
            else { return nil }
            return indicator.isQuantitative
                ? "\(indicator.name) \(count.count)\(indicator.unit)" : "\(indicator.name)（已开展）"
        }.joined(separator: "；")
    }
}
