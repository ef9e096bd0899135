import HuibaoModel

extension MonthSummary {
    /// One write-up of 本月活动 as an audience sees it: outside the team an internal write-up
    /// is only 内部记录 with its date, category and counts; a public audience sees no staff.
    struct ActivityEntry {
        var activity: Activity
        /// The title, or 内部记录 when the audience may not see it.
        var title: String
        /// True when only the date, category and counts are shown.
        var isHidden: Bool
        var dateText: String
        var category: String
        var counts: String
        var location: String
        /// The number of participants as text ("" when not given).
        var participants: String
        /// The staff names joined with 、 ("" for a public audience).
        var staff: String
    }

    /// One article of 宣传报道 with its outlets' dates.
    struct ArticleEntry {
        var article: Article
        var title: String
        var date: String
        var status: String
        var outlets: [(name: String, submitted: String, published: String)]
    }

    /// The write-ups of the month as `audience` sees them, in order.
    func activityEntries(indicators: [Indicator], audience: Audience) -> [ActivityEntry] {
        let showsStaff = audience != .publicReaders
        return activities.map { activity in
            let hidden = !audience.showsInternalText && activity.isInternal
            return ActivityEntry(
                activity: activity, title: hidden ? "内部记录" : activity.title, isHidden: hidden,
                dateText: activity.date.chineseText, category: activity.category,
                counts: Format.counts(activity, indicators: indicators),
                location: hidden ? "" : activity.location ?? "",
                participants: hidden ? "" : activity.participants.map(String.init) ?? "",
                staff: hidden || !showsStaff ? "" : activity.staff.joined(separator: "、"))
        }
    }

    /// The month's articles, in order.
    var articleEntries: [ArticleEntry] {
        articles.map { article in
            ArticleEntry(
                article: article, title: article.title, date: article.date.isoText,
                status: (article.status(at: end) ?? article.status).chineseName,
                outlets: article.outlets.map {
                    ($0.name, $0.submitted?.isoText ?? "", $0.published?.isoText ?? "")
                })
        }
    }

    /// The template values of 本月活动 (`monthSummary`) and 宣传报道 (`monthArticles`) for one
    /// audience, shared by the month page and the month report: outside the team an internal
    /// write-up is only 内部记录 with its date, category and counts, and a public audience sees
    /// no staff names.
    /// - Parameters:
    ///   - href: a write-up's link (nil: none, as for 内部记录 outside the team).
    ///   - articleHref: an article's link.
    ///   - photo: the `src` of a write-up's report photo (nil: no photo shown).
    ///   - listing: false leaves out each write-up's entry (the month page lists them already):
    ///     only the totals and the articles.
    func context(
        indicators: [Indicator], audience: Audience, listing: Bool = true, href: (Activity) -> String? = { _ in nil },
        articleHref: (Article) -> String? = { _ in nil }, photo: (Activity) -> String? = { _ in nil }
    ) -> [String: Any] {
        let entries = (listing ? activityEntries(indicators: indicators, audience: audience) : []).map {
            entry -> [String: Any] in
            var context: [String: Any] = [
                "date": entry.activity.date.isoText, "dateText": entry.dateText, "category": entry.category,
                "counts": entry.counts, "title": entry.title,
            ]
            guard !entry.isHidden else {
                context["internal"] = true
                return context
            }
            context["internal"] = entry.activity.isInternal
            context["href"] = href(entry.activity) ?? ""
            context["location"] = entry.location
            context["participants"] = entry.participants
            context["staff"] = entry.staff
            context["photo"] = photo(entry.activity) ?? ""
            return context
        }
        let companies = self.companies
        let articleEntries = self.articleEntries.map { entry -> [String: Any] in
            [
                "title": entry.title, "date": entry.date, "href": articleHref(entry.article) ?? "",
                "status": entry.status,
                "outlets": entry.outlets.map { outlet -> [String: Any] in
                    ["name": outlet.name, "submitted": outlet.submitted, "published": outlet.published]
                },
                "hasOutlets": !entry.outlets.isEmpty,
            ]
        }
        return [
            "monthSummary": [
                "month": month.chineseText, "end": end.chineseText, "count": activities.count,
                "participants": participants, "companies": companies.count, "activities": entries,
                "hasActivities": !activities.isEmpty,
            ] as [String: Any],
            "monthArticles": [
                "month": month.chineseText, "count": articleEntries.count, "articles": articleEntries,
                "hasArticles": !articleEntries.isEmpty,
            ] as [String: Any],
        ]
    }
}
