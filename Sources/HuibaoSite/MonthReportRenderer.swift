import HuibaoModel

/// Renders the month report (`huibao month YYYY-MM`, documents.md "The month"): one
/// self-contained, printable HTML file (`render`) or a Word document (`document`, in
/// `+Docx`) from the same values, under the evaluator audience's rules (no drafts,
/// internal write-ups as 内部记录, personal data masked, staff names kept), its figures at
/// D = the as-of date or the month's last day when earlier.
public struct MonthReportRenderer {
    public let content: SiteContent
    public let month: Month
    /// D.
    public let end: Day
    public let templates: TemplateSet
    /// The report photos, by path relative to `Content/` (downscaled; SVG made safe).
    public let media: [String: [UInt8]]
    /// The day of the month report (`--date`), printed as 报送日期; nil leaves a blank line.
    public var date: Day?
    /// True when the as-of date is after the day of the run (the cover says so; today's date
    /// itself is never printed, so the bytes stay the same).
    public var asOfAfterToday = false

    let figures: Figures
    public let summary: MonthSummary

    /// - Parameter asOf: the as-of date; the report's figures are at min(`asOf`, the month's last day).
    public init(content: SiteContent, month: Month, asOf: Day, templates: TemplateSet, media: [String: [UInt8]] = [:]) {
        self.content = content
        self.month = month
        end = min(asOf, month.lastDay)
        self.templates = templates
        self.media = media
        figures = Figures.compute(content, asOf: end, audience: .evaluator)
        summary = Self.summary(content, month: month, asOf: asOf)
    }

    /// The month's 本月活动 and 宣传报道 as the evaluator audience sees them.
    public static func summary(_ content: SiteContent, month: Month, asOf: Day) -> MonthSummary {
        MonthSummary(
            month: month, asOf: asOf, activities: content.activities,
            articles: ProgressData.visibleArticles(content.articles, audience: .evaluator))
    }

    /// The report photos the month report shows: one per non-internal write-up that has one.
    public static func photoPaths(_ summary: MonthSummary) -> [String] {
        summary.activities.filter { !$0.isInternal }.compactMap(\.reportPhoto)
    }

    /// True when D is before the month's last day: the month is not over at the as-of date.
    public var isMonthOpen: Bool { end < month.lastDay }

    /// One row of 指标完成情况, as both forms show it.
    public struct IndicatorRow {
        public var category: String
        public var name: String
        public var unit: String
        public var target: String
        public var midtermTarget: String
        public var increment: String
        public var cumulative: String
        public var expected: String
        public var percent: String
        public var status: IndicatorStatus
    }

    /// Part 2, 指标完成情况: every indicator at D.
    public var indicatorRows: [IndicatorRow] {
        let project = content.project
        let progress = figures.months(period: project.period, midterm: project.midtermEvaluation)
            .first { $0.month == month }
        let figuresByID = Dictionary(figures.indicators.map { ($0.indicator.id, $0) }, uniquingKeysWith: { a, _ in a })
        return (progress?.indicators ?? []).map { row in
            let indicator = row.indicator
            return IndicatorRow(
                category: indicator.category, name: indicator.name, unit: indicator.unit,
                target: indicator.target.map(String.init) ?? "—",
                midtermTarget: indicator.midtermTarget.map(String.init) ?? "—",
                increment: row.increment == .zero ? "—" : "+" + row.increment.text, cumulative: row.cumulative.text,
                expected: row.expected.map(String.init) ?? "—", percent: figuresByID[indicator.id]?.percentText ?? "—",
                status: row.status)
        }
    }

    public func render() -> String {
        let project = content.project
        let rows = indicatorRows.map { row -> [String: Any] in
            [
                "category": row.category, "name": row.name, "unit": row.unit, "target": row.target,
                "midtermTarget": row.midtermTarget,
                "increment": row.increment, "cumulative": row.cumulative, "expected": row.expected,
                "percent": row.percent, "status": row.status.chineseName, "statusClass": row.status.cssName,
            ]
        }
        var context: [String: Any] = [
            "css": templates.reportStylesheet,
            "project": ["name": project.name, "client": project.client, "provider": project.provider],
            "month": month.chineseText, "monthISO": month.isoText, "end": end.chineseText,
            "date": date?.chineseText ?? "", "monthOpen": isMonthOpen, "asOfAfterToday": asOfAfterToday,
            "indicators": rows, "hasMidterm": rows.contains { ($0["midtermTarget"] as? String) != "—" },
        ]
        // Each photo by a token of its own (`3.jpg`), not its path: a path is escaped in the
        // HTML, a token never needs to be.
        var photos: [String: [UInt8]] = [:]
        let parts = summary.context(
            indicators: content.indicators, audience: .evaluator,
            photo: { activity in
                guard let path = activity.reportPhoto, let bytes = media[path] else { return nil }
                let token = "\(photos.count + 1).\(path.split(separator: ".").last?.lowercased() ?? "jpg")"
                photos[token] = bytes
                return EmbeddedImages.marker + token
            })
        for (key, value) in parts { context[key] = value }
        for (key, value) in staffContext() { context[key] = value }
        let notes = notesContext()
        context.merge(notes.context) { old, _ in old }
        photos.merge(notes.images) { old, _ in old }
        for (key, value) in errataContext() { context[key] = value }
        let html = templates.render(PageRenderer.withoutEmptyText(context), template: "month-report")
        // Masked before the photos go in: the text is what can carry a number.
        let masked = PersonalData.mask(html, keeping: project.publicPhones)
        return ReportMarker.insert(into: EmbeddedImages.insert(into: masked, media: photos))
    }
}
