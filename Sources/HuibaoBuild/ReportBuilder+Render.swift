import Foundation
import HuibaoModel
import HuibaoSite

extension ReportBuilder {
    /// The evaluator report's HTML for a loaded project, as `huibao report` and `huibao
    /// archive` both write it: the refusals (personal data in names, media that may not be
    /// published) when there are any, else the HTML and its warnings.
    static func render(
        _ project: LoadedProject, content: SiteContent, templates: TemplateSet, evaluation: Evaluation, asOf: Day,
        figures: Figures, source: URL, today: Day, refused: String = "评估报告", archiveFiles: [String: [String]]? = nil
    ) -> Result<(html: String, warnings: [Diagnostic]), RenderRefusal> {
        let media = MediaReview(content, source: source, audience: .evaluator)
        if let refusals = PublicationCheck.refusals(project, content: content, media: media, refused: refused) {
            return .failure(RenderRefusal(diagnostics: refusals))
        }
        var renderer = ReportRenderer(
            content: content, evaluation: evaluation, asOf: asOf, templates: templates,
            media: MediaLoader.forReports(content, source: source, review: media), figures: figures)
        renderer.asOfAfterToday = asOf > today
        renderer.archiveFiles = archiveFiles
        var (html, warnings) = renderer.render()
        if let warning = futureAsOfWarning(asOf: asOf, today: today, evaluation: evaluation) {
            warnings.append(warning)
        }
        return .success((html, warnings))
    }

    /// Errors that stop a report (or an archive) from being written.
    struct RenderRefusal: Error {
        var diagnostics: [Diagnostic]
    }
}
