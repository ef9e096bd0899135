extension ProjectTemplate {
    /// The template with an indicators.yml drafted from the contract's table in place of the
    /// example one; the sample write-up then counts toward the draft's first indicator.
    public mutating func use(indicators draft: IndicatorsDraft.Result, from source: String) {
        let dates = Dates(today: today)
        for index in files.indices {
            switch files[index].path {
            case "Content/indicators.yml":
                files[index].text = draft.text
                files[index].purpose = "服务指标：从 \(source) 起草，标了“请核对”的行请对照合同核对"
            case let path where path.hasPrefix("Content/activities/"):
                files[index].text = Self.sampleActivity(
                    dates, category: draft.firstCategory, indicator: draft.firstIndicator)
            default:
                continue
            }
        }
    }

    /// The template with a scoring.yml drafted from a 评分细则 table.
    public mutating func use(scoring text: String, from source: String) {
        files.append(
            File(
                path: "Content/scoring.yml", text: text,
                purpose: "评分细则：从 \(source) 起草，计分方式都先写作“人工”，标了“请核对”的行请核对"))
    }
}
