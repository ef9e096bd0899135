import Foundation
import HuibaoContent
import HuibaoModel
import HuibaoSite

/// Runs a build as named, timed stages: read Content/ → parse (templates alongside) →
/// figures at the as-of date (the evidence files linked into the staging folder alongside) →
/// the site's plan → render and write; then the staging folder is swapped in.
public enum SiteBuilder {
    /// What a build did: its diagnostics, how many files it wrote, and the stage timings.
    public struct Outcome: Sendable {
        public var diagnostics: [Diagnostic]
        public var fileCount: Int
        public var pageCount: Int
        public var written: Bool
        /// The files `--keep-going` left out for their errors (`Content/…`), sorted.
        public var leftOut: [String] = []
        public var stages: [(name: String, milliseconds: Double)]
        /// The parsed project, kept so that a command about to exit need not free it (freeing
        /// 10,000 write-ups one by one takes longer than exiting).
        public var project: LoadedProject?
        /// The site's plan, kept for the same reason.
        public var plan: SitePlan? = nil
    }

    /// Why a build could not run at all (no Content/, unsafe output folder, write failure).
    public struct Failure: Error, Sendable {
        public var message: String
    }

    /// The build's stages, as `--verbose` numbers them.
    static let stageCount = 5
    /// The name of the stage computing every figure at the as-of date.
    public static let figuresStage = "计算指标"

    public static func build(_ options: BuildOptions, log: @escaping (String) -> Void = { _ in }) throws(Failure)
        -> Outcome
    {
        var clock = StageClock(total: stageCount, log: options.verbose ? log : nil)
        if options.keepGoing, case .publicReaders = options.audience {
            throw Failure(message: "--keep-going 只用于团队网站，不能和 --public 一起用：公开版从不略过有错误的文件")
        }
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
            project = try ProjectLoader.load(
                source: options.source, asOf: options.asOf, keepGoing: options.keepGoing, clock: &clock)
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
                diagnostics: refusals, fileCount: 0, pageCount: 0, written: false, stages: clock.stages,
                project: project)
        }
        let siteOptions = SiteOptions(asOf: options.asOf, audience: options.audience, leftOut: project.leftOut)
        let contentFolder = options.source.appendingPathComponent("Content", isDirectory: true)
        // Only reports embed photos, and only a team build carries them (those due at the
        // as-of date): the downscaling is not paid for otherwise.
        let source = options.source
        let reportMedia = ReportMedia(loading: { MediaLoader.forReports(content, source: source, review: media) })
        let audience = options.audience
        let writing = "生成并写入 \(options.output.lastPathComponent)/"
        // The staging folder is made before the figures: the evidence files (佐证材料) are
        // linked into it beside them, and their links tell which images need a thumbnail.
        // The plan outlives the build (as the project does): freeing its pages and evidence
        // units one by one would only delay the exit.
        var kept: SitePlan?
        let written = Result { () throws(OutputWriter.Failure) in
            try OutputWriter.write(to: output, contentFolder: contentFolder, lock: lock) { folder in
                let (figures, evidence, linking) = clock.run(figuresStage) {
                    // The figures on a thread of their own while the evidence is listed; the
                    // files are linked on the cores beside the figures and then the plan (whose
                    // serial work left a core idle), which lists none of them.
                    let figures = Parallel.start { SiteFigures.compute(content, options: siteOptions) }
                    let evidence = MaterialFiles.publishedByOrigin(content, audience: audience)
                    let linking = Parallel.start { MaterialThumbnails.link(evidence, into: folder) }
                    return (figures.wait(), evidence, linking)
                }
                let thumbnails = LinkedThumbnails()
                let plan = clock.run("列出页面") {
                    SitePlan(
                        content, figures: figures, options: siteOptions, templates: templateSet,
                        reportMedia: reportMedia, publishedMedia: media.published,
                        linkedMaterials: evidence.paths, linkedThumbnails: thumbnails)
                }
                kept = plan
                // Each file is written as soon as it is rendered, on the core that rendered it.
                clock.run(writing) {
                    // The links are done before any page is rendered: they tell which images
                    // get a thumbnail (made from its original here, on the cores).
                    let images = linking.wait()
                    thumbnails.fill(images)
                    _ = Parallel.map(SitePlan.thumbnailFiles(images)) {
                        folder.write(MaterialThumbnails.prepared($0, contentFolder: contentFolder))
                    }
                    // The photos are decoded on all cores before the pages start.
                    if !figures.reports.isEmpty { _ = reportMedia.media }
                    plan.renderAll { folder.write($0) }
                }
            }
        }
        switch written {
        case .failure(let error):
            throw Failure(message: error.message)
        case .success(let counts):
            return Outcome(
                diagnostics: project.diagnostics, fileCount: counts.files, pageCount: counts.pages, written: true,
                leftOut: project.leftOut, stages: clock.stages, project: project, plan: kept)
        }
    }
}
