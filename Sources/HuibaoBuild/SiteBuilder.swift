import Foundation
import HuibaoContent
import HuibaoModel
import HuibaoSite

/// Runs a build as named, timed stages: load → parse → templates → render and write.
public enum SiteBuilder {
    /// What a build did: its diagnostics, how many files it wrote, and the stage timings.
    public struct Outcome: Sendable {
        public var diagnostics: [Diagnostic]
        public var fileCount: Int
        public var pageCount: Int
        public var written: Bool
        public var stages: [(name: String, milliseconds: Double)]
        /// The parsed project, kept so that a command about to exit need not free it (freeing
        /// 10,000 write-ups one by one takes longer than exiting).
        public var project: LoadedProject?
    }

    /// Why a build could not run at all (no Content/, unsafe output folder, write failure).
    public struct Failure: Error, Sendable {
        public var message: String
    }

    public static func build(_ options: BuildOptions, log: @escaping (String) -> Void = { _ in }) throws(Failure)
        -> Outcome
    {
        var clock = StageClock(total: 3, log: options.verbose ? log : nil)
        if let problem = OutputSafety.problem(output: options.output, source: options.source) {
            throw Failure(message: problem)
        }
        // Locked before loading: a second build on the same output stops at once.
        let output: URL
        let lock: OutputLock
        do {
            output = try OutputWriter.linkTarget(options.output)
            lock = try OutputWriter.lock(output)
        } catch {
            throw Failure(message: error.message)
        }
        defer { withExtendedLifetime(lock) {} }
        let project: LoadedProject
        do {
            project = try ProjectLoader.load(source: options.source, asOf: options.asOf, clock: &clock)
        } catch {
            throw Failure(message: error.message)
        }
        guard project.isRenderable, let content = project.content, let templateSet = project.templates else {
            return Outcome(
                diagnostics: project.diagnostics, fileCount: 0, pageCount: 0, written: false, stages: clock.stages,
                project: project)
        }
        // Text media (SVG) made safe, and masked outside the team; what cannot be is refused.
        let media = MediaReview(content, source: options.source, audience: options.audience)
        if case .publicReaders = options.audience,
            let refusals = PublicationCheck.refusals(project, content: content, media: media, refused: "公开版")
        {
            return Outcome(
                diagnostics: refusals, fileCount: 0, pageCount: 0, written: false, stages: clock.stages, project: project)
        }
        // Only a team build carries reports (those due at the as-of date), and only they embed
        // photos: the downscaling is not paid for otherwise.
        var carriesReports = false
        if case .team = options.audience {
            carriesReports = content.project.evaluations.contains { $0.date <= options.asOf }
        }
        // Each file is written as soon as it is rendered, on the core that rendered it.
        let written = clock.run("生成并写入 \(options.output.lastPathComponent)/") {
            Result { () throws(OutputWriter.Failure) in
                try OutputWriter.write(
                    to: output,
                    contentFolder: options.source.appendingPathComponent("Content", isDirectory: true), lock: lock
                ) { emit in
                    SiteRenderer.render(
                        content, options: SiteOptions(asOf: options.asOf, audience: options.audience),
                        templates: templateSet,
                        media: carriesReports
                            ? MediaLoader.load(content, source: options.source).merging(media.forReports) { $1 } : [:],
                        publishedMedia: media.published, emit: emit)
                    MaterialThumbnails.emit(content, source: options.source, audience: options.audience, emit)
                }
            }
        }
        switch written {
        case .failure(let error):
            throw Failure(message: error.message)
        case .success(let counts):
            return Outcome(
                diagnostics: project.diagnostics, fileCount: counts.files, pageCount: counts.pages, written: true,
                stages: clock.stages, project: project)
        }
    }
}
