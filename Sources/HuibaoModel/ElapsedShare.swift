/// The elapsed share of the service period at an as-of date: an exact fraction in [0, 1].
public struct ElapsedShare: Sendable, Equatable {
    /// Days from the start to the as-of date, clamped to `0...total`.
    public var elapsedDays: Int
    /// Days from start to end.
    public var totalDays: Int

    public init(period: ServicePeriod, asOf: Day) {
        totalDays = max(period.days, 1)
        elapsedDays = min(max(asOf - period.start, 0), totalDays)
    }

    /// The share as a percent with one decimal, rounded half up ("51.4%").
    public var percentText: String {
        Ratio.percentText(numerator: Int64(elapsedDays), denominator: Int64(totalDays)) ?? "0.0%"
    }
}

/// Exact ratio helpers: no floating point anywhere a figure is shown.
public enum Ratio {
    /// `numerator / denominator` as a percent with `decimals` decimals, rounded half up;
    /// nil when the denominator is zero.
    public static func percentText(numerator: Int64, denominator: Int64, decimals: Int = 1) -> String? {
        guard denominator != 0 else { return nil }
        var scale: Int64 = 100
        for _ in 0..<decimals { scale *= 10 }
        let negative = (numerator < 0) != (denominator < 0)
        let n = numerator.magnitude
        let d = denominator.magnitude
        // round half up on the magnitude: floor((2·n·scale + d) / (2·d))
        let (high, low) = (2 * n).multipliedFullWidth(by: UInt64(scale))
        let (sumLow, carry) = low.addingReportingOverflow(d)
        let dividend = (high: high + (carry ? 1 : 0), low: sumLow)
        let scaled = (2 * d).dividingFullWidth(dividend).quotient
        var divisor: UInt64 = 1
        for _ in 0..<decimals { divisor *= 10 }
        var text = String(scaled / divisor)
        if decimals > 0 {
            let fraction = String(scaled % divisor)
            text += "." + String(repeating: "0", count: decimals - fraction.count) + fraction
        }
        return (negative && scaled != 0 ? "-" : "") + text + "%"
    }
}
