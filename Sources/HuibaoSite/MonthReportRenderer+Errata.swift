import HuibaoModel

extension MonthReportRenderer {
    /// Part 7, 勘误 (`monthErrata`): for this month and every earlier submitted month whose
    /// figures have changed since, each figure as submitted and now — no file names (the
    /// report follows the evaluator audience).
    func errataContext() -> [String: Any] {
        let errata = content.submitted.errata.values.filter { $0.month <= month }.sorted { $0.month < $1.month }
        guard !errata.isEmpty else { return [:] }
        return ["monthErrata": ["errata": errata.map { PageRenderer.errataContext($0, namesFiles: false) }]]
    }
}
