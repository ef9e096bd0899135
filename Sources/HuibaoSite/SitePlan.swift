import HuibaoModel

/// Every file of one site (one audience, one as-of date) as a list of `SitePage`s, in the
/// site's order: the one list the build renders to disk (`renderAll`) and the preview renders
/// from, one path at a time (`render(_:)`). The pages themselves are listed in
/// `SitePlan+Pages.swift`.
public struct SitePlan: Sendable {
    /// Every page, in the site's order (that of `renderAll()`).
    public let pages: [SitePage]
    public let options: SiteOptions

    /// - Parameters:
    ///   - figures: the figures stage's result (`SiteFigures.compute(content, options: options)`).
    ///   - reportMedia: the images reports embed (only read when a report is rendered).
    ///   - publishedMedia: images to write with these bytes instead of copying them (text
    ///     media made safe and masked for the audience).
    ///   - evidenceCache: progress.json's evidence lists from the previous preview build.
    ///   - materialThumbnails: the evidence images that get a downscaled thumbnail
    ///     (`materials/_thumbs/…`; those over 64 KB: `MaterialThumbnails.link` in a build,
    ///     `MaterialThumbnails.needed` in the preview); every other
    ///     image is shown as it is.
    ///   - linkedMaterials: the evidence files (`MaterialFiles.published`) when the caller has
    ///     written them already (the build links them beside the plan, learning their sizes):
    ///     their thumbnails are listed, the files themselves not.
    ///   - linkedThumbnails: instead of `materialThumbnails`, the images the caller fills in
    ///     once its links are done (before it renders any page); none is listed then: the
    ///     caller writes them (`thumbnailFiles`).
    public init(
        _ content: SiteContent, figures: SiteFigures, options: SiteOptions, templates: TemplateSet,
        reportMedia: ReportMedia = ReportMedia([:]), publishedMedia: [String: [UInt8]] = [:],
        evidenceCache: EvidenceJSONCache? = nil, materialThumbnails: Set<String> = [],
        linkedMaterials: [String]? = nil, linkedThumbnails: LinkedThumbnails? = nil
    ) {
        self.options = options
        let renderer = PageRenderer(
            content: content, figures: figures.site, options: options, templates: templates,
            materialUnits: figures.materialUnits, materialThumbnails: materialThumbnails,
            linkedThumbnails: linkedThumbnails)
        pages = Self.pages(
            renderer, figures: figures, reportMedia: reportMedia, publishedMedia: publishedMedia,
            evidenceCache: evidenceCache, materialCopies: linkedMaterials)
    }

    /// The thumbnails of `images` (`materials/_thumbs/…`) as the plan lists them when it knows
    /// them, each a copy of its original that the writer downscales; in path order.
    public static func thumbnailFiles(_ images: Set<String>) -> [OutputFile] {
        images.sorted().map(thumbnailFile)
    }

    /// The thumbnail of one image (`materials/_thumbs/<path>.jpg`), a copy the writer downscales.
    static func thumbnailFile(_ image: String) -> OutputFile {
        OutputFile(path: Routes.materialThumbnail(image).outputFile, body: .copy(contentPath: image))
    }

    /// Every output path (`index.html`, `activities/2025-06/宣讲/index.html`, …), sorted.
    public var paths: [String] { pages.map(\.path).sorted() }

    /// The pages by path, for a server looking pages up (made once per plan by its caller).
    public func index() -> [String: Int] {
        Dictionary(pages.enumerated().map { ($1.path, $0) }, uniquingKeysWith: { a, _ in a })
    }

    /// Every file of the site, in the site's order, rendered on the cores.
    public func renderAll() -> [OutputFile] {
        var files = [OutputFile?](repeating: nil, count: pages.count)
        for batch in batches() {
            for (index, file) in zip(batch, Parallel.map(batch) { pages[$0].render() }) { files[index] = file }
        }
        return files.map { $0! }
    }

    /// The same files, each handed to `emit` as soon as it is made, on the core that made it
    /// and in no fixed order (the build writes them at once instead of holding 10,000 pages).
    public func renderAll(emit: @Sendable (OutputFile) -> Void) {
        for batch in batches() {
            _ = Parallel.map(batch) { emit(pages[$0].render()) }
        }
    }

    /// The pages' indices in the order the build runs them, in batches run one after the
    /// other: the longest pages first, then the rest but the many short ones, then those
    /// (write-up pages), then the copies (one at a time: nothing to render).
    func batches() -> [[Int]] {
        var first: [Int] = []
        var normal: [Int] = []
        var bulk: [Int] = []
        var links: [Int] = []
        var copies: [[Int]] = []
        for (index, page) in pages.enumerated() {
            switch page.schedule {
            case .first: first.append(index)
            case .normal: normal.append(index)
            case .bulk: bulk.append(index)
            case .link: links.append(index)
            case .copy: copies.append([index])
            }
        }
        return [first + normal, Self.spreading(links, among: bulk)] + copies
    }

    /// `pages` with `links` spread evenly between them (two links after each page when there
    /// are twice as many): the cores then link evidence files while they render write-ups,
    /// rather than all link into one folder at once at the end (each link takes its lock).
    static func spreading(_ links: [Int], among pages: [Int]) -> [Int] {
        guard !pages.isEmpty, !links.isEmpty else { return pages + links }
        var order: [Int] = []
        order.reserveCapacity(pages.count + links.count)
        var next = 0
        for (position, page) in pages.enumerated() {
            order.append(page)
            let due = (position + 1) * links.count / pages.count
            order += links[next..<due]
            next = due
        }
        return order
    }
}
