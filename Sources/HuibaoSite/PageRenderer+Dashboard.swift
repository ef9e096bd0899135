import HuibaoModel

extension PageRenderer {
    func dashboard() -> OutputFile {
        let path = Routes.home
        let project = content.project
        let groups = content.categories.map { category -> [String: Any] in
            [
                "name": category.name, "href": Routes.category(category.name).link(from: path),
                "rows": indicatorRows(category.indicators.compactMap { figuresByID[$0.id] }, from: path),
            ]
        }
        let recent = activities.filter { $0.date <= options.asOf }.suffix(8).reversed()
        let context: [String: Any] = [
            "elapsedDays": report.elapsed.elapsedDays, "totalDays": report.elapsed.totalDays,
            "elapsedPercent": report.elapsed.percentText,
            "signed": project.signed?.chineseText ?? "",
            "summary": statusSummary(report.indicators),
            "groups": groups,
            "payments": paymentRows(from: path),
            "paymentsHref": Routes.payments.link(from: path),
            "evaluations": evaluationRows(),
            "items": activityItems(Array(recent), from: path), "hasItems": !recent.isEmpty,
            "activitiesHref": Routes.activities.link(from: path),
            "activityCount": activities.filter { !$0.isDraft }.count,
        ]
        return page(path, title: "总览", template: "dashboard", section: "home", context)
    }
}
