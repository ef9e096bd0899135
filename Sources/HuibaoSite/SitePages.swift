import HuibaoModel

/// The team's site as recipes, one per output path, each rendered only when asked for: what
/// the live preview serves, so a one-file edit re-renders the pages a browser requests, not
/// the whole site. The same files as `SiteRenderer.render` for a team audience.
public struct SitePages: Sendable {
    /// How one output file is made.
    enum Recipe: Sendable {
        case dashboard, indicatorsIndex, categoriesIndex, activitiesIndex, monthsIndex, paymentsPage, articlesIndex
        case indicator(Int)
        case category(Int)
        case activity(Int)
        case month(Int)
        case ledger(String)
        case article(Int)
        case progressJSON, indicatorsCSV, stylesheet, compliance, reportsIndex
        case report(Int)
        case media(String)
    }

    let pages: PageRenderer
    let visibleArticles: [Article]
    let media: [String: [UInt8]]
    let recipes: [String: Recipe]
    let evidenceCache: EvidenceJSONCache?
    /// Files rendered ahead of the first request (the preview renders progress.json while
    /// the checks run).
    public var prerendered: [String: OutputFile] = [:]

    /// Every output path (`index.html`, `activities/2025-06/宣讲/index.html`, …), sorted.
    public var paths: [String] { recipes.keys.sorted() }

    /// Whether the site has a file at `path`.
    public func contains(_ path: String) -> Bool { recipes[path] != nil }

    /// - Parameter media: the bytes of the images write-ups show, embedded in reports.
    /// - Parameter evidenceCache: progress.json's evidence lists from the previous preview build.
    public init(
        _ content: SiteContent, options: SiteOptions, templates: TemplateSet, media: [String: [UInt8]] = [:],
        evidenceCache: EvidenceJSONCache? = nil
    ) {
        self.evidenceCache = evidenceCache
        let report = Figures.compute(content, asOf: options.asOf, audience: options.audience)
        let pages = PageRenderer(content: content, figures: report, options: options, templates: templates)
        self.pages = pages
        self.media = media
        visibleArticles = ProgressData.visibleArticles(content.articles, audience: options.audience)
        var recipes: [String: Recipe] = [
            Routes.home.outputFile: .dashboard, Routes.indicators.outputFile: .indicatorsIndex,
            Routes.categories.outputFile: .categoriesIndex, Routes.activities.outputFile: .activitiesIndex,
            Routes.months.outputFile: .monthsIndex, Routes.payments.outputFile: .paymentsPage,
            Routes.articles.outputFile: .articlesIndex, Routes.progressJSON.outputFile: .progressJSON,
            Routes.indicatorsCSV.outputFile: .indicatorsCSV, Routes.stylesheet.outputFile: .stylesheet,
        ]
        for (index, figure) in report.indicators.enumerated() {
            recipes[Routes.indicator(figure.indicator.id).outputFile] = .indicator(index)
        }
        for (index, category) in content.categories.enumerated() {
            recipes[Routes.category(category.name).outputFile] = .category(index)
        }
        for (index, activity) in pages.activitiesWithPages.enumerated() {
            recipes[SitePath.pageOutputFile(section: "activities", slug: activity.slug)] = .activity(index)
        }
        for (index, month) in pages.months.enumerated() { recipes[Routes.month(month).outputFile] = .month(index) }
        for name in content.ledgers.keys { recipes[Routes.ledger(name).outputFile] = .ledger(name) }
        for (index, article) in visibleArticles.enumerated() {
            recipes[SitePath.pageOutputFile(section: "articles", slug: article.slug)] = .article(index)
        }
        if pages.hasCompliance { recipes[Routes.compliance.outputFile] = .compliance }
        if case .team = options.audience {
            recipes[Routes.reports.outputFile] = .reportsIndex
            for (index, evaluation) in pages.dueEvaluations.enumerated() {
                recipes[Routes.report(evaluation.id).outputFile] = .report(index)
            }
        }
        for body in pages.activitiesWithPages.map(\.body) + visibleArticles.map(\.body) {
            for path in body.media { recipes[Routes.media(path).outputFile] = .media(path) }
        }
        // Evidence files and their thumbnails (the server makes a thumbnail from the original).
        for path in MaterialFiles.published(content, audience: options.audience) {
            recipes[Routes.material(path).outputFile] = .media(path)
            if MaterialFiles.isImage(path) { recipes[Routes.materialThumbnail(path).outputFile] = .media(path) }
        }
        self.recipes = recipes
    }

    /// The file at `path` (relative, as `OutputFile.path`), rendered now; nil when the site has none.
    public func render(_ path: String) -> OutputFile? {
        if let file = prerendered[path] { return file }
        guard let recipe = recipes[path] else { return nil }
        switch recipe {
        case .dashboard: return pages.dashboard()
        case .indicatorsIndex: return pages.indicatorsIndex()
        case .categoriesIndex: return pages.categoriesIndex()
        case .activitiesIndex: return pages.activitiesIndex()
        case .monthsIndex: return pages.monthsIndex()
        case .paymentsPage: return pages.paymentsPage()
        case .articlesIndex: return pages.articlesIndex()
        case .indicator(let index): return pages.indicatorPage(pages.figures.indicators[index])
        case .category(let index): return pages.categoryPage(pages.content.categories[index])
        case .activity(let index): return pages.activityPage(pages.activitiesWithPages[index])
        case .month(let index): return pages.monthPage(pages.months[index], index: index)
        case .ledger(let name): return pages.content.ledgers[name].map(pages.ledgerPage)
        case .article(let index): return pages.articlePage(visibleArticles[index])
        case .progressJSON:
            return OutputFile(
                path: path,
                body: .bytes(
                    ProgressData.jsonBytes(
                        pages.content, pages.figures, audience: pages.options.audience, cache: evidenceCache)))
        case .indicatorsCSV: return OutputFile(path: path, body: .bytes(ProgressData.csv(pages.figures)))
        case .stylesheet: return OutputFile(path: path, text: pages.templates.stylesheet)
        case .compliance: return pages.compliancePage()
        case .reportsIndex: return pages.reportsIndex()
        case .report(let index):
            let renderer = ReportRenderer(
                content: pages.content, evaluation: pages.dueEvaluations[index], asOf: pages.dueEvaluations[index].date,
                templates: pages.templates, media: media)
            return OutputFile(path: path, text: renderer.render().html)
        case .media(let contentPath): return OutputFile(path: path, body: .copy(contentPath: contentPath))
        }
    }
}
