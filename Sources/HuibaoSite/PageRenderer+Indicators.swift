import HuibaoModel

extension PageRenderer {
    /// One row of an indicator table: the figures, each linking to the indicator's evidence.
    func indicatorRow(_ figure: IndicatorFigure, from page: SitePath) -> [String: Any] {
        let indicator = figure.indicator
        return [
            "id": indicator.id, "name": indicator.name, "unit": indicator.unit,
            "href": Routes.indicator(indicator.id).link(from: page),
            "category": indicator.category, "categoryHref": Routes.category(indicator.category).link(from: page),
            "quantitative": indicator.isQuantitative,
            "target": indicator.target.map(String.init) ?? "—",
            "midtermTarget": indicator.midtermTarget.map(String.init) ?? "",
            "value": figure.value.text, "expected": figure.expected.map(String.init) ?? "—",
            "percent": figure.percentText ?? "—", "status": figure.status.chineseName,
            "statusClass": figure.status.cssName, "evidenceCount": figure.evidence.count,
            "bar": Charts.progressBar(figure),
        ]
    }

    func indicatorRows(_ figures: [IndicatorFigure], from page: SitePath) -> [[String: Any]] {
        figures.map { indicatorRow($0, from: page) }
    }

    /// Counts of indicators per status, in the order the site shows them.
    func statusSummary(_ figures: [IndicatorFigure]) -> [[String: Any]] {
        let order: [IndicatorStatus] = [.complete, .onTrack, .behind, .seriouslyBehind, .started, .notStarted]
        return order.compactMap { status in
            let count = figures.filter { $0.status == status }.count
            return count == 0 ? nil : ["status": status.chineseName, "statusClass": status.cssName, "count": count]
        }
    }

    func indicatorsIndex() -> OutputFile {
        let path = Routes.indicators
        let groups = content.categories.map { category -> [String: Any] in
            [
                "name": category.name, "href": Routes.category(category.name).link(from: path),
                "rows": indicatorRows(category.indicators.compactMap { figuresByID[$0.id] }, from: path),
            ]
        }
        return page(
            path, title: "服务指标", template: "indicators", section: "indicators",
            [
                "groups": groups, "summary": statusSummary(figures.indicators),
                "categoriesHref": Routes.categories.link(from: path),
            ])
    }

    /// An indicator's figures and page `number` of its evidence (the units it counted).
    func indicatorPage(_ figure: IndicatorFigure, page number: Int = 1) -> OutputFile {
        let indicator = figure.indicator
        let pages = Pagination(list: Routes.indicator(indicator.id), number: number, entries: figure.evidence.count)
        let path = pages.path
        let up = path.upLink
        let evidence = pages.slice(figure.evidence).map { item -> [String: Any] in
            [
                "title": item.title, "date": item.date.isoText, "count": item.count.text,
                "href": evidenceLink(item.source, from: path, up: up) ?? "",
                "hasLink": Routes.evidenceHasPage(item.source), "materials": materialMark(for: item.source),
            ]
        }
        var context = indicatorRow(figure, from: path)
        context.merge(materialContext(indicator: indicator)) { a, _ in a }
        context["standard"] = indicator.standard
        context["source"] = sourceDescription(indicator, from: path)
        context["evidence"] = evidence
        context["hasEvidence"] = !evidence.isEmpty
        context["burnUp"] = Charts.burnUp(
            figure, months: monthProgress, period: content.project.period, midterm: content.project.midtermEvaluation)
        context["monthRows"] = monthProgress.compactMap { month -> [String: Any]? in
            guard let row = month.indicators.first(where: { $0.indicator.id == indicator.id }) else { return nil }
            return [
                "month": month.month.chineseText, "href": Routes.month(month.month).link(from: path),
                "increment": row.increment == .zero ? "—" : "+" + row.increment.text, "cumulative": row.cumulative.text,
                "expected": row.expected.map(String.init) ?? "—", "status": row.status.chineseName,
                "statusClass": row.status.cssName,
            ]
        }
        context["hasMonths"] = !monthProgress.isEmpty
        context["midterm"] =
            content.project.midtermEvaluation.map { evaluation -> [String: Any] in
                ["name": evaluation.name, "date": evaluation.date.chineseText]
            } ?? false
        context["pager"] = pages.context
        return page(path, title: pages.title(indicator.name), template: "indicator", section: "indicators", context)
    }

    /// Where the figure comes from, in words, with a link to the ledger when there is one.
    func sourceDescription(_ indicator: Indicator, from page: SitePath) -> [String: Any] {
        switch indicator.source {
        case .activities:
            return ["text": "活动记录中“指标”下填写的数量之和"]
        case .articlesSubmitted:
            return [
                "text": "已报送或已刊发的稿件篇数（每篇只计一次，按最早报送日期计）", "href": Routes.articles.link(from: page), "linkText": "稿件",
            ]
        case .ledger(let query):
            var text: String
            switch query.measure {
            case .rows: text = "台账行数"
            case .sum(let column): text = "台账“\(column)”列之和"
            }
            if !query.conditions.isEmpty {
                text += "（条件：" + query.conditions.map { "\($0.column)为“\($0.value)”" }.joined(separator: "，") + "）"
            }
            text += "，按“\(query.dateColumn)”计入月份"
            // The roster and expense ledgers have no page outside the team: counts only.
            if !isTeam, content.privateLedgers.contains(query.ledger) { return ["text": text] }
            return [
                "text": text, "href": Routes.ledger(query.ledger).link(from: page), "linkText": Format.ledgerTitle(query.ledger, in: content.project),
            ]
        }
    }
}
