import HuibaoModel

/// Renders the whole site from content and its figures: values in, files out.
public enum SiteRenderer {
    /// Every file of the site, in a stable order.
    /// - Parameters:
    ///   - media: the bytes of the images write-ups show (by path in `Content/`), embedded in reports.
    ///   - publishedMedia: images to write with these bytes instead of copying them (text
    ///     media made safe and masked for the audience).
    public static func render(
        _ content: SiteContent, options: SiteOptions, templates: TemplateSet, media: [String: [UInt8]] = [:],
        publishedMedia: [String: [UInt8]] = [:]
    ) -> [OutputFile] {
        let plan = Plan(content, options: options, templates: templates, media: media, publishedMedia: publishedMedia)
        var others = [OutputFile?](repeating: nil, count: plan.others.count)
        for (index, file) in zip(plan.othersOrder, Parallel.map(plan.othersOrder.map { plan.others[$0] }, plan.run)) {
            others[index] = file
        }
        var files = others[..<plan.writeUpPagesAt].map { $0! }
        files += Parallel.map(plan.writeUpPages, plan.run)
        files += others[plan.writeUpPagesAt...].map { $0! }
        return files + plan.mediaCopies
    }

    /// The same files, each handed to `emit` as soon as it is made, on the core that made it
    /// and in no fixed order (the build writes them at once instead of holding 10,000 pages).
    public static func render(
        _ content: SiteContent, options: SiteOptions, templates: TemplateSet, media: [String: [UInt8]] = [:],
        publishedMedia: [String: [UInt8]] = [:], emit: @Sendable (OutputFile) -> Void
    ) {
        let plan = Plan(content, options: options, templates: templates, media: media, publishedMedia: publishedMedia)
        _ = Parallel.map(plan.othersOrder.map { plan.others[$0] }) { emit(plan.run($0)) }
        _ = Parallel.map(plan.writeUpPages) { emit(plan.run($0)) }
        for file in plan.mediaCopies { emit(file) }
    }

    /// The site's files as jobs: the write-up pages, the other files (with the order to run
    /// them in) and the images to copy.
    private struct Plan {
        typealias Job = @Sendable () -> OutputFile
        /// Every file but the write-up pages, in the site's order; the write-up pages go in at `writeUpPagesAt`.
        var others: [Job] = []
        var writeUpPagesAt = 0
        var writeUpPages: [Job] = []
        /// `others`' indices, longest first.
        var othersOrder: [Int] = []
        var mediaCopies: [OutputFile] = []
        /// Runs a job, masking personal data outside the team.
        var run: @Sendable (Job) -> OutputFile

        init(
            _ content: SiteContent, options: SiteOptions, templates: TemplateSet, media: [String: [UInt8]],
            publishedMedia: [String: [UInt8]]
        ) {
            let report = Figures.compute(content, asOf: options.asOf, audience: options.audience)
            let pages = PageRenderer(content: content, figures: report, options: options, templates: templates)
            var jobs: [Job] = [
                pages.dashboard, pages.indicatorsIndex, pages.categoriesIndex, pages.activitiesIndex,
                pages.monthsIndex, pages.paymentsPage, pages.articlesIndex,
            ]
            jobs += report.indicators.map { indicator in { pages.indicatorPage(indicator) } }
            jobs += content.categories.map { category in { pages.categoryPage(category) } }
            writeUpPagesAt = jobs.count
            writeUpPages = pages.activitiesWithPages.map { activity in { pages.activityPage(activity) } }
            jobs += pages.months.enumerated().map { index, month in { pages.monthPage(month, index: index) } }
            // Outside the team the roster and expense ledgers (names, pay) have no page.
            let hiddenLedgers = SiteRenderer.isTeamAudience(options.audience) ? [] : content.privateLedgers
            jobs += content.ledgers.keys.sorted().filter { !hiddenLedgers.contains($0) }.map { name in
                { pages.ledgerPage(content.ledgers[name]!) }
            }
            jobs += ProgressData.visibleArticles(content.articles, audience: options.audience).map { article in
                { pages.articlePage(article) }
            }
            let progressJSONJob = jobs.count
            jobs.append {
                OutputFile(
                    path: Routes.progressJSON.outputFile,
                    body: .bytes(ProgressData.jsonBytes(content, report, audience: options.audience)))
            }
            jobs.append { OutputFile(path: Routes.indicatorsCSV.outputFile, body: .bytes(ProgressData.csv(report))) }
            jobs.append { OutputFile(path: Routes.stylesheet.outputFile, text: templates.stylesheet) }
            if pages.hasCompliance { jobs.append(pages.compliancePage) }
            if case .team = options.audience {
                // The team's site carries the report of every evaluation due by the as-of date, each at its date.
                jobs.append(pages.reportsIndex)
                for evaluation in pages.dueEvaluations {
                    jobs.append {
                        let report = ReportRenderer(
                            content: content, evaluation: evaluation, asOf: evaluation.date, templates: templates,
                            media: media)
                        return OutputFile(path: Routes.report(evaluation.id).outputFile, text: report.render().html)
                    }
                }
            }
            others = jobs
            // Lists and data files take long, and no core should be left waiting for one at the
            // end: the longest two start first (progress.json, the list of all write-ups).
            let longest = [progressJSONJob, 3]
            othersOrder = longest + others.indices.filter { !longest.contains($0) }
            let isTeam =
                switch options.audience {
                case .team: true
                default: false
                }
            let publicPhones = content.project.publicPhones
            run = { job in isTeam ? job() : masked(job(), keeping: publicPhones) }
            var media: Set<String> = []
            for body in pages.activitiesWithPages.map(\.body)
                + ProgressData.visibleArticles(content.articles, audience: options.audience).map(\.body)
            { media.formUnion(body.media) }
            mediaCopies = media.sorted().map {
                OutputFile(path: Routes.media($0).outputFile, body: publishedMedia[$0].map { .bytes($0) } ?? .copy(contentPath: $0))
            }
            mediaCopies += MaterialFiles.copies(MaterialFiles.published(content, audience: options.audience))
        }
    }

    static func isTeamAudience(_ audience: Audience) -> Bool {
        if case .team = audience { return true }
        return false
    }

    /// Outside the team, mobile and ID numbers are masked in every text file of the site.
    static func masked(_ file: OutputFile, keeping publicPhones: PublicPhones = .none) -> OutputFile {
        guard case .bytes(let bytes) = file.body,
            file.path.hasSuffix(".html") || file.path.hasSuffix(".json") || file.path.hasSuffix(".csv")
        else { return file }
        let text = String(decoding: bytes, as: UTF8.self)
        return OutputFile(path: file.path, text: PersonalData.mask(text, keeping: publicPhones))
    }
}
