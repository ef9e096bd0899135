/// The progress math of one quantitative indicator: expected value and status at an as-of date.
public enum IndicatorProgress {
    /// E = ⌊expected⌋: target × elapsed share, or piecewise linear through the mid-term
    /// checkpoint when `midterm` is given (`target` at the day, counted from the start).
    public static func expected(
        target: Int, midterm: (target: Int, day: Int)?, elapsedDays: Int, totalDays: Int
    ) -> Int {
        // Targets within ±10^12 and periods within ±10^6 days: no product below can overflow.
        let totalDays = min(max(totalDays, 0), 1_000_000)
        let d = Int64(min(max(elapsedDays, 0), totalDays))
        let total = Int64(totalDays)
        let target = NumberLimits.clamp(target)
        guard total > 0 else { return Int(target) }
        guard let midterm else { return Int((target * d) / total) }
        let m = Int64(min(max(midterm.day, 0), totalDays))
        let mt = NumberLimits.clamp(midterm.target)
        if d <= m {
            return m == 0 ? Int(mt) : Int((mt * d) / m)
        }
        let rest = total - m
        return Int(mt + ((target - mt) * (d - m)) / rest)
    }

    /// 已完成 (value ≥ target), 正常 (value ≥ E), 严重滞后 (value < 0.6 × E), 滞后 otherwise.
    public static func status(value: Quantity, target: Int, expected: Int) -> IndicatorStatus {
        if value >= Quantity(target) { return .complete }
        if value >= Quantity(expected) { return .onTrack }
        // value < 0.6 × E  ⇔  10 × value < 6 × E  ⇔  value < 60 × E, in hundredths
        if value.hundredths < NumberLimits.clamp(expected) * 60 { return .seriouslyBehind }
        return .behind
    }

    /// value / target as "51.4%", rounded half up; nil without a target.
    public static func percentText(value: Quantity, target: Int?) -> String? {
        guard let target else { return nil }
        return Ratio.percentText(numerator: value.hundredths, denominator: NumberLimits.clamp(target) * 100)
    }
}
