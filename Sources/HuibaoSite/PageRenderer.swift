import HuibaoModel
import Synchronization

/// Builds page contexts and renders them through the templates: one value per build,
/// holding the content, its figures at the as-of date and lookups shared by the pages.
/// A class: every page of the plan captures it, and a struct of this size copied into each
/// of 100,000 write-up pages' closures was ~90 MB.
final class PageRenderer: Sendable {
    let content: SiteContent
    let figures: Figures
    let options: SiteOptions
    let templates: TemplateSet
    /// Write-ups that appear on this site (drafts only when the audience shows them).
    let activities: [Activity]
    /// Write-ups that get a page of their own: internal ones only on the team's site.
    let activitiesWithPages: [Activity]
    /// `activities` by category name and by month, each in date order.
    let activitiesByCategory: [String: [Activity]]
    let activitiesByMonth: [Month: [Activity]]
    /// `activities` newest month first, each month in date order (the list pages' order).
    let activitiesNewestMonthFirst: [Activity]
    /// Whether this audience sees names of staff, source files and internal text.
    let isTeam: Bool
    let figuresByID: [String: IndicatorFigure]
    let indicatorsByID: [String: Indicator]
    /// The months of the service period up to the as-of date, oldest first.
    let months: [Month]
    /// Each month's increments and cumulative values, in the same order.
    let monthProgress: [MonthProgress]
    /// The staff roster as a name lookup, when project.yml names one (staff names, `/staff/`).
    let staffRoster: StaffRoster?
    /// Evidence completeness at the as-of date, when the project names evidence (佐证材料).
    let materialUnits: MaterialUnits?
    /// Each indicator's evidence share (of `materialUnits.summary(in: .indicator(id))`), by id.
    let materialShares: [String: MaterialShare]?
    /// The evidence images shown by a downscaled thumbnail (over 64 KB); any other is its own.
    /// Given when the plan is made (the preview), or filled in by the build after its links.
    var materialThumbnails: Set<String> { linkedThumbnails?.paths ?? givenThumbnails }
    private let givenThumbnails: Set<String>
    let linkedThumbnails: LinkedThumbnails?
    /// Each write-up page's link from the site's root (`activities/2025-06/%E5%AE%A3/index.html`),
    /// by slug, filled as pages ask: lists and evidence tables link to 10,000 write-ups
    /// several times over, and percent-encoding their paths each time was a tenth of rendering.
    let activityLinks = ActivityLinks()
    let fixedLinks: FixedLinks
    /// The layout memos, by depth and section, made as pages ask.
    let layoutMemos = LayoutMemos()
    /// `site` in every page's context.
    private let site: ImmutableContext
    var siteContext: [String: Any] { site.values }

