import HuibaoModel

extension PageRenderer {
    func articleItem(_ article: Article, from page: SitePath) -> [String: Any] {
        [
            "title": article.title, "href": Routes.article(article.slug).link(from: page),
            "date": article.date.isoText, "dateText": article.date.chineseText,
            "author": isTeam ? article.author ?? "" : "",
            "status": article.status.chineseName, "statusClass": article.status.rawValue,
            "chars": article.body.characterCount,
            "outlets": article.outlets.map(\.name).joined(separator: "、"),
        ]
    }

    func articlesIndex() -> OutputFile {
        let path = Routes.articles
        let visible = ProgressData.visibleArticles(content.articles, audience: options.audience)
        let items = visible.map { articleItem($0, from: path) }
        var context = articleBoardContext(visible, from: path)
        context.merge(["articles": items, "hasArticles": !items.isEmpty, "count": items.count, "team": isTeam]) { $1 }
        return page(path, title: "宣传稿件", template: "articles", section: "articles", context)
    }

    func articlePage(_ article: Article) -> OutputFile {
        let path = Routes.article(article.slug)
        var context = articleItem(article, from: path)
        context["body"] = article.body.html
        context["file"] = isTeam ? article.file : ""
        context["outletRows"] = article.outlets.map { outlet -> [String: Any] in
            [
                "name": outlet.name, "submitted": outlet.submitted?.chineseText ?? "",
                "published": outlet.published?.chineseText ?? "", "url": outlet.url ?? "",
                "link": outlet.url.flatMap { $0.hasPrefix("https://") || $0.hasPrefix("http://") ? $0 : nil } ?? "",
            ]
        }
        context["hasOutlets"] = !article.outlets.isEmpty
        context["history"] = articleHistory(article)
        context["isDraft"] = article.status == .draft
        context["articlesHref"] = Routes.articles.link(from: path)
        if isTeam {
            context["wechat"] = wechatFragment(article)
            context["wechatCopyFunction"] = WeChatCopyScript.function
        }
        return page(path, title: article.title, template: "article", section: "articles", context)
    }
}
