import HuibaoModel

extension PageRenderer {
    /// Evaluations dated on or before the as-of date: their reports are part of the team's site.
    var dueEvaluations: [Evaluation] { content.project.evaluations.filter { $0.date <= options.asOf } }

    func reportsIndex() -> OutputFile {
        let path = Routes.reports
        let reports = dueEvaluations.map { evaluation -> [String: Any] in
            [
                "name": evaluation.name, "date": evaluation.date.chineseText,
                "href": Routes.report(evaluation.id).link(from: path),
            ]
        }
        return page(
            path, title: "评估报告", template: "reports", section: "home",
            ["reports": reports, "hasReports": !reports.isEmpty])
    }
}
