import Foundation
import HuibaoBuild
import HuibaoContent
import HuibaoModel
import HuibaoSite

/// What one preview build keeps for the next.
struct BuildCaches: Sendable {
    var parsing = ParseCache()
    var checks = ChecksCache()
    /// The templates of the last build and the overrides they came from: parsing every
    /// template again costs more than a one-file edit.
    var templates: (overrides: [String: String], set: TemplateSet)?
    /// progress.json's evidence lists, per indicator.
    var evidence = EvidenceJSONCache()
}

extension PreviewSite {
    /// Parses the files in memory, runs the checks and prepares the pages (rendered on request).
    /// - Parameters:
    ///   - changed: the files read again since the previous build (paths under `Content/`),
    ///     nil when unknown.
    ///   - caches: parsed write-ups and their checks from the previous build, updated.
    static func build(_ project: inout ProjectFiles, changed: Set<String>? = nil, options: ServeOptions, caches: inout BuildCaches) -> (
        PreviewSite, [Diagnostic]
    ) {
        var clock = StageClock(total: 5, log: timingLog)
        let snapshot = clock.run("读取 Content/（内存中）") { project.snapshot() }
        // The templates of the last build when their overrides did not change.
        let templatesResult: Result<TemplateSet, TemplateError>
        if let cached = caches.templates, cached.overrides == project.templates {
            templatesResult = .success(cached.set)
        } else {
            templatesResult = Result { () throws(TemplateError) in try TemplateSet(overrides: project.templates) }
            caches.templates = (try? templatesResult.get()).map { (project.templates, $0) }
        }
        // Moved out and back, so the cache is changed in place rather than copied.
        var parsing = caches.parsing
        caches.parsing = ParseCache()
        let parsed = ProjectLoader.parse(
            snapshot, clock: &clock,
            parser: { snapshot in
                changed.map { changed in ContentParser.parse(snapshot, cache: &parsing, changedWriteUps: changed) }
                    ?? ContentParser.parse(snapshot, cache: &parsing)
            },
            templates: { templatesResult })
        caches.parsing = parsing
        var diagnostics = parsed.found
        guard let content = parsed.content, let templates = parsed.templates, !diagnostics.hasErrors else {
            // The error page lists every warning too: the checks run on whatever parsed.
            if let partial = parsed.partial {
                diagnostics += caches.checks.run(partial, snapshot: snapshot, asOf: options.asOf)
            }
            diagnostics.sort()
            return (.broken(html: ErrorPage.html(diagnostics: diagnostics), diagnostics: diagnostics), diagnostics)
        }
        // The checks only warn, so the figures, the plan and progress.json are made meanwhile
        // on the other core.
        let checks = caches.checks
        let evidenceCache = caches.evidence
        let source = project.source
        let siteOptions = SiteOptions(asOf: options.asOf, audience: .team(drafts: options.drafts))
        // Report images are read (and photos downscaled, as for the build) only if a report is asked for.
        let reportMedia = ReportMedia(loading: { MediaLoader.forReports(content, source: source) })
        let ((newChecks, warnings), (pages, times)) = Parallel.both(
            {
                var checks = checks
                let warnings = checks.run(content, snapshot: snapshot, asOf: options.asOf)
                return (checks, warnings)
            },
            {
                var clock = StageClock(total: 5)
                // A report's figures are computed when the report is asked for.
                let figures = clock.run(SiteBuilder.figuresStage) {
                    SiteFigures.compute(content, options: siteOptions, reports: false)
                }
                var pages = clock.run("列出页面") {
                    PreviewPages(
                        SitePlan(
                            content, figures: figures, options: siteOptions, templates: templates,
                            reportMedia: reportMedia, evidenceCache: evidenceCache,
                            materialThumbnails: MaterialThumbnails.needed(
                                content, audience: siteOptions.audience,
                                contentFolder: source.appendingPathComponent("Content", isDirectory: true))))
                }
                let json = Routes.progressJSON.outputFile
                pages.prerendered[json] = clock.run("生成 progress.json") { pages.render(json) }
                return (pages, clock.stages)
            })
        caches.checks = newChecks
        for (name, milliseconds) in times { timingLog?("  \(name) \(String(format: "%.1f", milliseconds)) ms") }
        diagnostics += warnings
        diagnostics.sort()
        return (.pages(pages), diagnostics)
    }

    /// Where the stage times go: standard error when HUIBAO_SERVE_TIMING is set.
    static var timingLog: ((String) -> Void)? {
        guard ProcessInfo.processInfo.environment["HUIBAO_SERVE_TIMING"] != nil else { return nil }
        return { FileHandle.standardError.write(Data(("[serve] " + $0 + "\n").utf8)) }
    }
}
