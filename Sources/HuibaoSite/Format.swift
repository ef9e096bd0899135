import HuibaoModel

/// How figures read on a page (not in data files, which keep the spec's plain forms).
enum Format {
    /// "823,825.00".
    static func money(_ money: Money) -> String {
        let plain = money.decimalString
        let negative = plain.hasPrefix("-")
        let digits = negative ? String(plain.dropFirst()) : plain
        let parts = digits.split(separator: ".", maxSplits: 1)
        let whole = Array(parts[0])
        var grouped = ""
        for (index, character) in whole.enumerated() {
            if index > 0 && (whole.count - index) % 3 == 0 { grouped.append(",") }
            grouped.append(character)
        }
        return (negative ? "-" : "") + grouped + (parts.count > 1 ? "." + parts[1] : "")
    }

    /// "2025年4月8日 至 2026年4月8日".
    static func period(_ period: ServicePeriod) -> String {
        "\(period.start.chineseText) 至 \(period.end.chineseText)"
    }
}
