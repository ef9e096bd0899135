import HuibaoModel

/// Renders the whole site from content and its figures: values in, files out.
public enum SiteRenderer {
    /// Every file of the site, in a stable order.
    /// - Parameter media: the bytes of the images write-ups show (by path in `Content/`), embedded in reports.
    public static func render(
        _ content: SiteContent, options: SiteOptions, templates: TemplateSet, media: [String: [UInt8]] = [:]
    ) -> [OutputFile] {
        let report = ProgressReport.compute(content, asOf: options.asOf, audience: options.audience)
        let pages = PageRenderer(content: content, report: report, options: options, templates: templates)
        var files: [OutputFile] = [
            pages.dashboard(), pages.indicatorsIndex(), pages.categoriesIndex(), pages.activitiesIndex(),
            pages.monthsIndex(), pages.paymentsPage(), pages.articlesIndex(),
        ]
        files += report.indicators.map(pages.indicatorPage)
        files += content.categories.map(pages.categoryPage)
        files += pages.activitiesWithPages.map(pages.activityPage)
        files += pages.months.enumerated().map { pages.monthPage($1, index: $0) }
        files += content.ledgers.keys.sorted().map { pages.ledgerPage(content.ledgers[$0]!) }
        files += ProgressData.visibleArticles(content.articles, audience: options.audience).map(pages.articlePage)
        files.append(
            OutputFile(
                path: Routes.progressJSON.outputFile,
                body: .bytes(ProgressData.jsonBytes(content, report, audience: options.audience))))
        files.append(OutputFile(path: Routes.indicatorsCSV.outputFile, body: .bytes(ProgressData.csv(report))))
        files.append(OutputFile(path: Routes.stylesheet.outputFile, text: templates.stylesheet))
        if pages.hasCompliance { files.append(pages.compliancePage()) }
        if case .team = options.audience {
            // The team's site carries the report of every evaluation due by the as-of date, each at its date.
            files.append(pages.reportsIndex())
            for evaluation in pages.dueEvaluations {
                let report = ReportRenderer(
                    content: content, evaluation: evaluation, asOf: evaluation.date, templates: templates, media: media)
                files.append(OutputFile(path: Routes.report(evaluation.id).outputFile, text: report.render().html))
            }
        }
        var media: Set<String> = []
        for body in pages.activitiesWithPages.map(\.body)
            + ProgressData.visibleArticles(content.articles, audience: options.audience).map(\.body)
        { media.formUnion(body.media) }
        files += media.sorted().map { OutputFile(path: Routes.media($0).outputFile, body: .copy(contentPath: $0)) }
        if case .team = options.audience { return files }
        return files.map { masked($0, asOf: options.asOf) }
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
