import HuibaoModel

extension PageRenderer {
    func monthsIndex() -> OutputFile {
        let path = Routes.months
        let items = months.reversed().map { month -> [String: Any] in
            let count = activities.filter { $0.date.month == month && !$0.isDraft }.count
            return ["month": month.chineseText, "href": Routes.month(month).link(from: path), "count": count]
        }
        return page(
            path, title: "月报", template: "months", section: "months", ["months": items, "hasMonths": !items.isEmpty])
    }

    func monthPage(_ month: Month, index: Int) -> OutputFile {
        let path = Routes.month(month)
        let items = activities.filter { $0.date.month == month }
        var context: [String: Any] = [
            "month": month.chineseText, "items": activityItems(items, from: path), "hasItems": !items.isEmpty,
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
        return page(path, title: "\(month.chineseText)进展", template: "month", section: "months", context)
    }
}
