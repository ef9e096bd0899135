import HuibaoModel

extension PageRenderer {
    /// The review board on `/articles/`: a column per status with its count, the tally per
    /// outlet, and the indicators that count submitted articles.
    func articleBoardContext(_ articles: [Article], from page: SitePath) -> [String: Any] {
        let statuses: [Article.Status] = isTeam ? Article.Status.allCases : [.submitted, .published]
        let board = ArticleBoard(articles: articles, asOf: options.asOf, statuses: statuses)
        let columns = board.columns.map { column -> [String: Any] in
            [
                "status": column.status.chineseName, "statusClass": column.status.rawValue, "count": column.count,
                "cards": column.articles.map { article -> [String: Any] in
                    var item = articleItem(article, from: page)
                    item["laterStatus"] = article.status != column.status ? article.status.chineseName : false
                    return item
                },
                "hasCards": column.count > 0,
            ]
        }
        let outlets = board.outlets.map { tally -> [String: Any] in
            ["name": tally.name, "submitted": tally.submitted, "published": tally.published]
        }
        let figures = figures.indicators.filter { $0.indicator.source == .articlesSubmitted }
        var context: [String: Any] = [
            "columns": columns, "outletRows": outlets, "hasOutletRows": !outlets.isEmpty,
            "submittedArticles": board.submittedArticles, "publishedArticles": board.publishedArticles,
            "asOf": options.asOf.chineseText,
            "later": board.later.map { articleItem($0, from: page) }, "hasLater": !board.later.isEmpty,
            "laterCount": board.later.count,
        ]
        if !figures.isEmpty { context["progress"] = ["rows": indicatorRows(figures, from: page)] }
        return context
    }

    /// An article's history for its page: its date, then each submission and publication
    /// by date, with the outlets not yet sent to at the end. Every key is set in every item
    /// (false when absent), so no section falls back to the page's own values.
    func articleHistory(_ article: Article) -> [[String: Any]] {
        func item(_ day: Day?, _ event: String, outlet: String? = nil, url: String? = nil) -> [String: Any] {
            let link = Self.webLink(url)
            let plain: Any = link.isEmpty ? url.map { $0 as Any } ?? false : false
            return [
                "when": day.map { $0.isoText as Any } ?? false, "whenText": day?.chineseText ?? "", "event": event,
                "outlet": outlet.map { $0 as Any } ?? false, "link": link.isEmpty ? false : link, "plainURL": plain,
            ]
        }
        var events: [(day: Day, order: Int, item: [String: Any])] = [(article.date, 0, item(article.date, "稿件日期"))]
        for outlet in article.outlets {
            if let day = outlet.submitted { events.append((day, 1, item(day, "报送", outlet: outlet.name))) }
            if let day = outlet.published {
                events.append((day, 2, item(day, "刊发", outlet: outlet.name, url: outlet.url)))
            }
        }
        let dated = events.enumerated().sorted { a, b in
            (a.element.day, a.element.order, a.offset) < (b.element.day, b.element.order, b.offset)
        }.map(\.element.item)
        let pending = article.outlets.filter { $0.submitted == nil }.map { item(nil, "尚未报送", outlet: $0.name) }
        return dated + pending
    }

    /// The article as the WeChat fragment its page's copy button puts on the clipboard.
    func wechatFragment(_ article: Article) -> String {
        WeChatExport.fragment(fromHTML: article.body.html, styles: templates.wechatStyles, asOf: options.asOf, keeping: content.project.publicPhones).html
    }

    /// An outlet's address when it is a web link (shown as a link; anything else as text).
    static func webLink(_ url: String?) -> String {
        guard let url, url.hasPrefix("https://") || url.hasPrefix("http://") else { return "" }
        return url
    }
}
