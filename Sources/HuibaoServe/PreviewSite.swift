import HuibaoModel
import HuibaoSite

/// What the preview serves at one moment: the site's pages, or the error page on every path.
enum PreviewSite: Sendable {
    case pages(SitePages)
    /// The content has errors (or could not be read): this page, on every path.
    case broken(html: String, diagnostics: [Diagnostic])
}
