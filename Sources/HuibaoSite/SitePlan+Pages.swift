import HuibaoModel

/// The list of the site's pages: the one place a kind of page is added. To add one, append
/// its pages below where it belongs in the site's order, each with its path (from `Routes`),
/// the readers it exists for, its inputs and a closure rendering it (usually a `PageRenderer`
/// method); the build writes it and the preview serves it from then on. A list cut into
/// several pages (`Pagination`) adds one `SitePage` per page, each with its own path
/// (`addLaterPages`).
extension SitePlan {
    static func pages(
        _ renderer: PageRenderer, figures: SiteFigures, reportMedia: ReportMedia, publishedMedia: [String: [UInt8]],
        evidenceCache: EvidenceJSONCache?, materialCopies: [String]?
    ) -> [SitePage] {
        let content = renderer.content
        let options = renderer.options
        let templates = renderer.templates
        let isTeam = options.audience.showsInternalText
        let publicPhones = content.project.publicPhones
        var pages: [SitePage] = []
        /// Adds a page; outside the team its mobile and ID numbers are masked.
        func add(
            _ path: SitePath, _ kind: String, readers: SitePage.Readers = .everyone, inputs: [SitePage.Input],
            schedule: SitePage.Schedule = .normal, make: @escaping @Sendable () -> OutputFile
        ) {
            add(path.outputFile, kind, readers: readers, inputs: inputs, schedule: schedule, make: make)
        }
        func add(
            _ path: String, _ kind: String, readers: SitePage.Readers = .everyone, inputs: [SitePage.Input],
            schedule: SitePage.Schedule = .normal, make: @escaping @Sendable () -> OutputFile
        ) {
            var render = make
            if !isTeam { render = { SiteRenderer.masked(make(), keeping: publicPhones) } }
            pages.append(
                SitePage(path: path, kind: kind, readers: readers, inputs: inputs, schedule: schedule, make: render))
        }
        let lists: [SitePage.Input] = [.figures, .settings, .templates]

        add(Routes.home, "dashboard", inputs: lists, make: renderer.dashboard)
        add(Routes.indicators, "indicators", inputs: lists, make: renderer.indicatorsIndex)
        add(Routes.categories, "categories", inputs: lists, make: renderer.categoriesIndex)
        // The list of all write-ups is among the longest pages: started first.
        add(Routes.activities, "activities", inputs: lists, schedule: .first) { renderer.activitiesIndex() }
        /// Adds pages 2 on of a list of `entries` entries cut into pages (page 1 is added as before).
        func addLaterPages(
            _ list: SitePath, _ kind: String, entries: Int, make: @escaping @Sendable (Int) -> OutputFile
        ) {
            let count = Pagination.pageCount(entries)
            guard count > 1 else { return }
            for number in 2...count {
                add(Routes.listPage(list, number), kind, inputs: lists) { make(number) }
            }
        }
        addLaterPages(Routes.activities, "activities", entries: renderer.activities.count) {
            renderer.activitiesIndex(page: $0)
        }
        add(Routes.months, "months", inputs: lists, make: renderer.monthsIndex)
        add(Routes.payments, "payments", inputs: lists, make: renderer.paymentsPage)
        add(Routes.articles, "articles", inputs: lists, make: renderer.articlesIndex)
        for figure in figures.site.indicators {
            add(Routes.indicator(figure.indicator.id), "indicator", inputs: lists) { renderer.indicatorPage(figure) }
            addLaterPages(Routes.indicator(figure.indicator.id), "indicator", entries: figure.evidence.count) {
                renderer.indicatorPage(figure, page: $0)
            }
        }
        for category in content.categories {
            add(Routes.category(category.name), "category", inputs: lists) { renderer.categoryPage(category) }
            addLaterPages(Routes.category(category.name), "category", entries: renderer.categoryEntries(category)) {
                renderer.categoryPage(category, page: $0)
            }
        }
        for activity in renderer.activitiesWithPages {
            add(
                SitePath.pageOutputFile(section: "activities", slug: activity.slug), "write-up",
                readers: activity.isDraft ? .teamWithDrafts : activity.isInternal ? .team : .everyone,
                inputs: [.file(activity.file), .settings, .templates], schedule: .bulk
            ) { renderer.activityPage(activity) }
        }
        for (index, month) in renderer.months.enumerated() {
            add(Routes.month(month), "month", inputs: lists) { renderer.monthPage(month, index: index) }
            addLaterPages(Routes.month(month), "month", entries: renderer.monthItems(month).count) {
                renderer.monthPage(month, index: index, page: $0)
            }
        }
        // Outside the team the roster and expense ledgers (names, pay) have no page.
        let privateLedgers = content.privateLedgers
        for name in content.ledgers.keys.sorted() where isTeam || !privateLedgers.contains(name) {
            let ledger = content.ledgers[name]!
            add(
                Routes.ledger(name), "ledger", readers: privateLedgers.contains(name) ? .team : .everyone,
                inputs: [.file(ledger.file), .settings, .templates]
            ) { renderer.ledgerPage(ledger) }
        }
        let articles = ProgressData.visibleArticles(content.articles, audience: options.audience)
        for article in articles {
            add(
                SitePath.pageOutputFile(section: "articles", slug: article.slug), "article",
                readers: article.status.isSubmitted ? .everyone : .team,
                inputs: [.file(article.file), .settings, .templates]
            ) { renderer.articlePage(article) }
        }
        // The longest file of the site: started first.
        add(Routes.progressJSON, "progress.json", inputs: [.figures, .settings], schedule: .first) {
            OutputFile(
                path: Routes.progressJSON.outputFile,
                body: .bytes(
                    ProgressData.jsonBytes(content, figures.site, audience: options.audience, cache: evidenceCache)))
        }
        add(Routes.indicatorsCSV, "indicators.csv", inputs: [.figures, .settings]) {
            OutputFile(
                path: Routes.indicatorsCSV.outputFile,
                body: .bytes(ProgressData.csv(figures.site, months: renderer.monthProgress)))
        }
        add(Routes.indicatorsXLSX, "indicators.xlsx", inputs: [.figures, .settings]) {
            OutputFile(
                path: Routes.indicatorsXLSX.outputFile,
                body: .bytes(
                    ProgressData.xlsx(
                        content, figures.site, months: renderer.monthProgress, audience: options.audience)))
        }
        add(Routes.stylesheet, "stylesheet", inputs: [.templates]) {
            OutputFile(path: Routes.stylesheet.outputFile, text: templates.stylesheet)
        }
        if renderer.hasCompliance { add(Routes.compliance, "compliance", inputs: lists, make: renderer.compliancePage) }
        if renderer.hasStaffPage { add(Routes.staff, "staff", readers: .team, inputs: lists, make: renderer.staffPage) }
        // The team's site carries the report of every evaluation due by the as-of date, each at its date.
        if case .team = options.audience {
            add(
                Routes.reports, "reports", readers: .team, inputs: [.settings, .templates], make: renderer.reportsIndex)
            for evaluation in SiteFigures.dueReports(content, options: options) {
                let reportFigures = figures.reports[evaluation.id]
                add(
                    Routes.report(evaluation.id), "report", readers: .team,
                    inputs: [.figures, .settings, .templates, .reportMedia]
                ) {
                    var report = ReportRenderer(
                        content: content, evaluation: evaluation, asOf: evaluation.date, templates: templates,
                        media: reportMedia.media, figures: reportFigures)
                    report.leftOut = options.leftOut
                    return OutputFile(path: Routes.report(evaluation.id).outputFile, text: report.render().html)
                }
            }
        }
        // The images the pages show, copied (or written as prepared for the audience), each
        // for the widest readers of a page that shows it.
        var media: [String: SitePage.Readers] = [:]
        for activity in renderer.activitiesWithPages {
            let readers: SitePage.Readers = activity.isDraft ? .teamWithDrafts : activity.isInternal ? .team : .everyone
            for path in activity.body.media { media[path] = widest(media[path], readers) }
        }
        for article in articles {
            for path in article.body.media {
                media[path] = widest(media[path], article.status.isSubmitted ? .everyone : .team)
            }
        }
        for month in renderer.months { for path in content.monthNotes[month]?.media ?? [] { media[path] = .everyone } }
        for path in media.keys.sorted() {
            let file = OutputFile(
                path: Routes.media(path).outputFile,
                body: publishedMedia[path].map { .bytes($0) } ?? .copy(contentPath: path))
            pages.append(
                SitePage(
                    path: file.path, kind: "media", readers: media[path]!, inputs: [.file("Content/" + path)],
                    schedule: .copy, make: { file }))
        }
        // 佐证材料: the evidence files of the write-ups with pages, and a thumbnail of each image
        // over 64 KB (listed as a copy; the build and the preview make it from the original),
        // team only. A smaller image is its own thumbnail.
        // (Listed on all cores: 20,000 evidence files at the bench.)
        // (None when the build fills them in after its links: it writes them itself.)
        let thumbnails = renderer.linkedThumbnails == nil ? renderer.materialThumbnails : []
        // (Nothing to list when the build linked the files and no image needs a thumbnail.)
        let listed = materialCopies.map { thumbnails.isEmpty ? [] : $0 }
        let materials = Parallel.map(listed ?? MaterialFiles.published(content, audience: options.audience)) {
            path -> (copy: SitePage?, thumbnail: SitePage?) in
            let input = SitePage.Input.file("Content/" + path)
            // (Not listed when the build has linked them already.)
            let page = materialCopies != nil ? nil : Self.materialCopy(path, input: input)
            guard !thumbnails.isEmpty, thumbnails.contains(path) else { return (page, nil) }
            let thumbnail = thumbnailFile(path)
            return (
                page,
                SitePage(
                    path: thumbnail.path, kind: "material-thumbnail", readers: .team, inputs: [input],
                    schedule: .bulk, make: { thumbnail })
            )
        }
        pages.reserveCapacity(pages.count + materials.count * 2)
        for (copy, thumbnail) in materials {
            if let copy { pages.append(copy) }
            if let thumbnail { pages.append(thumbnail) }
        }
        return pages
    }

    /// An evidence file as the site carries it (`materials/…`), linked from its original.
    static func materialCopy(_ path: String, input: SitePage.Input) -> SitePage {
        let copy = OutputFile(path: Routes.materialFile(path), body: .copy(contentPath: path))
        return SitePage(
            path: copy.path, kind: "material", readers: .team, inputs: [input], schedule: .link,
            make: { copy })  // thousands of links: on all cores, between the write-ups
    }

    /// The readers of a file shown on pages for `a` and for `b`: those of either.
    private static func widest(_ a: SitePage.Readers?, _ b: SitePage.Readers) -> SitePage.Readers {
        guard let a else { return b }
        if a == .everyone || b == .everyone { return .everyone }
        if a == .team || b == .team { return .team }
        return .teamWithDrafts
    }
}
