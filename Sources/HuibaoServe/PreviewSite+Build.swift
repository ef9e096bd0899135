import Foundation
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
        var clock = Clock()
        let snapshot = project.snapshot()
        clock.lap("snapshot")
        let parsed =
            changed.map { ContentParser.parse(snapshot, cache: &caches.parsing, changedWriteUps: $0) }
            ?? ContentParser.parse(snapshot, cache: &caches.parsing)
        clock.lap("parse")
        defer { clock.print() }
        var diagnostics = parsed.diagnostics
        var templates: TemplateSet?
        if let cached = caches.templates, cached.overrides == project.templates {
            templates = cached.set
        } else {
            do throws(TemplateError) {
                let set = try TemplateSet(overrides: project.templates)
                templates = set
                caches.templates = (project.templates, set)
            } catch {
                caches.templates = nil
                diagnostics.append(error.diagnostic)
            }
        }
        guard let content = parsed.content, let templates, !diagnostics.hasErrors else {
            // The error page lists every warning too: the checks run on whatever parsed.
            if let partial = parsed.partial {
                diagnostics += caches.checks.run(partial, snapshot: snapshot, asOf: options.asOf)
            }
            diagnostics.sort()
            return (.broken(html: ErrorPage.html(diagnostics: diagnostics), diagnostics: diagnostics), diagnostics)
        }
        // The checks only warn, so the figures, the pages and progress.json are made meanwhile
        // on the other core.
        let checks = caches.checks
        let evidenceCache = caches.evidence
        let media = media(content, folder: project.contentFolder)
        let ((newChecks, warnings), pages) = Parallel.both(
            {
                var checks = checks
                let warnings = checks.run(content, snapshot: snapshot, asOf: options.asOf)
                return (checks, warnings)
            },
            {
                var pages = SitePages(
                    content, options: SiteOptions(asOf: options.asOf, audience: .team(drafts: options.drafts)),
                    templates: templates, media: media, evidenceCache: evidenceCache)
                let json = Routes.progressJSON.outputFile
                pages.prerendered[json] = pages.render(json)
                return pages
            })
        caches.checks = newChecks
        clock.lap("checks ∥ pages and progress.json")
        diagnostics += warnings
        diagnostics.sort()
        return (.pages(pages), diagnostics)
    }

    /// The images reports embed (only when the project has evaluations).
    static func media(_ content: SiteContent, folder: URL) -> [String: [UInt8]] {
        guard !content.project.evaluations.isEmpty else { return [:] }
        var result: [String: [UInt8]] = [:]
        for path in Set(content.activities.flatMap(\.body.media)).sorted() {
            if case .success(let bytes) = RegularFile.read(folder.appendingPathComponent(path).path) {
                result[path] = bytes
            }
        }
        return result
    }
}

/// Stage times of a preview build, printed to standard error when HUIBAO_SERVE_TIMING is set.
struct Clock {
    var last = DispatchTime.now().uptimeNanoseconds
    var laps: [String] = []

    mutating func lap(_ name: String) {
        let now = DispatchTime.now().uptimeNanoseconds
        laps.append("\(name) \(String(format: "%.1f", Double(now - last) / 1_000_000)) ms")
        last = now
    }

    func print() {
        guard ProcessInfo.processInfo.environment["HUIBAO_SERVE_TIMING"] != nil else { return }
        FileHandle.standardError.write(Data(("[serve] " + laps.joined(separator: ", ") + "\n").utf8))
    }
}
