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

    func categoryPage(_ category: IndicatorCategory) -> OutputFile {
        let path = Routes.category(category.name)
        let figures = category.indicators.compactMap { figuresByID[$0.id] }
        let items = activitiesByCategory[category.name] ?? []
        return page(
            path, title: category.name, template: "category", section: "indicators",
            [
                "name": category.name, "rows": indicatorRows(figures, from: path), "summary": statusSummary(figures),
                "items": activityItems(items, from: path), "hasItems": !items.isEmpty,
            ])
    }
}
