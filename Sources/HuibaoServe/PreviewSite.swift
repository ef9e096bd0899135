import HuibaoModel
import HuibaoSite

/// What the preview serves at one moment: the site's pages, or the error page on every path.
enum PreviewSite: Sendable {
    case pages(PreviewPages)
    /// The content has errors (or could not be read): this page, on every path.
    case broken(html: String, diagnostics: [Diagnostic])
}

/// The team's site as the build's `SitePlan` lists it, each page rendered only when asked
/// for: a one-file edit re-renders the pages a browser requests, not the whole site.
struct PreviewPages: Sendable {
    let plan: SitePlan
    /// The plan's pages by path.
    let index: [String: Int]
    /// Files rendered ahead of the first request (progress.json, while the checks run).
    var prerendered: [String: OutputFile] = [:]

    init(_ plan: SitePlan) {
        self.plan = plan
        index = plan.index()
    }

    /// Whether the site has a file at `path`.
    func contains(_ path: String) -> Bool { index[path] != nil }

    /// The file at `path` (relative, as `OutputFile.path`), rendered now; nil when the site has none.
    func render(_ path: String) -> OutputFile? {
        if let file = prerendered[path] { return file }
        return index[path].map { plan.pages[$0].render() }
    }
}
