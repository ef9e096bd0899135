/// The progress math of one quantitative indicator: expected value and status at an as-of date.
public enum IndicatorProgress {
    /// E = ⌊expected⌋: target × elapsed share, or piecewise linear through the mid-term
    /// checkpoint when `midterm` is given (`target` at the day, counted from the start).
    public static func expected(
        target: Int, midterm: (target: Int, day: Int)?, elapsedDays: Int, totalDays: Int
    ) -> Int {
        let d = Int64(min(max(elapsedDays, 0), totalDays))
        let total = Int64(totalDays)
        guard total > 0 else { return target }
        guard let midterm else { return Int((Int64(target) * d) / total) }
        let m = Int64(min(max(midterm.day, 0), totalDays))
        let mt = Int64(midterm.target)
        if d <= m {
            return m == 0 ? Int(mt) : Int((mt * d) / m)
        }
        let rest = total - m
        return Int(mt + ((Int64(target) - mt) * (d - m)) / rest)
    }

    /// 已完成 (value ≥ target), 正常 (value ≥ E), 严重滞后 (value < 0.6 × E), 滞后 otherwise.
    public static func status(value: Quantity, target: Int, expected: Int) -> IndicatorStatus {
        if value >= Quantity(target) { return .complete }
        if value >= Quantity(expected) { return .onTrack }
        // value < 0.6 × E  ⇔  10 × value < 6 × E, in hundredths
        if value.hundredths * 10 < Int64(expected) * 600 { return .seriouslyBehind }
        return .behind
    }

    /// value / target as "51.4%", rounded half up; nil without a target.
    public static func percentText(value: Quantity, target: Int?) -> String? {
        guard let target else { return nil }
        return Ratio.percentText(numerator: value.hundredths, denominator: Int64(target) * 100)
    }
}