    init(
        content: SiteContent, figures: Figures, options: SiteOptions, templates: TemplateSet,
        materialUnits: MaterialUnits?, materialThumbnails: Set<String> = [], linkedThumbnails: LinkedThumbnails? = nil
    ) {
        self.content = content
        givenThumbnails = materialThumbnails
        self.linkedThumbnails = linkedThumbnails
        self.figures = figures
        self.options = options
        self.templates = templates
        activities = content.activities.filter { !$0.isDraft || options.audience.showsDrafts }
        isTeam = options.audience.showsInternalText
        activitiesWithPages = isTeam ? activities : activities.filter { !$0.isInternal }
        activitiesByCategory = Dictionary(grouping: activities, by: \.category)
        activitiesByMonth = Dictionary(grouping: activities, by: \.date.month)
        activitiesNewestMonthFirst = Self.newestMonthFirst(activitiesByMonth)
        figuresByID = Dictionary(figures.indicators.map { ($0.indicator.id, $0) }, uniquingKeysWith: { a, _ in a })
        indicatorsByID = Dictionary(content.indicators.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        monthProgress = figures.months(period: content.project.period, midterm: content.project.midtermEvaluation)
        months = monthProgress.map(\.month)
        self.materialUnits = materialUnits  // (`SiteFigures.compute`'s, made beside the figures)
        staffRoster = content.roster.map(StaffRoster.init)
        materialShares = Self.materialShares(materialUnits, indicators: content.indicators)
        site = ImmutableContext(values: Self.siteContext(content, asOf: options.asOf, leftOut: options.leftOut))
        fixedLinks = FixedLinks(
            categories: content.categories.map(\.name), indicatorIDs: content.indicators.map(\.id), months: months,
            hasCompliance: figures.staffing != nil || figures.budget != nil,
            hasStaff: isTeam && content.roster != nil)
    }

    /// `Routes.activity(slug).link(from: page)`, with `up` = `page.upLink` worked out once per page.
    func activityLink(_ slug: String, up: String) -> String {
        up + activityLinks.link(slug)
    }

    /// `Routes.evidenceLink(source, from: page)`, through `activityLinks` for write-ups.
    func evidenceLink(_ source: Evidence.Source, from page: SitePath, up: String) -> String? {
        if case .activity(let slug) = source { return activityLink(slug, up: up) }
        return Routes.evidenceLink(source, from: page)
    }

    /// Renders one page: its body template inside the layout.
    func page(_ path: SitePath, title: String, template: String, section: String, _ context: [String: Any])
        -> OutputFile
    {
        var context = context
        context["title"] = title
        let up = path.upLink
        // The layout's bytes are the same for every page at this depth in this section but
        // for the title and content: filled in, not rendered again. The page's own template
        // gets the layout's values only when it may look one up.
        if let memo = layoutMemos.memo(up: up, section: section, make: makeLayoutMemo) {
            var content = context
            if templates.mayReference(LayoutMemo.layoutValueNames, template: template) {
                for (key, value) in layoutValues(up: up, section: section) { content[key] = value }
            }
            if let bytes = templates.renderContent(content, template: template).flatMap({
                memo.render(title: title, content: $0)
            }) {
                return OutputFile(path: path.outputFile, body: .bytes(bytes))
            }
        }
        for (key, value) in layoutValues(up: up, section: section) { context[key] = value }
        return OutputFile(path: path.outputFile, body: .bytes(templates.renderPage(context, template: template)))
    }

    /// What every page's context holds for the layout besides title and content.
    func layoutValues(up: String, section: String) -> [String: Any] {
        [
            "site": siteContext, "home": up + fixedLinks.home, "css": up + fixedLinks.stylesheet,
            "progressJSON": up + fixedLinks.progressJSON, "indicatorsCSV": up + fixedLinks.indicatorsCSV,
            "indicatorsXLSX": up + fixedLinks.indicatorsXLSX,
            "nav": navigation(up: up, section: section),
        ]
    }

    private func makeLayoutMemo(up: String, section: String) -> LayoutMemo? {
        // A marker character in the project's own texts could not be told from a hole.
        let siteTexts = siteContext.values.compactMap { $0 as? String }
        guard !siteTexts.contains(where: { $0.unicodeScalars.contains("\u{E000}") }) else { return nil }
        return templates.layoutMemo(probe: layoutValues(up: up, section: section))
    }

    /// Drops empty-text values from a context tree, so `{{#key}}…{{/key}}` sections are
    /// skipped for them (Mustache treats any string, even "", as true), and turns `HTMLBytes`
    /// into strings for swift-mustache. Array elements stay.
    static func withoutEmptyText(_ context: [String: Any]) -> [String: Any] {
        // Changed in place: a context with nothing to drop is returned without a copy.
        var result = context
        for (key, value) in context {
            // The usual types, told by their exact type (cheaper than the casts below).
            switch ObjectIdentifier(type(of: value)) {
            case ObjectIdentifier(String.self):
                if (value as! String).isEmpty { result[key] = nil }
                continue
            case ObjectIdentifier(HTMLBytes.self):
                let html = value as! HTMLBytes
                result[key] = html.bytes.isEmpty ? nil : html.description
                continue
            case ObjectIdentifier(Bool.self), ObjectIdentifier(Int.self), ObjectIdentifier([String].self):
                continue
            case ObjectIdentifier([[String: Any]].self):
                result[key] = (value as! [[String: Any]]).map(withoutEmptyText)
                continue
            default:
                break
            }
            switch value {
            case let text as String where text.isEmpty:
                result[key] = nil
            case let nested as [String: Any]:
                result[key] = withoutEmptyText(nested)
            case let list as [[String: Any]]:
                result[key] = list.map(withoutEmptyText)
            default:
                continue
            }
        }
        return result
    }

    /// The project's facts every page shows (made once per build), and the files
    /// `--keep-going` left out (`leftOut`, `leftOutFiles`: the layout's red banner).
    static func siteContext(_ content: SiteContent, asOf: Day, leftOut: [String] = []) -> [String: Any] {
        let project = content.project
        var context: [String: Any] = [
            "name": project.name, "client": project.client, "provider": project.provider,
            "period": Format.period(project.period), "asOf": asOf.chineseText, "asOfISO": asOf.isoText,
            "amount": Format.money(project.amount), "amountText": project.amount.capitalized,
        ]
        if !leftOut.isEmpty {
            context["leftOut"] = true
            context["leftOutFiles"] = leftOut
        }
        return context
    }

    /// The main navigation's sections: key, title and page.
    static func navigationItems(hasCompliance: Bool, hasStaff: Bool = false)
        -> [(key: String, title: String, page: SitePath)]
    {
        [
            ("home", "总览", Routes.home), ("indicators", "指标", Routes.indicators), ("months", "月报", Routes.months),
            ("activities", "活动", Routes.activities), ("payments", "付款", Routes.payments),
            ("articles", "稿件", Routes.articles),
        ] + (hasCompliance ? [("compliance", "履约", Routes.compliance)] : [])
            + (hasStaff ? [("staff", "人员", Routes.staff)] : [])
    }

    func navigation(up: String, section: String) -> [[String: Any]] {
        fixedLinks.navigation.map { item in
            ["title": item.title, "href": up + item.link, "current": item.key == section]
        }
    }
}

/// The links every page makes, from the site's root: a page's link to one of them is its
/// `upLink` followed by this (what `SitePath.link(from:)` gives), without encoding the path again.
struct FixedLinks: Sendable {
    var home, stylesheet, progressJSON, indicatorsCSV, indicatorsXLSX: String
    var navigation: [(key: String, title: String, link: String)]
    /// By category name, indicator id and month.
    var categories: [String: String]
    var indicators: [String: String]
    var months: [Month: String]

