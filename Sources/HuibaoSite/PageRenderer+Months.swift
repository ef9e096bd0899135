import HuibaoModel

extension PageRenderer {
    /// A month's table: each indicator's increment, cumulative value and status at the month's end.
    func monthRows(_ progress: MonthProgress, from page: SitePath) -> [[String: Any]] {
        progress.indicators.map { row in
            [
                "name": row.indicator.name, "href": Routes.indicator(row.indicator.id).link(from: page),
                "quantitative": row.indicator.isQuantitative, "unit": row.indicator.unit,
                "increment": row.increment == .zero ? "—" : "+" + row.increment.text,
                "cumulative": row.cumulative.text, "target": row.indicator.target.map(String.init) ?? "—",
                "expected": row.expected.map(String.init) ?? "—", "status": row.status.chineseName,
                "statusClass": row.status.cssName, "fellBehind": row.fellBehind,
            ]
        }
    }

    func monthsIndex() -> OutputFile {
        let path = Routes.months
        let items = months.reversed().map { month -> [String: Any] in
            let count = (activitiesByMonth[month] ?? []).filter { !$0.isDraft && $0.date <= options.asOf }.count
            return ["month": month.chineseText, "href": Routes.month(month).link(from: path), "count": count]
        }
        return page(
            path, title: "月报", template: "months", section: "months", ["months": items, "hasMonths": !items.isEmpty])
    }

    /// The write-ups a month's page lists: those up to the as-of date.
    func monthItems(_ month: Month) -> [Activity] {
        (activitiesByMonth[month] ?? []).filter { $0.date <= options.asOf }
    }

    /// A month's figures and page `number` of its write-ups.
    func monthPage(_ month: Month, index: Int, page number: Int = 1) -> OutputFile {
        let items = monthItems(month)
        let pages = Pagination(list: Routes.month(month), number: number, entries: items.count)
        let path = pages.path
        let progress = monthProgress[index]
        var context: [String: Any] = [
            "month": month.chineseText, "items": activityItems(Array(pages.slice(items)), from: path),
            "hasItems": !items.isEmpty,
            "end": progress.end.chineseText,
            "rows": monthRows(progress, from: path),
            "fellBehind": progress.fellBehind.map {
                [
                    "name": $0.indicator.name, "href": Routes.indicator($0.indicator.id).link(from: path),
                    "status": $0.status.chineseName,
                ]
            },
            "hasFellBehind": !progress.fellBehind.isEmpty,
        ]
        if index > 0 {
            context["previous"] = [
                "month": months[index - 1].chineseText, "href": Routes.month(months[index - 1]).link(from: path),
            ]
        }
        if index + 1 < months.count {
            context["next"] = [
                "month": months[index + 1].chineseText, "href": Routes.month(months[index + 1]).link(from: path),
            ]
        }
        context["pager"] = pages.context
        if number == 1 { context.merge(monthSummarySections(month, from: path)) { $1 } }
        if number == 1 { context.merge(monthStaffContext(month, from: path)) { _, new in new } }
        if number == 1 { context.merge(monthNotesContext(month)) { old, _ in old } }
        if number == 1 { context.merge(monthErrataContext(month)) { _, new in new } }
        return page(path, title: pages.title("\(month.chineseText)进展"), template: "month", section: "months", context)
    }
}
