/// Small helpers for writing SVG by hand (text is escaped with `HTMLEscaping`): numbers with one decimal, so the
/// same figures always give the same bytes.
enum SVG {
    /// A coordinate with at most one decimal ("12", "12.5").
    static func number(_ value: Double) -> String {
        let tenths = Int((value * 10).rounded())
        let sign = tenths < 0 ? "-" : ""
        let magnitude = abs(tenths)
        return magnitude % 10 == 0 ? "\(sign)\(magnitude / 10)" : "\(sign)\(magnitude / 10).\(magnitude % 10)"
    }
}
