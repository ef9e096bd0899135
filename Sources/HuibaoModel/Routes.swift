/// The path of every page of the site: the one place URLs are decided.
public enum Routes {
    public static let home = SitePath.root
    public static let indicators = SitePath(["indicators"])
    public static let categories = SitePath(["categories"])
    public static let activities = SitePath(["activities"])
    public static let months = SitePath(["months"])
    public static let payments = SitePath(["payments"])
    public static let articles = SitePath(["articles"])
    public static let stylesheet = SitePath(["css", "huibao.css"], isPage: false)
    public static let progressJSON = SitePath(["data", "progress.json"], isPage: false)
    public static let indicatorsCSV = SitePath(["data", "indicators.csv"], isPage: false)
    public static let indicatorsXLSX = SitePath(["data", "indicators.xlsx"], isPage: false)

    public static let reports = SitePath(["reports"])
    public static let compliance = SitePath(["compliance"])
    /// The staff page (team only): each roster member's write-ups per month.
    public static let staff = SitePath(["staff"])
    /// An evaluator report: one HTML file.
    public static func report(_ evaluationID: String) -> SitePath {
        SitePath(["reports", segment(evaluationID) + ".html"], isPage: false)
    }

    /// Page `number` of a list cut into pages: page 1 is the list's own path (so every link
    /// to the list stays valid), page 2 on is `<list>/page/<number>/` (`activities/page/2/`).
    public static func listPage(_ list: SitePath, _ number: Int) -> SitePath {
        number <= 1 ? list : list.appending([pageFolder, String(number)])
    }

    /// The folder holding a list's later pages (`activities/page/`): no write-up's path may
    /// start with it.
    public static let pageFolder = "page"

    public static func indicator(_ id: String) -> SitePath { SitePath(["indicators", id]) }
    public static func category(_ name: String) -> SitePath { SitePath(["categories", segment(name)]) }
    public static func activity(_ slug: String) -> SitePath { SitePath(page: "activities/" + slug) }
    public static func article(_ slug: String) -> SitePath { SitePath(page: "articles/" + slug) }
    public static func month(_ month: Month) -> SitePath { SitePath(["months", month.isoText]) }
    public static func ledger(_ name: String) -> SitePath { SitePath(["ledgers", segment(name)]) }
    public static func media(_ contentPath: String) -> SitePath {
        SitePath(["media"] + contentPath.split(separator: "/").map(String.init), isPage: false)
    }

    /// A name as one path segment: cleaned, never empty, `.`, `..` nor holding `/` (the
    /// readers reject such names; this keeps a route inside its folder whatever it is given).
    public static func segment(_ name: String) -> String {
        let cleaned = Slug.cleanSegment(name)
        return cleaned.isEmpty || cleaned == Slug.pageFile ? "_" + cleaned : cleaned
    }

    /// The page an evidence item links to, if it has one.
    public static func evidence(_ source: Evidence.Source) -> SitePath? {
        switch source {
        case .activity(let slug): return activity(slug)
        case .article(let slug): return article(slug)
        case .ledgerRow(let name, _): return ledger(name)
        case .internalRecord: return nil
        }
    }

    /// `evidence(source) != nil`, without building the path.
    public static func evidenceHasPage(_ source: Evidence.Source) -> Bool {
        if case .internalRecord = source { return false }
        return true
    }

    /// `evidence(source)?.url`, without building the path for write-ups and articles.
    public static func evidenceURL(_ source: Evidence.Source) -> String? {
        switch source {
        case .activity(let slug): return SitePath.pageURL(section: "activities", slug: slug)
        case .article(let slug): return SitePath.pageURL(section: "articles", slug: slug)
        case .ledgerRow, .internalRecord: return evidence(source)?.url
        }
    }

    /// The in-page anchor of a ledger row (`row-12` for the row on file line 12).
    public static func ledgerRowAnchor(line: Int) -> String { "row-\(line)" }

    /// The relative href for an evidence item from `page`, with the row anchor for ledger rows.
    public static func evidenceLink(_ source: Evidence.Source, from page: SitePath) -> String? {
        guard let path = evidence(source) else { return nil }
        if case .ledgerRow(_, let line) = source { return path.link(from: page) + "#" + ledgerRowAnchor(line: line) }
        return path.link(from: page)
    }
}
