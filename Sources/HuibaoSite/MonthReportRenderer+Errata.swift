import HuibaoModel

extension MonthReportRenderer {
    /// Part 7, 勘误 (`monthErrata`): for this month and every earlier submitted month whose
    /// figures have changed since, each figure as submitted and now — no file names (the
    /// report follows the evaluator audience).
    func errataContext() -> [String: Any] {
        guard !errata.isEmpty else { return [:] }
        return ["monthErrata": ["errata": errata.map { PageRenderer.errataContext($0, namesFiles: false) }]]
    }

    /// This and every earlier submitted month whose figures changed since, oldest first.
    var errata: [MonthErrata] {
        content.submitted.errata.values.filter { $0.month <= month }.sorted { $0.month < $1.month }
    }
}
