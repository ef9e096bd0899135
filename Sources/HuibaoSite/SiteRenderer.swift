import HuibaoModel

/// Renders the whole site from content and its figures: values in, files out.
public enum SiteRenderer {
    /// Every file of the site, in a stable order.
    /// - Parameter media: the bytes of the images write-ups show (by path in `Content/`), embedded in reports.
    public static func render(
        _ content: SiteContent, options: SiteOptions, templates: TemplateSet, media: [String: [UInt8]] = [:]
    ) -> [OutputFile] {
        let report = ProgressReport.compute(content, asOf: options.asOf, audience: options.audience)
        TraceTmp.mark("compute")
        let pages = PageRenderer(content: content, report: report, options: options, templates: templates)
        TraceTmp.mark("pagerenderer init")
        // Each file is a job; the jobs run on all cores and their files keep this order.
        var jobs: [@Sendable () -> OutputFile] = [
            pages.dashboard, pages.indicatorsIndex, pages.categoriesIndex, pages.activitiesIndex,
            pages.monthsIndex, pages.paymentsPage, pages.articlesIndex,
        ]
        jobs += report.indicators.map { indicator in { pages.indicatorPage(indicator) } }
        jobs += content.categories.map { category in { pages.categoryPage(category) } }
        let writeUpPages = jobs.count..<jobs.count + pages.activitiesWithPages.count
        jobs += pages.activitiesWithPages.map { activity in { pages.activityPage(activity) } }
        jobs += pages.months.enumerated().map { index, month in { pages.monthPage(month, index: index) } }
        jobs += content.ledgers.keys.sorted().map { name in { pages.ledgerPage(content.ledgers[name]!) } }
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
        let asOf = options.asOf
        let isTeam =
            switch options.audience {
            case .team: true
            default: false
            }
        let run: @Sendable (@Sendable () -> OutputFile) -> OutputFile = { job in
            isTeam ? job() : masked(job(), asOf: asOf)
        }
        // The other pages first, each on its own: lists and data files take long, and no core
        // should be left waiting for one at the end (so the longest two start first). Then the
        // many short write-up pages.
        let others = Array(jobs[..<writeUpPages.lowerBound] + jobs[writeUpPages.upperBound...])
        let longest = [progressJSONJob - writeUpPages.count, 3]  // progress.json, the list of all write-ups
        let order = longest + others.indices.filter { !longest.contains($0) }
        var othersFiles = [OutputFile?](repeating: nil, count: others.count)
        for (index, file) in zip(order, Parallel.map(order.map { others[$0] }, run)) { othersFiles[index] = file }
        TraceTmp.mark("others")
        var files = othersFiles[..<writeUpPages.lowerBound].map { $0! }
        files += Parallel.map(Array(jobs[writeUpPages]), run)
        TraceTmp.mark("activity pages")
        files += othersFiles[writeUpPages.lowerBound...].map { $0! }
        var media: Set<String> = []
        for body in pages.activitiesWithPages.map(\.body)
            + ProgressData.visibleArticles(content.articles, audience: options.audience).map(\.body)
        { media.formUnion(body.media) }
        files += media.sorted().map { OutputFile(path: Routes.media($0).outputFile, body: .copy(contentPath: $0)) }
        return files
    }

    /// Outside the team, mobile and ID numbers are masked in every text file of the site.
    static func masked(_ file: OutputFile, asOf: Day) -> OutputFile {
        guard case .bytes(let bytes) = file.body,
            file.path.hasSuffix(".html") || file.path.hasSuffix(".json") || file.path.hasSuffix(".csv")
        else { return file }
        let text = String(decoding: bytes, as: UTF8.self)
        return OutputFile(path: file.path, text: PersonalData.mask(text, asOf: asOf))
    }
}
