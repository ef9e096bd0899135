import HuibaoModel

extension PageRenderer {
    /// The month page's 本月活动 totals and 宣传报道 (`month-summary`, `month-articles`): the same
    /// `MonthSummary` as the month report, for this site's audience.
    func monthSummarySections(_ month: Month, from page: SitePath) -> [String: Any] {
        let summary = MonthSummary(
            month: month, asOf: options.asOf, activities: activitiesByMonth[month] ?? [],
            articles: ProgressData.visibleArticles(content.articles, audience: options.audience))
        let up = page.upLink
        return summary.context(
            indicators: content.indicators, audience: options.audience, listing: false,
            href: { activityLink($0.slug, up: up) },
            articleHref: { Routes.article($0.slug).link(from: page) })
    }
}
