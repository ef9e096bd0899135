import HuibaoModel

extension ReportRenderer {
    /// The 自评评分表 (documents.md "The evaluation"): nil when no scheme applies to the evaluation.
    func selfAssessment() -> [String: Any]? {
        guard let scheme = content.scoring.schemes[evaluation.id] else { return nil }
        let result = EvaluationScore.compute(content, evaluation: evaluation, scheme: scheme, asOf: asOf, figures: figures)
        var dimensions: [[String: Any]] = []
        for dimension in scheme.dimensions {
            let items = result.items.filter { $0.dimension == dimension.name }.map(itemRow)
            dimensions.append(["name": dimension.name, "points": dimension.points.shortText, "items": items])
        }
        var summary: [String: Any] = [
            "totalLabel": result.complete || result.vetoApplies ? "自评总分" : "总分（不含待评项）",
            "total": result.total.text,
            "grade": result.grade?.name ?? "待定（有待评项，暂不评定等级）",
            "passLine": scheme.passLine.shortText, "passGrade": scheme.passGrade,
            "vetoes": result.vetoes.map { ["id": $0.veto.id, "name": $0.veto.name, "applies": $0.applies ? "适用" : "不适用"] },
            "hasVetoes": !result.vetoes.isEmpty,
            "tranche": trancheText(result),
        ]
        if let score = evaluation.score, evaluation.date <= asOf {
            summary["announced"] = "\(score.text)（\(evaluation.status.chineseName)）"
        }
        let missing = result.items.filter { !$0.missing.isEmpty }.map { item -> [String: Any] in
            [
                "id": item.item.id, "name": item.item.name,
                "units": item.missing.map { ["unit": unitText($0.unit), "kinds": $0.kinds.joined(separator: "、")] },
            ]
        }
        summary["missing"] = missing
        summary["hasMissing"] = !missing.isEmpty
        return [
            "scheme": scheme.name, "scoringDate": result.scoringDate.chineseText, "dimensions": dimensions,
            "summary": summary, "provider": content.project.provider,
        ]
    }

    /// 需提供材料 against what the counted units have: "签到表 3/5、照片 5/5" (present/needed
    /// per kind; a required kind without counted units is named alone).
    static func materialsText(_ item: ItemScore) -> String {
        let required = item.item.evidence.map { kind -> String in
            guard let count = item.materials.first(where: { $0.kind == kind }) else { return kind }
            return "\(kind) \(count.present)/\(count.needed)"
        }
        let others = item.materials.filter { !item.item.evidence.contains($0.kind) }.map {
            "\($0.kind) \($0.present)/\($0.needed)"
        }
        return (required + others).joined(separator: "、")
    }

    private func itemRow(_ item: ItemScore) -> [String: Any] {
        var row: [String: Any] = [
            "id": item.item.id, "name": item.item.name, "points": item.item.points.shortText,
            "ruleText": item.item.ruleText, "figure": item.figure,
            "calculation": item.item.rule == .manual ? "人工评分" : item.calculation,
            "score": item.score?.text ?? "待评", "pending": item.score == nil,
            "materials": Self.materialsText(item),
            "folder": Self.archiveFolder(item.item),
        ]
        if let files = archiveFiles?[item.item.id], !files.isEmpty {
            row["archiveFiles"] = files.map { ["name": ArchiveIndex.fileName($0), "href": ArchiveIndex.href($0)] }
            row["hasArchiveFiles"] = true
        }
        if item.isOverride, let computed = item.computed, let note = item.note {
            row["adjustment"] = "由 \(computed.text) 调整为 \(item.score?.text ?? "")：\(note)"
        } else if let note = item.note {
            row["note"] = note
        }
        return row
    }

    /// The item's folder in the archive, as text outside it: `D2.1-组建工会` (the archive's own name).
    static func archiveFolder(_ item: ScoringItem) -> String {
        ArchiveSection(id: item.id, name: item.name, units: []).folder
    }

    private func unitText(_ unit: ScoringUnit) -> String {
        switch unit {
        case .activity(let file):
            guard let activity = content.activities.first(where: { $0.file == file }) else { return file }
            return "\(activity.date.isoText) \(activity.isInternal ? "内部记录" : activity.title)（\(file)）"
        case .ledgerRow(let ledger, let line):
            let file = content.ledgers[ledger]?.file ?? "Content/ledgers/\(ledger).csv"
            return "\(content.project.ledgerTitle(ledger)) 第 \(line) 行（\(file)）"
        }
    }

    /// What the tranche tied to the evaluation becomes at this score.
    private func trancheText(_ result: EvaluationScore) -> String {
        let tranches = content.project.installments.filter { $0.trigger == .after(evaluationID: evaluation.id) }
        let names = tranches.map { "\($0.name)（\(Format.money($0.amount)) 元）" }.joined(separator: "、")
        let subject = names.isEmpty ? "付款" : names
        switch result.outcome {
        case .vetoed:
            return "否决项适用，总分按 0 计：\(subject) 不满足条件"
        case .passed:
            let basis = result.complete ? "" : "已评分项合计已达合格线，"
            return "按此得分为 通过：\(basis)\(subject) 自 \(evaluation.date.chineseText) 起 应付未付"
        case .failed:
            let basis = result.complete ? "" : "即使待评项得满分也达不到合格线，"
            return "按此得分为 未通过：\(basis)\(subject) 不满足条件"
        case .undecided:
            return "待定：已评分项合计 \(result.total.text) 分，待评项共 \(result.pendingPoints.shortText) 分，合格线 \(result.passLine.shortText) 分"
        }
    }
}
