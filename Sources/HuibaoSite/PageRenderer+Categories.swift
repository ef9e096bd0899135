import HuibaoModel

extension PageRenderer {
    func categoriesIndex() -> OutputFile {
        let path = Routes.categories
        let items = content.categories.map { category -> [String: Any] in
            let figures = category.indicators.compactMap { figuresByID[$0.id] }
            return [
                "name": category.name, "href": Routes.category(category.name).link(from: path),
                "indicatorCount": category.indicators.count, "summary": statusSummary(figures),
                "activityCount": (activitiesByCategory[category.name] ?? []).filter { !$0.isDraft }.count,
            ]
        }
        return page(path, title: "服务类别", template: "categories", section: "indicators", ["categories": items])
    }

    /// A category's indicators and page `number` of its write-ups.
    func categoryPage(_ category: IndicatorCategory, page number: Int = 1) -> OutputFile {
        let figures = category.indicators.compactMap { figuresByID[$0.id] }
        let items = activitiesByCategory[category.name] ?? []
        let pages = Pagination(list: Routes.category(category.name), number: number, entries: items.count)
        let path = pages.path
        var context: [String: Any] = [
            "name": category.name, "rows": indicatorRows(figures, from: path), "summary": statusSummary(figures),
            "items": activityItems(Array(pages.slice(items)), from: path), "hasItems": !items.isEmpty,
        ]
        context["pager"] = pages.context
        return page(path, title: pages.title(category.name), template: "category", section: "indicators", context)
    }

    /// How many write-ups a category's page lists.
    func categoryEntries(_ category: IndicatorCategory) -> Int {
        activitiesByCategory[category.name]?.count ?? 0
    }
}
