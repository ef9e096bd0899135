/// A month's 本月活动 and 宣传报道 at one date (documents.md "The month", parts 3 and 4): the
/// write-ups dated in the month up to that date with their totals, and the articles sent or
/// published in it. The month report and the month page both show this one value.
public struct MonthSummary: Sendable, Equatable {
    public var month: Month
    /// D: the as-of date, or the month's last day when earlier.
    public var end: Day
    /// The write-ups dated from the month's first day to `end`, drafts left out, by date (then
    /// file). Internal ones are here too: each audience decides how much of them it shows.
    public var activities: [Activity]
    /// The articles of the month (``isReported(_:in:through:)``), by date (then file).
    public var articles: [Article]

    /// - Parameters:
    ///   - activities: the write-ups the audience may count (any order; drafts are dropped here).
    ///   - articles: the articles the audience may see (any order).
    public init(month: Month, asOf: Day, activities: [Activity], articles: [Article]) {
        self.month = month
        let end = min(asOf, month.lastDay)
        self.end = end
        self.activities = activities.filter { !$0.isDraft && $0.date.month == month && $0.date <= end }
            .sorted { ($0.date, $0.file) < ($1.date, $1.file) }
        self.articles = articles.filter { Self.isReported($0, in: month, through: end) }
            .sorted { ($0.date, $0.file) < ($1.date, $1.file) }
    }

    /// 参与人数 summed over the month's write-ups (those without one add nothing).
    public var participants: Int { activities.reduce(0) { $0 + ($1.participants ?? 0) } }

    /// The companies served: every write-up's 服务企业, trimmed, each distinct name once, in
    /// the order first written.
    public var companies: [String] {
        var seen: Set<String> = []
        var result: [String] = []
        for activity in activities {
            for written in activity.companies {
                let name = Self.trimmed(written)
                if !name.isEmpty, seen.insert(name).inserted { result.append(name) }
            }
        }
        return result
    }

    /// True when `article` belongs to the month's 宣传报道 at `end`: one of its outlets was
    /// submitted (报送日期) or published (刊发日期) in the month, on or before `end`; an article
    /// whose outlets carry no dates at all belongs when it is submitted or published and its
    /// own date is in the month, on or before `end`.
    public static func isReported(_ article: Article, in month: Month, through end: Day) -> Bool {
        let dates = article.outlets.flatMap { [$0.submitted, $0.published].compactMap { $0 } }
        guard dates.isEmpty else { return dates.contains { $0.month == month && $0 <= end } }
        return article.status.isSubmitted && article.date.month == month && article.date <= end
    }

    /// `text` without spaces of any width at either end.
    static func trimmed(_ text: String) -> String {
        var scalars = Substring(text).unicodeScalars
        while let first = scalars.first, first.properties.isWhitespace { scalars = scalars.dropFirst() }
        while let last = scalars.last, last.properties.isWhitespace { scalars = scalars.dropLast() }
        return String(scalars)
    }
}
