import HuibaoModel

/// `scoring.unscored`: a manual item with no self-score, from 30 days before a pending
/// evaluation's date on (so the final's items do not warn all year).
enum ScoringChecks {
    static func unscored(_ content: SiteContent, asOf: Day) -> [Diagnostic] {
        var result: [Diagnostic] = []
        for evaluation in content.project.evaluations where evaluation.status == .pending {
            guard let scheme = content.scoring.schemes[evaluation.id], asOf >= evaluation.date.adding(days: -30) else {
                continue
            }
            let written = content.scoring.scores[evaluation.id]?.written ?? []
            for item in scheme.items where item.rule == .manual && !written.contains(item.id) {
                result.append(
                    .warning(
                        "scoring.unscored",
                        "评分项 \(item.id)“\(item.name)”是人工计分，\(evaluation.name)（\(evaluation.date.isoText)）还没有自评得分，按待评计；请在 Content/scores/\(evaluation.id).yml 中写上 \(item.id): {得分: …, 说明: …}",
                        at: item.declaredAt ?? SourcePosition(file: scheme.file)))
            }
        }
        return result
    }
}
