import HuibaoModel

extension PageRenderer {
    /// List entries for write-ups, linking to their pages.
    func activityItems(_ items: [Activity], from page: SitePath) -> [[String: Any]] {
        let up = page.upLink
        return items.map { activity in
            // Outside the team, an internal write-up shows only as 内部记录 with its date and category.
            let hidden = activity.isInternal && !isTeam
            return [
                "title": hidden ? "内部记录" : activity.title,
                "href": hidden ? "" : activityLink(activity.slug, up: up),
                "date": activity.date.isoText, "dateText": activity.date.chineseText,
                "category": activity.category, "location": hidden ? "" : activity.location ?? "",
                "participants": hidden ? "" : activity.participants.map(String.init) ?? "",
                "draft": activity.isDraft, "internal": activity.isInternal && isTeam,
            ]
        }
    }

    /// Write-ups grouped by month, newest month first, each month in date order; page
    /// `number` of them (`Pagination.pageSize` a page), a month cut by a page under its
    /// heading on both.
    func activitiesIndex(page number: Int = 1) -> OutputFile {
        let pages = Pagination(list: Routes.activities, number: number, entries: activities.count)
        let path = pages.path
        var groups: [[String: Any]] = []
        var month: Month?
        var items: [Activity] = []
        for activity in pages.slice(activitiesNewestMonthFirst) {
            if activity.date.month != month, let month {
                groups.append(["month": month.chineseText, "items": activityItems(items, from: path)])
                items = []
            }
            month = activity.date.month
            items.append(activity)
        }
        if let month { groups.append(["month": month.chineseText, "items": activityItems(items, from: path)]) }
        var context: [String: Any] = [
            "groups": groups, "count": activities.count, "hasActivities": !activities.isEmpty,
        ]
        context["pager"] = pages.context
        return page(path, title: pages.title("活动记录"), template: "activities", section: "activities", context)
    }

    /// `activities` by month, newest month first, each month in date order (the list page's
    /// order): made once per build (`PageRenderer.init`), not once per list page — at 100,000
    /// write-ups the list has 500 pages, and regrouping them all for each was a third of a build.
    static func newestMonthFirst(_ byMonth: [Month: [Activity]]) -> [Activity] {
        byMonth.keys.sorted(by: >).flatMap { byMonth[$0]! }
    }

    func activityPage(_ activity: Activity) -> OutputFile {
        let path = Routes.activity(activity.slug)
        let up = path.upLink
        let period = content.project.period
        var notCounted: String?
        if activity.isDraft {
            notCounted = "这是草稿，不计入任何指标。"
        } else if !period.contains(activity.date) {
            notCounted = "活动日期不在服务期限内，不计入指标。"
        } else if activity.date > options.asOf {
            notCounted = "活动日期在统计截止日（\(options.asOf.chineseText)）之后，暂不计入。"
        }
        let counts = activity.counts.compactMap { count -> [String: Any]? in
            guard let indicator = indicatorsByID[count.indicatorID] else { return nil }
            return [
                "name": indicator.name,
                "href": up + (fixedLinks.indicators[indicator.id] ?? Routes.indicator(indicator.id).link(from: .root)),
                "count": indicator.isQuantitative ? String(count.count) : "已开展",
                "unit": indicator.isQuantitative ? indicator.unit : "",
            ]
        }
        let native = templates.rendersMaterialListNatively
        // The default templates get the list written from the files; others the values.
        let (materials, materialList) =
            native
            ? nativeMaterialList(activity: activity, from: path) : (materialValues(activity: activity, from: path), [])
        let context: [String: Any] = [
            "title": activity.title, "date": activity.date.chineseText, "dateISO": activity.date.isoText,
            "category": activity.category,
            "categoryHref": up
                + (fixedLinks.categories[activity.category] ?? Routes.category(activity.category).link(from: .root)),
            "monthHref": fixedLinks.months[activity.date.month].map { up + $0 } ?? "",
            "monthText": activity.date.month.chineseText,
            "location": activity.location ?? "", "participants": activity.participants.map(String.init) ?? "",
            "companies": activity.companies.joined(separator: "、"),
            "staff": isTeam ? activity.staff.joined(separator: "、") : "",
            "tags": activity.tags, "hasTags": !activity.tags.isEmpty, "draft": activity.isDraft,
            "internal": activity.isInternal,
            "counts": counts, "hasCounts": !counts.isEmpty, "notCounted": notCounted ?? "",
            "body": HTMLBytes(bytes: activity.body.htmlBytes), "file": isTeam ? activity.file : "",
            "hasMaterials": materials.has, "materialsPublished": materials.published,
            "materialsMissing": materials.missing, "materialsComplete": materials.complete,
            // The evidence list as the default templates show it, or the values for others.
            "materials": native ? [] : materials.dictionaries,
            MaterialListHTML.contextKey: HTMLBytes(bytes: materialList),
        ]
        return page(path, title: activity.title, template: "activity", section: "activities", context)
    }
}
