import HuibaoModel

extension FieldReader {
    /// Points or a score: a non-negative decimal with at most two places, never rounded.
    mutating func score(_ pair: YAMLPair, maximum: Score = Score.maximum) -> Score? {
        guard let scalar = scalar(pair, expected: "分数") else { return nil }
        switch Score.parse(digits(scalar)) {
        case .score(let value):
            guard value <= maximum else {
                error(
                    "scoring.score-range", "“\(pair.key)”的 \(scalar.text) 超过上限 \(maximum.shortText) 分；请核对",
                    at: scalar.position)
                return nil
            }
            return value
        case .tooManyDecimals:
            error(
                "scoring.decimals", "“\(pair.key)”的 \(scalar.text) 超过两位小数；分数最多两位小数（huibao 不替你四舍五入），请改写",
                at: scalar.position)
        case .notANumber:
            error(
                "type.score", "“\(pair.key)”应为分数（不小于 0，最多两位小数，如 4 或 2.68），这里写的是“\(scalar.text)”",
                at: scalar.position)
        }
        return nil
    }
}
