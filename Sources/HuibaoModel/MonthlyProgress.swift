/// One month of the service period: each indicator's increment that month and its
/// cumulative value against the expected value at the month's end.
public struct MonthProgress: Sendable, Equatable {
    public var month: Month
    /// The month's last day, or the as-of date or the period's end when earlier.
    public var end: Day
    public var indicators: [MonthIndicator]

    /// Indicators that fell behind this month: 滞后 or 严重滞后 at its end, not at the previous month's end.
    public var fellBehind: [MonthIndicator] { indicators.filter(\.fellBehind) }
}

/// An indicator's figures for one month.
public struct MonthIndicator: Sendable, Equatable {
    public var indicator: Indicator
    /// What the evidence dated in this month adds.
    public var increment: Quantity
    /// The value at the month's end.
    public var cumulative: Quantity
    /// E at the month's end; nil for a qualitative indicator.
    public var expected: Int?
    public var status: IndicatorStatus
    public var fellBehind: Bool
}

extension Figures {
    /// The months of the service period up to the as-of date (none after it), oldest first,
    /// computed from the same evidence as the report, so the increments add up to each value.
    public func months(period: ServicePeriod, midterm: Evaluation?) -> [MonthProgress] {
        let last = min(asOf, period.end)
        guard last >= period.start else { return [] }
        let midtermDay = midterm.map { $0.date - period.start }
        var previousBehind: Set<String> = []
        var result: [MonthProgress] = []
        for month in Month.range(from: period.start.month, through: last.month) {
            let end = min(month.lastDay, last)
            let elapsed = ElapsedShare(period: period, asOf: end)
            var rows: [MonthIndicator] = []
            var behindNow: Set<String> = []
            for figure in indicators {
                var increment = Quantity.zero
                var cumulative = Quantity.zero
                for item in figure.evidence where item.date <= end {
                    cumulative = cumulative + item.count
                    if item.date.month == month { increment = increment + item.count }
                }
                let indicator = figure.indicator
                var expected: Int?
                let status: IndicatorStatus
                if let target = indicator.target {
                    let checkpoint = indicator.midtermTarget.flatMap { mt in midtermDay.map { (target: mt, day: $0) } }
                    let e = IndicatorProgress.expected(
                        target: target, midterm: checkpoint, elapsedDays: elapsed.elapsedDays,
                        totalDays: elapsed.totalDays)
                    expected = e
                    status = IndicatorProgress.status(value: cumulative, target: target, expected: e)
                } else {
                    status = cumulative > .zero ? .started : .notStarted
                }
                let behind = status == .behind || status == .seriouslyBehind
                if behind { behindNow.insert(indicator.id) }
                rows.append(
                    MonthIndicator(
                        indicator: indicator, increment: increment, cumulative: cumulative, expected: expected,
                        status: status, fellBehind: behind && !previousBehind.contains(indicator.id)))
            }
            previousBehind = behindNow
            result.append(MonthProgress(month: month, end: end, indicators: rows))
        }
        return result
    }
}