    init(categories: [String], indicatorIDs: [String], months: [Month], hasCompliance: Bool, hasStaff: Bool = false) {
        home = Routes.home.link(from: .root)
        stylesheet = Routes.stylesheet.link(from: .root)
        progressJSON = Routes.progressJSON.link(from: .root)
        indicatorsCSV = Routes.indicatorsCSV.link(from: .root)
        indicatorsXLSX = Routes.indicatorsXLSX.link(from: .root)
        navigation = PageRenderer.navigationItems(hasCompliance: hasCompliance, hasStaff: hasStaff).map {
            ($0.key, $0.title, $0.page.link(from: .root))
        }
        self.categories = Dictionary(
            categories.map { ($0, Routes.category($0).link(from: .root)) }, uniquingKeysWith: { a, _ in a })
        self.indicators = Dictionary(
            indicatorIDs.map { ($0, Routes.indicator($0).link(from: .root)) }, uniquingKeysWith: { a, _ in a })
        self.months = Dictionary(
            months.map { ($0, Routes.month($0).link(from: .root)) }, uniquingKeysWith: { a, _ in a })
    }
}

/// A context made once and only read afterwards (strings only), shared by the page jobs.
private struct ImmutableContext: @unchecked Sendable {
    let values: [String: Any]
}

/// Write-up links from the site's root by slug, made on first use and shared by the cores.
final class ActivityLinks: Sendable {
    private let links = Mutex<[String: String]>([:])

    func link(_ slug: String) -> String {
        if let link = links.withLock({ $0[slug] }) { return link }
        let link = Routes.activity(slug).link(from: .root)
        links.withLock { $0[slug] = link }
        return link
    }
}

/// `LayoutMemo`s by depth (`upLink`) and section, made on first use and shared by the cores
/// (nil where the layout names other values: those pages are rendered in full).
final class LayoutMemos: Sendable {
    private let memos = Mutex<[String: LayoutMemo?]>([:])

    func memo(up: String, section: String, make: (String, String) -> LayoutMemo?) -> LayoutMemo? {
        let key = up + "\n" + section
        if let memo = memos.withLock({ $0[key] }) { return memo }
        let memo = make(up, section)
        memos.withLock { $0[key] = memo }
        return memo
    }
}
