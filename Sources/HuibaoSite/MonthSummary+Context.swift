import HuibaoModel

extension MonthSummary {
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
        let showsStaff = audience != .publicReaders
        let entries = (listing ? activities : []).map { activity -> [String: Any] in
            var entry: [String: Any] = [
                "date": activity.date.isoText, "dateText": activity.date.chineseText, "category": activity.category,
                "counts": Format.counts(activity, indicators: indicators),
            ]
            guard audience.showsInternalText || !activity.isInternal else {
                entry["title"] = "内部记录"
                entry["internal"] = true
                return entry
            }
            entry["title"] = activity.title
            entry["internal"] = activity.isInternal
            entry["href"] = href(activity) ?? ""
            entry["location"] = activity.location ?? ""
            entry["participants"] = activity.participants.map(String.init) ?? ""
            entry["staff"] = showsStaff ? activity.staff.joined(separator: "、") : ""
            entry["photo"] = photo(activity) ?? ""
            return entry
        }
        let companies = self.companies
        let articleEntries = articles.map { article -> [String: Any] in
            [
                "title": article.title, "date": article.date.isoText, "href": articleHref(article) ?? "",
                "status": (article.status(at: end) ?? article.status).chineseName,
                "outlets": article.outlets.map { outlet -> [String: Any] in
                    [
                        "name": outlet.name, "submitted": outlet.submitted?.isoText ?? "",
                        "published": outlet.published?.isoText ?? "",
                    ]
                },
                "hasOutlets": !article.outlets.isEmpty,
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
