extension MonthErrata.Change {
    /// The figures that differ, in Chinese: "本月新增 12 → 13，累计 40 → 41".
    public var summary: String {
        guard let submitted else {
            return "报送时没有这项指标，现在是：本月新增 \(current?.increment.text ?? "0")，累计 \(current?.cumulative.text ?? "0")"
        }
        guard current != nil else {
            return "这项指标已不在 indicators.yml 中（报送时：本月新增 \(submitted.increment.text)，累计 \(submitted.cumulative.text)）"
        }
        return differences.map { "\($0.label) \($0.submitted) → \($0.current)" }.joined(separator: "，")
    }
}

extension MonthErrata {
    /// "“服务职工人次”本月新增 12 → 13；“…”…" for at most `limit` indicators, then "等 N 项".
    public func summary(limit: Int = 3) -> String {
        var text = changes.prefix(limit).map { "“\($0.name)”\($0.summary)" }.joined(separator: "；")
        if changes.count > limit { text += "等 \(changes.count) 项指标" }
        return text
    }

    /// The command that hands the month in again.
    public var resubmitCommand: String { "huibao month \(month.isoText) --resubmit" }
}

extension MonthErrata.FileChange {
    /// "Content/ledgers/unions.csv 第 12 行" or the file alone.
    public var place: String { line.map { "\(file) 第 \($0) 行" } ?? file }
}

extension MonthErrata.Change {
    /// One figure that differs: its label and both values as shown ("—" where there is none).
    public struct Difference: Sendable, Equatable {
        public var label: String
        public var submitted: String
        public var current: String
    }

    /// The figures that differ, in the order 本月新增, 累计, 应完成, 状态 (all four when the
    /// indicator is missing on one side).
    public var differences: [Difference] {
        func values(_ figure: MonthRecord.Figure?) -> [String] {
            guard let figure else { return ["—", "—", "—", "—"] }
            return [
                figure.increment.text, figure.cumulative.text, figure.expected.map(String.init) ?? "—",
                figure.status.chineseName,
            ]
        }
        let labels = ["本月新增", "累计", "应完成", "状态"]
        let before = values(submitted)
        let after = values(current)
        return labels.indices.compactMap { index in
            before[index] == after[index] && submitted != nil && current != nil
                ? nil : Difference(label: labels[index], submitted: before[index], current: after[index])
        }
    }
}
