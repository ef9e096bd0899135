import HuibaoModel
import HuibaoOffice

/// The 评分表 of `huibao report <id> --xlsx` (documents.md "Word and Excel"): every scoring
/// item in scheme order with what the report's 自评评分表 shows — 评分标准, the figure and the
/// calculation, 自评得分 (or 待评), the adjustment note, 佐证材料 present/needed — and two
/// empty columns, 评估得分 and 扣分原因, for the evaluators; then the totals. Evaluator rules:
/// personal data masked as in the report.
public enum ScoringWorkbook {
    public static let header = [
        "维度", "编号", "名称", "分值", "评分标准", "指标/依据", "计算", "自评得分", "人工调整说明", "佐证材料（已有/应有）",
        "评估得分", "扣分原因",
    ]

    /// The workbook, or nil when no scoring scheme applies to `evaluation`.
    public static func make(_ content: SiteContent, evaluation: Evaluation, asOf: Day, figures: Figures)
        -> XlsxWorkbook?
    {
        guard let scheme = content.scoring.schemes[evaluation.id] else { return nil }
        let result = EvaluationScore.compute(
            content, evaluation: evaluation, scheme: scheme, asOf: asOf, figures: figures)
        var rows: [XlsxSheet.Row] = []
        for dimension in scheme.dimensions {
            for item in result.items where item.dimension == dimension.name {
                rows.append(row(item, dimension: dimension.name))
            }
        }
        let totalLabel = result.complete || result.vetoApplies ? "自评总分" : "总分（不含待评项）"
        rows.append(
            XlsxSheet.Row(
                [
                    .text("合计"), .empty, .text(totalLabel), .score(scheme.total), .empty, .empty, .empty,
                    .score(result.total),
                ],
                bold: true))
        rows.append(
            XlsxSheet.Row(
                [
                    .empty, .empty, .text("等级"), .empty, .empty, .empty, .empty,
                    .text(result.grade?.name ?? "待定（有待评项，暂不评定等级）"),
                ]))
        rows.append(
            XlsxSheet.Row(
                [
                    .empty, .empty, .text("合格线（\(scheme.passGrade)）"), .empty, .empty, .empty, .empty,
                    .score(scheme.passLine),
                ]))
        for veto in result.vetoes {
            rows.append(
                XlsxSheet.Row(
                    [
                        .empty, .text(veto.veto.id), .text("否决项：\(veto.veto.name)"), .empty, .empty, .empty, .empty,
                        .text(veto.applies ? "适用" : "不适用"),
                    ]))
        }
        let sheet = XlsxSheet(
            name: "评分表", header: header, rows: rows, wrapped: [4, 5, 6, 8, 9, 11],
            minimumWidths: [4: 30, 5: 24, 6: 24, 10: 10, 11: 24])
        let workbook = XlsxWorkbook(
            title:
                "\(content.project.name) \(evaluation.name)评分表（\(scheme.name)，评分日期 \(result.scoringDate.chineseText)）",
            sheets: [sheet])
        let publicPhones = content.project.publicPhones
        return workbook.mappingTexts { PersonalData.mask($0, keeping: publicPhones) }
    }

    static func row(_ item: ItemScore, dimension: String) -> XlsxSheet.Row {
        var adjustment = ""
        if item.isOverride, let computed = item.computed, let note = item.note {
            adjustment = "由 \(computed.text) 调整为 \(item.score?.text ?? "")：\(note)"
        } else if let note = item.note {
            adjustment = note
        }
        return XlsxSheet.Row([
            .text(dimension), .text(item.item.id), .text(item.item.name), .score(item.item.points),
            .text(item.item.ruleText), .text(item.figure),
            .text(item.item.rule == .manual ? "人工评分" : item.calculation),
            item.score.map(XlsxCell.score) ?? .text("待评"), .text(adjustment),
            .text(ReportRenderer.materialsText(item)), .empty, .empty,
        ])
    }
}
