import HuibaoModel

/// The spec's limits on what one value may say (content-format.md, "Limits"): far above any
/// real contract, and small enough that no sum huibao forms can overflow.
public enum ValueLimits {
    /// A count in one write-up.
    public static let count = 1_000_000
    /// An indicator's target or mid-term target.
    public static let target = 1_000_000_000

    /// `limit` as messages write it: "1000000（一百万）".
    static func text(_ limit: Int) -> String {
        switch limit {
        case count: return "1000000（一百万）"
        case target: return "1000000000（十亿）"
        default: return NumberLimits.maximumText
        }
    }
}
