import Foundation
import HuibaoContent
import HuibaoModel
import HuibaoSite
import Testing

/// The WeChat export: what survives a paste into the Official Account editor.
@Suite("WeChat export")
struct WeChatExportTests {
    static let asOf = Day(year: 2025, month: 10, day: 20)!

    static let markdown = """
        # 总标题

        宣讲团走进**产业园区**，210名职工参加。详见[中原发布](https://example.org/news/1 "标题")和
        [公众号文章](https://mp.weixin.qq.com/s/abc)，再看一次[中原发布](https://example.org/news/1)。

        ## 活动经过

        ### 第一站

        > 职工说：*很受用*。

        - 发放 `12351` 热线卡片
        - 联系人电话 13800138000

        1. 第一
        2. 第二

        ![现场照片](../../assets/photo.jpg)

        ```
        第一行
          缩进的第二行
        ```

        ---

        <div class="x">原始 HTML</div><script>alert(1)</script>

        Visit <https://example.com/path?a=1&b=2> today.
        """

    static func fragment(_ markdown: String = Self.markdown, styles: WeChatStyles? = nil) throws -> WeChatFragment {
        let html = Markdown.render(markdown).html
        return WeChatExport.fragment(fromHTML: html, styles: try styles ?? WeChatStyles(), asOf: asOf)
    }

    /// Every start tag of the fragment, as written.
    static func tags(_ html: String) -> [String] {
        let pattern = try! NSRegularExpression(pattern: "<[a-z][^>]*>")
        return pattern.matches(in: html, range: NSRange(html.startIndex..., in: html)).map {
            String(html[Range($0.range, in: html)!])
        }
    }

    /// The text a reader sees: tags removed.
    static func visibleText(_ html: String) -> String {
        html.replacingOccurrences(of: "<[^>]*>", with: "", options: .regularExpression)
    }

    @Test func noStyleBlockClassIdOrScript() throws {
        let html = try Self.fragment().html
        for forbidden in ["<style", "class=", " id=", "<script", "<link", "alert(1)", "<div"] {
            #expect(!html.contains(forbidden), "\(forbidden)")
        }
    }

    @Test func everyElementCarriesItsInlineStyle() throws {
        let styles = try WeChatStyles()
        let html = try Self.fragment().html
        let tags = Self.tags(html)
        // The closing list styles its own section and paragraphs.
        let alternatives = ["section": ["footnotes"], "p": ["footnotes-title", "footnote"]]
        for name in [
            "section", "p", "h1", "h2", "h3", "blockquote", "ul", "ol", "li", "img", "strong", "em", "code", "pre",
            "hr",
            "sup", "a",
        ] {
            let opening = tags.filter { $0.hasPrefix("<\(name) ") || $0 == "<\(name)>" }
            #expect(!opening.isEmpty, "no <\(name)>")
            let allowed = ([name] + (alternatives[name] ?? [])).map { "style=\"\(styles[$0])\"" }
            for tag in opening {
                #expect(allowed.contains { tag.contains($0) }, "\(tag)")
            }
        }
        #expect(tags.first == "<section style=\"\(styles["section"])\">")
        #expect(tags.filter { $0.contains(styles["p"]) }.count == 4)
        // Nothing but a line break goes without a style.
        #expect(tags.allSatisfy { $0.contains(" style=\"") || $0 == "<br>" }, "\(tags)")
    }

    @Test func outsideLinksBecomeNumberedFootnotes() throws {
        let fragment = try Self.fragment()
        let html = fragment.html
        #expect(!html.contains("href=\"https://example.org"))
        #expect(html.contains("中原发布<sup style=\"font-size: 12px; line-height: 0; color: #576b95;\">[1]</sup>"))
        // The same address keeps its number; WeChat's own articles stay links.
        #expect(html.components(separatedBy: ">[1]</sup>").count == 3)
        #expect(html.contains("<a href=\"https://mp.weixin.qq.com/s/abc\" style="))
        #expect(
            fragment.footnotes.map(\.url) == ["https://example.org/news/1", "https://example.com/path?a=1&amp;b=2"])
        #expect(html.contains(">引用链接</p>"))
        #expect(html.contains(">[1] 中原发布：https://example.org/news/1</p>"))
        #expect(html.contains(">[2] https://example.com/path?a=1&amp;b=2</p>"))
        let list = try #require(html.range(of: "引用链接"))
        #expect(html[list.upperBound...].contains("[2]") && !html[..<list.lowerBound].contains("[2] https"))
    }

    @Test func markdownSyntaxIsAbsentFromTheText() throws {
        // The masked mobile number has asterisks of its own.
        let text = Self.visibleText(try Self.fragment().html).replacingOccurrences(of: "138****8000", with: "")
        for syntax in ["**", "](", "![", "# ", "> ", "- ", "```", "`", "1. ", "---", "*很"] {
            #expect(!text.contains(syntax), "\(syntax)")
        }
        #expect(text.contains("宣讲团走进产业园区，210名职工参加。"))
        #expect(text.contains("第一站"))
    }

    @Test func rawHTMLKeepsOnlyItsText() throws {
        let markdown =
            "<div class=\"x\" id=\"y\">原始 <b>HTML</b></div>\n\n<script>alert(1)</script>\n\n<style>p {}</style>\n"
        let html = WeChatExport.fragment(
            fromHTML: Markdown.render(markdown, unsafeHTML: true).html, styles: try WeChatStyles(), asOf: Self.asOf
        ).html
        #expect(Self.visibleText(html).contains("原始 HTML"))
        #expect(html.contains("<strong style="))
        for forbidden in ["class=", " id=", "<div", "<script", "alert", "<style", "p {}"] {
            #expect(!html.contains(forbidden), "\(forbidden)")
        }
    }

    @Test func lineBreaksJoinChineseWithoutASpace() throws {
        let html = try Self.fragment("第一行\n第二行\nand\nmore\n").html
        #expect(html.contains(">第一行第二行and more</p>"))
    }

    @Test func codeKeepsItsLinesAndIndentation() throws {
        let html = try Self.fragment().html
        #expect(html.contains(">第一行<br>&nbsp;&nbsp;缩进的第二行</pre>"))
    }

    @Test func imagesAreKeptWithTheirAltText() throws {
        let html = try Self.fragment().html
        #expect(html.contains("<img src=\"../../assets/photo.jpg\" alt=\"现场照片\" style=\""))
    }

    @Test func personalDataIsMasked() throws {
        let html = try Self.fragment().html
        #expect(!html.contains("13800138000"))
        #expect(html.contains("138****8000"))
    }

    @Test func aSiteCanRestyleAnElement() throws {
        let styles = try WeChatStyles(override: #"{"p": "color: red;"}"#)
        #expect(styles["p"] == "color: red;")
        #expect(styles["h2"] == (try WeChatStyles())["h2"])
        let html = try Self.fragment("正文\n", styles: styles).html
        #expect(html.contains("<p style=\"color: red;\">正文</p>"))
    }

    @Test func aBadStyleTableIsAnError() {
        #expect(throws: TemplateError.self) { try WeChatStyles(override: #"{"paragraph": "color: red;"}"#) }
        #expect(throws: TemplateError.self) { try WeChatStyles(override: "[1, 2]") }
        #expect(throws: TemplateError.self) { try WeChatStyles(override: #"{"p": 3}"#) }
    }

    @Test func everyStyledElementIsInTheDefaultTable() throws {
        let styles = try WeChatStyles()
        for element in WeChatStyles.elements {
            #expect(!styles[element].isEmpty, "\(element)")
        }
    }
}
