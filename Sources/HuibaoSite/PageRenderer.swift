import HuibaoModel

/// Builds page contexts and renders them through the templates: one value per build,
/// holding the content, its figures at the as-of date and lookups shared by the pages.
struct PageRenderer {
    let content: SiteContent
    let report: ProgressReport
    let options: SiteOptions
    let templates: TemplateSet
    /// Write-ups that appear on this site (drafts only when the audience shows them).
    let activities: [Activity]
    /// Write-ups that get a page of their own: internal ones only on the team's site.
    let activitiesWithPages: [Activity]
    /// Whether this audience sees names of staff, source files and internal text.
    let isTeam: Bool
    let figuresByID: [String: IndicatorFigure]
    let indicatorsByID: [String: Indicator]
    /// The months of the service period up to the as-of date, oldest first.
    let months: [Month]
    /// Each month's increments and cumulative values, in the same order.
    let monthProgress: [MonthProgress]

    init(content: SiteContent, report: ProgressReport, options: SiteOptions, templates: TemplateSet) {
        self.content = content
        self.report = report
        self.options = options
        self.templates = templates
        activities = content.activities.filter { !$0.isDraft || options.audience.showsDrafts }
        isTeam = options.audience.showsInternalText
        activitiesWithPages = isTeam ? activities : activities.filter { !$0.isInternal }
        figuresByID = Dictionary(report.indicators.map { ($0.indicator.id, $0) }, uniquingKeysWith: { a, _ in a })
        indicatorsByID = Dictionary(content.indicators.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        monthProgress = report.months(period: content.project.period, midterm: content.project.midtermEvaluation)
        months = monthProgress.map(\.month)
    }

    /// Renders one page: its body template inside the layout.
    func page(_ path: SitePath, title: String, template: String, section: String, _ context: [String: Any])
        -> OutputFile
    {
        var context = context
        context["title"] = title
        context["site"] = siteContext
        context["home"] = Routes.home.link(from: path)
        context["css"] = Routes.stylesheet.link(from: path)
        context["progressJSON"] = Routes.progressJSON.link(from: path)
        context["indicatorsCSV"] = Routes.indicatorsCSV.link(from: path)
        context["nav"] = navigation(from: path, section: section)
        context = Self.withoutEmptyText(context)
        context["content"] = templates.render(context, template: template)
        return OutputFile(path: path.outputFile, text: templates.render(context, template: "layout"))
    }

    /// Drops empty-text values from a context tree, so `{{#key}}…{{/key}}` sections are
    /// skipped for them (Mustache treats any string, even "", as true). Array elements stay.
    static func withoutEmptyText(_ context: [String: Any]) -> [String: Any] {
        // Changed in place: a context with nothing to drop is returned without a copy.
        var result = context
        for (key, value) in context {
            // The usual types, told by their exact type (cheaper than the casts below).
            switch ObjectIdentifier(type(of: value)) {
            case ObjectIdentifier(String.self):
                if (value as! String).isEmpty { result[key] = nil }
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

    var siteContext: [String: Any] {
        let project = content.project
        return [
            "name": project.name, "client": project.client, "provider": project.provider,
            "period": Format.period(project.period), "asOf": options.asOf.chineseText, "asOfISO": options.asOf.isoText,
            "amount": Format.money(project.amount), "amountText": project.amount.capitalized,
        ]
    }

    func navigation(from path: SitePath, section: String) -> [[String: Any]] {
        let items: [(String, String, SitePath)] =
            [
                ("home", "总览", Routes.home), ("indicators", "指标", Routes.indicators), ("months", "月报", Routes.months),
                ("activities", "活动", Routes.activities), ("payments", "付款", Routes.payments),
                ("articles", "稿件", Routes.articles),
            ] + (hasCompliance ? [("compliance", "履约", Routes.compliance)] : [])
        return items.map { key, title, target in
            ["title": title, "href": target.link(from: path), "current": key == section]
        }
    }
}
