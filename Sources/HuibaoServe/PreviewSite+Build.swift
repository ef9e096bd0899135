import Foundation
import HuibaoContent
import HuibaoModel
import HuibaoSite

/// What one preview build keeps for the next.
struct BuildCaches: Sendable {
    var parsing = ParseCache()
    var checks = ChecksCache()
}

extension PreviewSite {
    /// Parses the files in memory, runs the checks and prepares the pages (rendered on request).
    /// - Parameter caches: parsed write-ups and their checks from the previous build, updated.
    static func build(_ project: ProjectFiles, options: ServeOptions, caches: inout BuildCaches) -> (
        PreviewSite, [Diagnostic]
    ) {
        let snapshot = project.snapshot
        let parsed = ContentParser.parse(snapshot, cache: &caches.parsing)
        var diagnostics = parsed.diagnostics
        if let content = parsed.content {
            diagnostics += caches.checks.run(content, snapshot: snapshot, asOf: options.asOf)
        }
        var templates: TemplateSet?
        do throws(TemplateError) {
            templates = try TemplateSet(overrides: project.templates)
        } catch {
            diagnostics.append(error.diagnostic)
        }
        diagnostics.sort()
        guard let content = parsed.content, let templates, !diagnostics.hasErrors else {
            return (.broken(html: ErrorPage.html(diagnostics: diagnostics), diagnostics: diagnostics), diagnostics)
        }
        let pages = SitePages(
            content, options: SiteOptions(asOf: options.asOf, audience: .team(drafts: options.drafts)),
            templates: templates, media: media(content, folder: project.contentFolder))
        return (.pages(pages), diagnostics)
    }

    /// The images reports embed (only when the project has evaluations).
    static func media(_ content: SiteContent, folder: URL) -> [String: [UInt8]] {
        guard !content.project.evaluations.isEmpty else { return [:] }
        var result: [String: [UInt8]] = [:]
        for path in Set(content.activities.flatMap(\.body.media)).sorted() {
            if let data = FileManager.default.contents(atPath: folder.appendingPathComponent(path).path) {
                result[path] = [UInt8](data)
            }
        }
        return result
    }
}
