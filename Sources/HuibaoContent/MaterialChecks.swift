import HuibaoModel

/// The evidence warnings that depend on the as-of date: each kind a counted write-up lacks
/// (`evidence.missing`, at its `title` line) and each empty evidence cell of a counted ledger
/// row (`evidence.cell-empty`, at the row's line).
enum MaterialChecks {
    static func warnings(_ content: SiteContent, asOf: Day) -> [Diagnostic] {
        // Nothing to check without requirements or evidence columns (most projects, every write-up).
        let hasColumns = content.indicators.contains {
            if case .ledger(let query) = $0.source { return !query.materialColumns.isEmpty }
            return false
        }
        guard !content.project.materialRequirements.isEmpty || hasColumns else { return [] }
        var diagnostics: [Diagnostic] = []
        var activitiesBySlug: [String: Activity]?
        for unit in MaterialUnits(content, asOf: asOf).units where !unit.isComplete {
            switch unit.source {
            case .activity(let slug):
                if activitiesBySlug == nil {
                    activitiesBySlug = Dictionary(content.activities.map { ($0.slug, $0) }, uniquingKeysWith: { a, _ in a })
                }
                guard let activity = activitiesBySlug?[slug] else { continue }
                let position = activity.titlePosition ?? SourcePosition(file: activity.file)
                let listed = Set(unit.files.map(\.kind))
                for kind in unit.missing {
                    let message =
                        listed.contains(kind)
                        ? "缺少佐证材料“\(kind)”：写了文件但文件不存在，评估时按缺少计；请把文件放到写的位置，或改正文件名"
                        : "缺少佐证材料“\(kind)”（佐证要求里有），评估时按缺少计；请在“佐证材料:”下写上“\(kind): 文件名”，并把文件放到这篇记录旁边或 Content/assets/ 下"
                    diagnostics.append(.warning("evidence.missing", message, at: position))
                }
            case .ledgerRow:
                let position = SourcePosition(file: unit.file)
                for group in unit.files where group.files.isEmpty && unit.needed.contains(group.kind) {
                    var at = position
                    if case .ledgerRow(_, let line) = unit.source { at.line = line }
                    diagnostics.append(
                        .warning(
                            "evidence.cell-empty",
                            "这一行计入了指标，但佐证列“\(group.kind)”是空的：评估时按缺少计；请填上文件路径（相对于 Content/，如 assets/unions/批复.jpg）",
                            at: at))
                }
            }
        }
        return diagnostics
    }
}
