import HuibaoModel

/// Every figure one build shows, computed once in the figures stage (「计算指标」) and handed to
/// every renderer: the site's at its as-of date for its audience and, on the team's site, each
/// evaluation report due by then at its own date for the evaluator.
public struct SiteFigures: Sendable {
    /// The site's figures (dashboard, lists, progress.json).
    public let site: Figures
    /// The figures of each report the site carries, by evaluation id (those missing are
    /// computed when their report is rendered).
    public let reports: [String: Figures]
    /// Every counted unit's evidence at the as-of date (nil when the project names no evidence).
    let materialUnits: MaterialUnits?

    public init(site: Figures, reports: [String: Figures] = [:], materialUnits: MaterialUnits? = nil) {
        self.site = site
        self.reports = reports
        self.materialUnits = materialUnits
    }

    /// Computes the site's figures and those of the reports it carries, on the cores.
    /// - Parameter reports: false leaves the reports' figures to be computed when a report is
    ///   rendered (the preview, which renders a report only when it is asked for).
    public static func compute(_ content: SiteContent, options: SiteOptions, reports: Bool = true) -> SiteFigures {
        let due = reports ? dueReports(content, options: options) : []
        // The evidence units beside the figures (the pages read both).
        let (computed, units) = Parallel.both(
            {
                Parallel.map([nil] + due.map(Optional.some)) { evaluation -> Figures in
                    guard let evaluation else {
                        return Figures.compute(content, asOf: options.asOf, audience: options.audience)
                    }
                    return ReportRenderer.figures(content, asOf: evaluation.date)
                }
            }, { PageRenderer.materialUnits(content, asOf: options.asOf) })
        return SiteFigures(
            site: computed[0],
            reports: Dictionary(zip(due.map(\.id), computed.dropFirst()), uniquingKeysWith: { a, _ in a }),
            materialUnits: units)
    }

    /// The evaluations whose reports the site carries: only the team's, those due by the as-of date.
    static func dueReports(_ content: SiteContent, options: SiteOptions) -> [Evaluation] {
        guard options.audience.showsInternalText else { return [] }
        return content.project.evaluations.filter { $0.date <= options.asOf }
    }
}
