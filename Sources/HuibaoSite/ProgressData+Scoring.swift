import HuibaoModel

extension ProgressData {
    /// `scoring`: each evaluation a scheme applies to → `{scheme, scoring_date, items, total,
    /// grade, complete}`, scored at its scoring date (documents.md "The evaluation"); `{}`
    /// without a scheme. The same in every audience.
    static func scoring(_ content: SiteContent, _ figures: Figures) -> JSONValue {
        guard !content.scoring.schemes.isEmpty else { return .object([]) }
        return .object(
            EvaluationScore.all(content, asOf: figures.asOf, figures: figures).map { result in
                (result.evaluation.id, scoringValue(result))
            })
    }

    static func scoringValue(_ result: EvaluationScore) -> JSONValue {
        let items = result.items.map { item -> JSONValue in
            .object([
                ("id", .string(item.item.id)), ("points", .string(item.item.points.text)),
                ("rule", .string(item.item.rule.rawValue)), ("computed", .optional(item.computed?.text)),
                ("score", .optional(item.score?.text)), ("note", .optional(item.note)),
                (
                    "materials",
                    .object(
                        item.materials.map {
                            ($0.kind, .array([.number(String($0.present)), .number(String($0.needed))]))
                        })
                ),
            ])
        }
        return .object([
            ("scheme", .string(result.scheme.name)), ("scoring_date", .string(result.scoringDate.isoText)),
            ("items", .array(items)), ("total", .string(result.total.text)),
            ("grade", .optional(result.grade?.name)), ("complete", .bool(result.complete)),
        ])
    }
}
