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
            "elapsedPercent": report.elapsed.percentText, "elapsedBar": Charts.elapsedBar(report.elapsed),
            "signed": project.signed?.chineseText ?? "",
            "summary": statusSummary(report.indicators),
            "groups": groups,
            "payments": paymentRows(from: path),
            "paymentsHref": Routes.payments.link(from: path),
            "complianceHref": hasCompliance ? Routes.compliance.link(from: path) : "",
            "staffingStatus": report.staffing.map { "人员配备\($0.status.rawValue)（\($0.headcount)/\($0.minimum) 人）" }
                ?? "",
            "budgetStatus": report.budget.map { "薪酬福利占比 \($0.staffShareText ?? "—")，\($0.status.rawValue)" } ?? "",
            "reportsHref": isTeam ? Routes.reports.link(from: path) : "",
            "reports": isTeam
                ? dueEvaluations.map { ["name": $0.name, "href": Routes.report($0.id).link(from: path)] } : [],
            "evaluations": evaluationRows(),
            "items": activityItems(Array(recent), from: path), "hasItems": !recent.isEmpty,
            "activitiesHref": Routes.activities.link(from: path),
            "activityCount": activities.filter { !$0.isDraft }.count,
        ]
        var full = context
        if let current = monthProgress.last {
            let moved = current.indicators.filter { $0.increment > .zero }
            full["currentMonth"] =
                [
                    "month": current.month.chineseText, "href": Routes.month(current.month).link(from: path),
                    "end": current.end.chineseText,
                    "activityCount": (activitiesByMonth[current.month] ?? []).filter { !$0.isDraft && $0.date <= options.asOf }.count,
                    "moved": moved.map {
                        [
                            "name": $0.indicator.name, "href": Routes.indicator($0.indicator.id).link(from: path),
                            "increment": $0.indicator.isQuantitative
                                ? "+" + $0.increment.text + $0.indicator.unit : "已开展",
                        ]
                    },
                    "hasMoved": !moved.isEmpty,
                    "fellBehind": current.fellBehind.map {
                        [
                            "name": $0.indicator.name, "href": Routes.indicator($0.indicator.id).link(from: path),
                            "status": $0.status.chineseName,
                        ]
                    },
                    "hasFellBehind": !current.fellBehind.isEmpty,
                ] as [String: Any]
        }
        return page(path, title: "总览", template: "dashboard", section: "home", full)
    }
}
