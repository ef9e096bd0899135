import HuibaoModel

/// One file of the site as the plan lists it: where it goes, who it exists for, what it is
/// made from and how it is made. The build renders every page to disk, the preview one page
/// when a browser asks for its path.
public struct SitePage: Sendable {
    /// The sites a page exists on.
    public enum Readers: Sendable, Equatable {
        /// Every site: the team's, with drafts and public.
        case everyone
        /// Only the team's sites (reports, internal write-ups, the roster and expense ledgers).
        case team
        /// Only the team's site built with `--drafts` (a draft write-up or a draft's month).
        case teamWithDrafts
    }

    /// What a page is made from: when one of these changes, the page may change.
    public enum Input: Hashable, Sendable {
        /// The figures at the as-of date, and so everything counted.
        case figures
        /// The project's settings (project.yml, indicators.yml): names, period, indicators.
        case settings
        /// One file of the project, as diagnostics name it (`Content/activities/…`).
        case file(String)
        /// The templates and the stylesheet (the project's own `Templates/` over the defaults).
        case templates
        /// The images the write-ups show, embedded in reports.
        case reportMedia
    }

    /// When the build runs a page: the longest first so no core waits for one at the end;
    /// the many short pages after the others; copies last (nothing to render). `link`: an
    /// evidence file, linked among the short pages (spread evenly between them).
    enum Schedule: Sendable, Equatable {
        case first, normal, bulk, link, copy
    }

    /// The path relative to the output folder (`activities/2025-06/宣讲/index.html`).
    public let path: String
    /// What kind of page this is (`dashboard`, `write-up`, `report`, …).
    public let kind: String
    public let readers: Readers
    public let inputs: [Input]
    let schedule: Schedule
    let make: @Sendable () -> OutputFile

    /// Renders the page now (masked outside the team, as the build writes it).
    public func render() -> OutputFile {
        let file = make()
        assert(file.path == path, "the plan lists \(path) but its renderer made \(file.path)")
        return file
    }
}
