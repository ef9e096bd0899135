import Foundation
import HuibaoModel
import HuibaoOffice
import HuibaoPhotos
import HuibaoSite

extension ReportBuilder {
    /// The evaluator report as a .docx for a loaded project (`huibao report <id> --docx`): the
    /// same refusals as the HTML report, photos downscaled as for it, charts rendered by
    /// librsvg; the zip's entries dated the as-of day, so a rerun gives the same bytes.
    static func renderWord(
        _ project: LoadedProject, content: SiteContent, templates: TemplateSet, evaluation: Evaluation, asOf: Day,
        figures: Figures, source: URL, today: Day
    ) throws(Failure) -> Result<(bytes: [UInt8], warnings: [Diagnostic]), RenderRefusal> {
        let media = MediaReview(content, source: source, audience: .evaluator)
        if let refusals = PublicationCheck.refusals(project, content: content, media: media, refused: "评估报告") {
            return .failure(RenderRefusal(diagnostics: refusals))
        }
        var report = ReportRenderer(
            content: content, evaluation: evaluation, asOf: asOf, templates: templates,
            media: MediaLoader.forReports(content, source: source, review: media), figures: figures)
        report.asOfAfterToday = asOf > today
        var (document, warnings) = ReportWordRenderer(report: report, imaging: .libraries).render()
        if let warning = futureAsOfWarning(asOf: asOf, today: today, evaluation: evaluation) {
            warnings.append(warning)
        }
        do {
            return .success((try document.docx(day: asOf), warnings))
        } catch {
            throw Failure(message: error.message)
        }
    }
}

extension DocumentImaging {
    /// librsvg for charts, libjpeg-turbo for a photo's size (`HuibaoPhotos`).
    public static let libraries = DocumentImaging(
        chart: { ChartRaster.image(svg: $0, width: $1) }, jpegSize: { PhotoDownscaler.jpegSize($0) })
}
