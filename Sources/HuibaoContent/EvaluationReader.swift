import HuibaoModel

/// Reads the `evaluations` (评估) list of project.yml.
enum EvaluationReader {
    static let kinds: [String: Evaluation.Kind] = [
        "midterm": .midterm, "中期": .midterm, "final": .final, "末期": .final, "终期": .final,
        "other": .other, "其他": .other,
    ]
    /// The words of the spec, and the natural ones people write: 已通过, 不通过.
    static let statuses: [String: Evaluation.Status] = [
        "pending": .pending, "待评估": .pending, "passed": .passed, "通过": .passed, "已通过": .passed,
        "failed": .failed, "未通过": .failed, "不通过": .failed,
    ]

    static func read(_ items: [YAMLValue], period: ServicePeriod?, into reader: inout FieldReader) -> [Evaluation] {
        var result: [Evaluation] = []
        var midtermPosition: SourcePosition?
        var seenIDs: [String: SourcePosition] = [:]
        var paths = PathNameCheck(
            what: "评估编号", route: Routes.report, reserved: ["index": "reports/index.html 是评估报告列表页"])
        let schema = Schemas.evaluation
        for (index, item) in items.enumerated() {
            let what = "第 \(index + 1) 项评估"
            guard let fields = reader.fields(item, schema: schema, what: what) else { continue }
            let idPair = reader.optional(fields, "id")
            var id = idPair.flatMap { reader.string($0) }
            let name = reader.optional(fields, "name").flatMap { reader.string($0) }
            let date = reader.required(fields, "date", schema: schema, what: what).flatMap { reader.day($0) }
            var kind: Evaluation.Kind?
            if let pair = reader.optional(fields, "kind"), let text = reader.filledString(pair) {
                kind = kinds[text.lowercased()]
                if kind == nil {
                    reader.error(
                        "value.enum", "评估类型应为 中期/末期/其他（midterm/final/other），这里写的是“\(text)”", at: pair.value.position)
                }
            }
            let resolvedKind =
                kind
                ?? (id == "midterm" || (name?.contains("中期") ?? false)
                    ? .midterm
                    : (id == "final" || (name?.contains("末期") ?? false) || (name?.contains("终期") ?? false))
                        ? .final : .other)
            var status = Evaluation.Status.pending
            let statusPair = reader.optional(fields, "status")
            let scorePair = reader.optional(fields, "score")
            let score = scorePair.flatMap { reader.score($0) }
            if let pair = statusPair, let text = reader.filledString(pair) {
                if let value = statuses[text.lowercased()] {
                    status = value
                } else {
                    reader.error(
                        "value.enum", "评估状态应为 待评估/通过/未通过（pending/passed/failed），这里写的是“\(text)”", at: pair.value.position
                    )
                }
            }
            if id == nil {
                id = resolvedKind == .other ? "evaluation-\(index + 1)" : resolvedKind.rawValue
            }
            guard let id, let date else { continue }
            let position = idPair?.value.position ?? fields.position
            if let earlier = seenIDs[id] {
                reader.error("id.duplicate", "评估编号“\(id)”重复，第 \(earlier.line) 行已用过", at: position)
                continue
            }
            seenIDs[id] = position
            _ = paths.check(id, at: position, into: &reader)
            if resolvedKind == .midterm {
                if let earlier = midtermPosition {
                    reader.error("evaluation.midterm-twice", "只能有一次中期评估，第 \(earlier.line) 行已有一次", at: fields.position)
                    continue
                }
                midtermPosition = fields.position
                if let period, !period.contains(date) {
                    reader.error(
                        "evaluation.midterm-outside",
                        "中期评估日期 \(date.isoText) 不在服务期限（\(period.start.isoText) 至 \(period.end.isoText)）内",
                        at: fields["date"]?.value.position ?? fields.position)
                }
            }
            var evaluation = Evaluation(
                id: id, name: name ?? "\(resolvedKind.chineseName)评估", kind: resolvedKind, date: date,
                status: status, score: score)
            evaluation.statusPosition = statusPair?.value.position
            evaluation.scorePosition = scorePair?.value.position
            result.append(evaluation)
        }
        return result
    }
}
