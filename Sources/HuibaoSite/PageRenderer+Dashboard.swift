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
            "elapsedDays": figures.elapsed.elapsedDays, "totalDays": figures.elapsed.totalDays,
            "elapsedPercent": figures.elapsed.percentText, "elapsedBar": Charts.elapsedBar(figures.elapsed),
            "signed": project.signed?.chineseText ?? "",
            "summary": statusSummary(figures.indicators),
            "groups": groups,
            "payments": paymentRows(from: path),
            "paymentsHref": Routes.payments.link(from: path),
            "complianceHref": hasCompliance ? Routes.compliance.link(from: path) : "",
            "staffingStatus": figures.staffing.map {
                Format.staffingStatus($0, replacementDays: project.staffing.replacementDays)
            } ?? "",
            "budgetStatus": figures.budget.map { "薪酬福利占比 \($0.staffShareText ?? "—")，\($0.status.rawValue)" } ?? "",
            "reportsHref": isTeam ? Routes.reports.link(from: path) : "",
            "reports": isTeam
                ? dueEvaluations.map { ["name": $0.name, "href": Routes.report($0.id).link(from: path)] } : [],
            "evaluations": evaluationRows(),
            "items": activityItems(Array(recent), from: path), "hasItems": !recent.isEmpty,
            "activitiesHref": Routes.activities.link(from: path),
            "activityCount": activities.filter { !$0.isDraft }.count,
        ]
        var full = context
        full["monthBoxes"] = featuredMonths().map { monthBox($0, from: path) }
        full.merge(materialDashboardContext()) { a, _ in a }
        return page(path, title: "总览", template: "dashboard", section: "home", full)
    }

    /// The months the dashboard features: the as-of month; in its first week (days 1–7) the
    /// month just ended first, since that is the month the team is writing up and reporting.
    func featuredMonths() -> [(progress: MonthProgress, ended: Bool)] {
        guard let current = monthProgress.last else { return [] }
        if options.asOf.day <= 7, monthProgress.count >= 2 {
            return [(monthProgress[monthProgress.count - 2], true), (current, false)]
        }
        return [(current, false)]
    }

    func monthBox(_ featured: (progress: MonthProgress, ended: Bool), from path: SitePath) -> [String: Any] {
        let month = featured.progress
        let moved = month.indicators.filter { $0.increment > .zero }
        let count = (activitiesByMonth[month.month] ?? []).filter { !$0.isDraft && $0.date <= options.asOf }.count
        return [
            "month": month.month.chineseText, "href": Routes.month(month.month).link(from: path),
            "end": month.end.chineseText, "activityCount": count,
            "anchor": featured.ended ? "month-heading-ended" : "month-heading",
            "label": featured.ended ? "（上月）" : "", "which": featured.ended ? "上月" : "本月",
            "sentence": featured.ended
                ? "上月共有 \(count) 篇活动记录。" : "本月（截至 \(month.end.chineseText)）有 \(count) 篇活动记录。",
            "moved": moved.map {
                [
                    "name": $0.indicator.name, "href": Routes.indicator($0.indicator.id).link(from: path),
                    "increment": $0.indicator.isQuantitative ? "+" + $0.increment.text + $0.indicator.unit : "已开展",
                ]
            },
            "hasMoved": !moved.isEmpty,
            "fellBehind": month.fellBehind.map {
                [
                    "name": $0.indicator.name, "href": Routes.indicator($0.indicator.id).link(from: path),
                    "status": $0.status.chineseName,
                ]
            },
            "hasFellBehind": !month.fellBehind.isEmpty,
        ]
    }
}
