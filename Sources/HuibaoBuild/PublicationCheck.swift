import HuibaoContent
import HuibaoModel

/// What stops a public build or a report although the team's site builds: personal data
/// that cannot be masked in place (a number in a file name or an address), and text media
/// that cannot be made safe (an SVG that is not XML). `check` warns about each; here they
/// are errors, in place of those warnings.
enum PublicationCheck {
    /// The project's diagnostics with the refusals added (nil when there are none).
    /// - Parameter refused: what is not made, in Chinese (公开版, 评估报告).
    static func refusals(
        _ project: LoadedProject, content: SiteContent, media: MediaReview, refused: String
    ) -> [Diagnostic]? {
        var errors = PersonalData.inNames(content).map { PersonalData.diagnostic($0, refused: refused) }
        errors += media.refusals(refused: refused)
        guard !errors.isEmpty else { return nil }
        let replaced: Set<String> = ["personal-data.name", MediaReview.unreadableCode]
        return (project.diagnostics.filter { !replaced.contains($0.code) } + errors).sorted()
    }
}
