import Foundation
import HuibaoBuild
import HuibaoContent
import HuibaoModel
import HuibaoSite
import HuibaoTestSupport
import Testing

/// The articles board and the article pages of the basic fixture at 2025-10-20: one draft,
/// one under review, one submitted, one published to two outlets.
@Suite("Articles: the review board and the pages", .serialized)
struct ArticlePagesTests {
    static let asOf = Day(year: 2025, month: 10, day: 20)!

    func build(_ audience: Audience = .team(drafts: false)) throws -> URL {
        let output = try Fixtures.temporaryFolder().appendingPathComponent("public")
        let options = BuildOptions(source: Fixtures.site("basic"), output: output, asOf: Self.asOf, audience: audience)
        let outcome = try SiteBuilder.build(options)
        #expect(outcome.written, "\(outcome.diagnostics.map(\.formatted))")
        return output
    }

    func page(_ output: URL, _ path: String) throws -> String {
        try String(contentsOf: output.appendingPathComponent(path), encoding: .utf8)
    }

    /// Every match of `pattern`'s capture groups in `text` ("" for a group that did not take part).
    static func captures(_ pattern: String, in text: String) -> [[String]] {
        let regex = try! NSRegularExpression(pattern: pattern)
        return regex.matches(in: text, range: NSRange(text.startIndex..., in: text)).map { match in
            (1..<match.numberOfRanges).map { Range(match.range(at: $0), in: text).map { String(text[$0]) } ?? "" }
        }
    }

    @Test func boardCountsEveryStatusOnTheTeamSite() throws {
        let html = try page(try build(), "articles/index.html")
        let counts = Self.captures(#"<h3 id="status-([a-z]+)-t">.*?<span class="board-count">(\d+) 篇</span>"#, in: html)
        #expect(
            counts == [["draft", "1"], ["review", "1"], ["approved", "0"], ["submitted", "1"], ["published", "1"]])
        #expect(html.contains("<a href=\"../articles/draft/index.html\">还在写的稿件</a>"))
    }

    @Test func tallyPerOutletAndTheIndicator() throws {
        let html = try page(try build(), "articles/index.html")
        let rows = Self.captures(
            #"<tr><th scope="row">([^<]+)</th><td class="num">(\d+)</td><td class="num">(\d+)</td></tr>"#, in: html)
        // The draft's planned outlet is not tallied; the published article went to two outlets.
        #expect(rows == [["中原发布", "1", "1"], ["河南工人日报", "1", "0"], ["工人日报", "1", "0"], ["稿件合计", "2", "1"]])
        #expect(html.contains("<h2>报送进度</h2>"))
        #expect(html.contains("<a href=\"../indicators/news/index.html\" title=\"查看 2 条依据\">2</a>"))
        #expect(html.contains("已报送 2 篇（一稿多投只算一篇），已刊发 1 篇"))
    }

    @Test func draftsAreMarkedOnTheTeamSiteAndNeverPublic() throws {
        let team = try build()
        let draft = try page(team, "articles/draft/index.html")
        #expect(draft.contains("<p class=\"notice\"><span class=\"badge badge-draft\">草稿</span>"))

        let publicSite = try build(.publicReaders)
        #expect(!FileManager.default.fileExists(atPath: publicSite.appendingPathComponent("articles/draft").path))
        #expect(!FileManager.default.fileExists(atPath: publicSite.appendingPathComponent("articles/second").path))
        let index = try page(publicSite, "articles/index.html")
        #expect(!index.contains("还在写的稿件") && !index.contains("草稿") && !index.contains("待审"))
        let counts = Self.captures(
            #"<h3 id="status-([a-z]+)-t">.*?<span class="board-count">(\d+) 篇</span>"#, in: index)
        #expect(counts == [["submitted", "1"], ["published", "1"]])
        let json = try page(publicSite, "data/progress.json")
        #expect(!json.contains("还在写的稿件"))
    }

    @Test func anArticlePageReadsAsInPrintWithItsHistory() throws {
        let html = try page(try build(), "articles/first/index.html")
        #expect(html.contains("<h1>测试区总工会开展主题宣讲</h1>"))
        #expect(
            html.contains(
                "<p class=\"byline\"><span>李四</span> · <time datetime=\"2025-05-21\">2025年5月21日</time> · <span>17 字</span> · "
            ))
        let history = Self.captures(
            #"<li><time datetime="([0-9-]+)">[^<]+</time> ([^<]+?)(?: <a href="([^"]+)">原文链接</a>)?</li>"#, in: html)
        #expect(
            history == [
                ["2025-05-21", "稿件日期", ""], ["2025-05-21", "报送 河南工人日报", ""], ["2025-05-22", "报送 中原发布", ""],
                ["2025-05-23", "刊发 中原发布", "https://example.org/news/1"],
            ])
    }

    @Test func theCopyButtonCarriesTheSameFragmentAsTheExport() throws {
        let output = try build()
        let html = try page(output, "articles/draft/index.html")
        #expect(html.contains("<button type=\"button\" id=\"wechat-copy-button\">复制公众号格式</button>"))
        let embedded = try #require(
            Self.captures(#"(?s)<template id="wechat-fragment">(.*?)</template>"#, in: html).first?.first)

        let content = try #require(ContentParser.parse(try ContentLoader.load(source: Fixtures.site("basic"))).content)
        let article = try #require(content.articles.first { $0.slug == "draft" })
        let expected = WeChatExport.fragment(fromHTML: article.body.html, styles: try WeChatStyles(), asOf: Self.asOf)
        #expect(embedded == expected.html)
        #expect(!embedded.contains("class=") && !embedded.contains("<script"))
        #expect(embedded.contains("区总工会网站<sup style="))
        #expect(embedded.contains("<img src=\"../../media/assets/photo.svg\""))

        let publicPage = try page(try build(.publicReaders), "articles/first/index.html")
        #expect(!publicPage.contains("wechat-fragment") && !publicPage.contains("<script"))
    }
}
