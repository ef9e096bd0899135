import Testing

@testable import HuibaoContent

@Suite struct MarkdownHTMLTests {
    @Test func rendersCommonMark() {
        let rendered = Markdown.render("# 标题\n\n正文 **粗体** 与 `代码`\n\n- 一\n- 二\n")
        #expect(
            rendered.html
                == "<h1>标题</h1>\n<p>正文 <strong>粗体</strong> 与 <code>代码</code></p>\n<ul>\n<li>一</li>\n<li>二</li>\n</ul>\n"
        )
        #expect(rendered.images == [])
        #expect(rendered.rawHTML == [])
    }

    @Test func emptyDocument() {
        #expect(Markdown.render("") == RenderedMarkdown(htmlBytes: [], text: "", images: [], rawHTML: []))
    }

    @Test func sourcePositionsDoNotReachTheHTML() {
        #expect(!Markdown.render("段落\n\n> 引用\n").html.contains("data-sourcepos"))
    }

    @Test func rawHTMLBlockIsOmittedByDefault() {
        let rendered = Markdown.render("<script>alert(1)</script>\n\n正文\n")
        #expect(rendered.html == "<!-- raw HTML omitted -->\n<p>正文</p>\n")
        #expect(!rendered.html.contains("<script"))
        #expect(rendered.rawHTML == [MarkdownLocation(line: 1, column: 1)])
    }

    @Test func inlineRawHTMLLosesItsTagsByDefault() {
        let rendered = Markdown.render("文字 <script>alert(1)</script> 结束\n")
        #expect(rendered.html == "<p>文字 <!-- raw HTML omitted -->alert(1)<!-- raw HTML omitted --> 结束</p>\n")
        #expect(!rendered.html.contains("<script"))
        #expect(!rendered.html.contains("</script"))
        #expect(rendered.rawHTML == [MarkdownLocation(line: 1, column: 4), MarkdownLocation(line: 1, column: 20)])
    }

    @Test func rawHTMLPassesThroughWhenAllowed() {
        let block = Markdown.render("<script>alert(1)</script>\n\n正文\n", unsafeHTML: true)
        #expect(block.html == "<script>alert(1)</script>\n<p>正文</p>\n")
        #expect(block.rawHTML == [MarkdownLocation(line: 1, column: 1)])
        let inline = Markdown.render("文字 <script>alert(1)</script> 结束\n", unsafeHTML: true)
        #expect(inline.html == "<p>文字 <script>alert(1)</script> 结束</p>\n")
        #expect(inline.rawHTML.count == 2)
    }

    @Test func dangerousLinksAreDroppedByDefault() {
        let html = Markdown.render("[点我](javascript:alert(1)) ![图](javascript:alert(2))\n").html
        #expect(!html.contains("javascript"))
        #expect(html == "<p><a href=\"\">点我</a> <img src=\"\" alt=\"图\" /></p>\n")
    }

    @Test func codeShowsMarkupAsText() {
        let html = Markdown.render("`<script>`\n\n    <script>alert(1)</script>\n").html
        #expect(
            html
                == "<p><code>&lt;script&gt;</code></p>\n<pre><code>&lt;script&gt;alert(1)&lt;/script&gt;\n</code></pre>\n"
        )
    }

    @Test func rewritesImageURLs() {
        var seen: [String] = []
        let rendered = Markdown.render("![图](assets/a.png) ![远程](http://x.cn/y.png)\n") { url in
            seen.append(url)
            return url.hasPrefix("assets/") ? "../../media/assets/a.png" : nil
        }
        #expect(seen == ["assets/a.png", "http://x.cn/y.png"])
        #expect(
            rendered.html
                == "<p><img src=\"../../media/assets/a.png\" alt=\"图\" /> <img src=\"http://x.cn/y.png\" alt=\"远程\" /></p>\n"
        )
        #expect(rendered.images.map(\.url) == ["assets/a.png", "http://x.cn/y.png"])
    }

    @Test func referenceImagesUseTheDefinitionsURL() {
        let rendered = Markdown.render("![图][r]\n\n[r]: assets/r.png\n") { _ in "media/r.png" }
        #expect(rendered.images == [MarkdownReference(url: "assets/r.png", line: 1, column: 1)])
        #expect(rendered.html == "<p><img src=\"media/r.png\" alt=\"图\" /></p>\n")
    }
}

@Suite struct MarkdownPositionTests {
    @Test func imageColumnCountsCharactersNotBytes() {
        let rendered = Markdown.render("中文段落 ![图一](a.png)\n")
        #expect(rendered.images == [MarkdownReference(url: "a.png", line: 1, column: 6)])
    }

    @Test func positionsInParagraphsQuotesAndLists() {
        let markdown = """
            # 标题 ![零](h.png)

            第一段，![甲](a.png) 和 <b>粗</b>
               继续 ![乙](b.png)

            > 引用 ![丙](c.png)
            懒惰行 ![丁](d.png)

            - 项目 <i>x</i>
              中文 ![戊](e.png)
            """
        let rendered = Markdown.render(markdown)
        #expect(
            rendered.images == [
                MarkdownReference(url: "h.png", line: 1, column: 6),
                MarkdownReference(url: "a.png", line: 3, column: 5),
                MarkdownReference(url: "b.png", line: 4, column: 7),
                MarkdownReference(url: "c.png", line: 6, column: 6),
                MarkdownReference(url: "d.png", line: 7, column: 5),
                MarkdownReference(url: "e.png", line: 10, column: 6),
            ])
        #expect(
            rendered.rawHTML == [
                MarkdownLocation(line: 3, column: 19), MarkdownLocation(line: 3, column: 23),
                MarkdownLocation(line: 9, column: 6), MarkdownLocation(line: 9, column: 10),
            ])
    }

    @Test func setextHeadingContinuationLine() {
        let rendered = Markdown.render("标题\n  中 ![图](s.png)\n===\n")
        #expect(rendered.html == "<h1>标题\n中 <img src=\"s.png\" alt=\"图\" /></h1>\n")
        #expect(rendered.images == [MarkdownReference(url: "s.png", line: 2, column: 5)])
    }

    @Test func lineAfterAReferenceDefinition() {
        // cmark starts the paragraph's inlines at the definition's line.
        let rendered = Markdown.render("[r]: r.png\n说明 ![参考][r] <br>\n")
        #expect(rendered.images == [MarkdownReference(url: "r.png", line: 2, column: 4)])
        #expect(rendered.rawHTML == [MarkdownLocation(line: 2, column: 13)])
    }

    @Test func linesAfterMultiLineCodeSpanAndRawHTML() {
        let rendered = Markdown.render("代码 `a\nb` <span\nclass=\"x\">文</span> ![图](p.png)\n")
        #expect(rendered.rawHTML == [MarkdownLocation(line: 2, column: 4), MarkdownLocation(line: 3, column: 12)])
        #expect(rendered.images == [MarkdownReference(url: "p.png", line: 3, column: 20)])
    }

    @Test func linesAfterMultiLineImageDestination() {
        // cmark loses the line break between an image's destination and its title.
        let rendered = Markdown.render("甲 ![一](a.png\n\"标题\") ![二](b.png)\n<b>x</b>\n")
        #expect(
            rendered.images == [
                MarkdownReference(url: "a.png", line: 1, column: 3),
                MarkdownReference(url: "b.png", line: 2, column: 7),
            ])
        #expect(rendered.rawHTML == [MarkdownLocation(line: 3, column: 1), MarkdownLocation(line: 3, column: 5)])
    }

    @Test func rawHTMLBlocksInContainers() {
        let rendered = Markdown.render("> 引\n>\n> <div>\n\n- <p>\n\n   <div>缩进</div>\n")
        #expect(
            rendered.rawHTML == [
                MarkdownLocation(line: 3, column: 3), MarkdownLocation(line: 5, column: 3),
                MarkdownLocation(line: 7, column: 4),
            ])
    }

    @Test func lazyLineInAListKeepsItsIndentation() {
        // Two spaces are less than the item's three: a lazy continuation line.
        let rendered = Markdown.render("1. 第一行\n  第二行 ![图](a.png)\n")
        #expect(rendered.images == [MarkdownReference(url: "a.png", line: 2, column: 7)])
    }

    @Test func lineAfterABackslashHardBreak() {
        // cmark does not count a backslash line break as a line.
        let rendered = Markdown.render("ab \\\ncd ![x](y.png)\n")
        #expect(rendered.html == "<p>ab <br />\ncd <img src=\"y.png\" alt=\"x\" /></p>\n")
        #expect(rendered.images == [MarkdownReference(url: "y.png", line: 2, column: 4)])
    }

    @Test func autolinkFirstOnTheLine() {
        // cmark reports an autolink's own start column wrongly.
        let rendered = Markdown.render("   <http://a.b> 见 ![图](a.png)\n\t![图](b.png)\n")
        #expect(
            rendered.images == [
                MarkdownReference(url: "a.png", line: 1, column: 19),
                MarkdownReference(url: "b.png", line: 2, column: 2),
            ])
    }

    @Test func indentedLazyLineAfterAReferenceDefinition() {
        let rendered = Markdown.render(">> [r]: /u\n    <b>x</b> ![图](a.png)\n")
        #expect(rendered.images == [MarkdownReference(url: "a.png", line: 2, column: 14)])
        #expect(rendered.rawHTML == [MarkdownLocation(line: 2, column: 5), MarkdownLocation(line: 2, column: 9)])
    }

    @Test func codeSpanFirstInAListItem() {
        // cmark starts a code span after its backtick; the list marker is not text.
        let rendered = Markdown.render("1. `code` a < b <i>x</i>\n")
        #expect(rendered.rawHTML == [MarkdownLocation(line: 1, column: 17), MarkdownLocation(line: 1, column: 21)])
    }

    @Test func imageWhoseAltTextSpansLines() {
        // cmark reports such an image on the line where its alt text ends.
        let rendered = Markdown.render("见 ![多\n行](a.png) ![二](b.png)\n")
        #expect(
            rendered.images == [
                MarkdownReference(url: "a.png", line: 1, column: 3),
                MarkdownReference(url: "b.png", line: 2, column: 11),
            ])
    }

    @Test func imageInsideALinkAndTwoImagesOnALine() {
        let rendered = Markdown.render("见 [![图](a.png)](b.html) ![图](a.png)\n")
        #expect(
            rendered.images == [
                MarkdownReference(url: "a.png", line: 1, column: 4),
                MarkdownReference(url: "a.png", line: 1, column: 25),
            ])
    }
}

@Suite struct MarkdownTextTests {
    @Test func textOfEveryKindOfBlock() {
        let markdown = """
            # 标题

            第一段 [链接文字](http://example.com/目标) ![替代文字](a.png)
            第二行\\
            硬换行

            - 项一
            - 项二

            > 引用

            `代码` 与

            ```
            代码块
            ```

            <div>原始</div>

            段落 <b>粗</b>
            """
        #expect(
            Markdown.render(markdown).text
                == "标题\n第一段 链接文字 \n第二行\n硬换行\n项一\n项二\n引用\n代码 与\n代码块\n段落 粗")
    }

    @Test func altTextAndLinkTargetsAreNotText() {
        let text = Markdown.render("看 ![alt *强调* 文字](a.png) 和 [文字](http://example.com) <http://a.cn>\n").text
        #expect(text == "看  和 文字 http://a.cn")
        #expect(!text.contains("alt"))
        #expect(!text.contains("example"))
    }

    @Test func codeInAltTextIsNotText() {
        #expect(Markdown.render("![图 `代码`](a.png) 文\n").text == " 文")
    }

    @Test func adjacentBlocksNeverMerge() {
        #expect(Markdown.render("第一段\n\n第二段\n").text == "第一段\n第二段")
        #expect(Markdown.render("word\n\n- item\n***\n## head\n    code\n").text == "word\nitem\nhead\ncode")
        #expect(Markdown.render("行一\n行二\n").text == "行一\n行二")
    }

    @Test func rawHTMLIsNotTextEvenWhenAllowed() {
        #expect(Markdown.render("<div>块</div>\n\n文 <span>字</span>\n", unsafeHTML: true).text == "文 字")
    }

    @Test func entitiesAndEscapesAreDecoded() {
        #expect(Markdown.render("A &amp; B \\*不是强调\\*\n").text == "A & B *不是强调*")
    }
}

@Suite struct MarkdownSpeedTests {
    /// A 7.5 KB write-up with images, raw HTML, lists and quotes.
    static let writeUp: String = {
        let part = """
            宣讲团走进产业园区，210名职工参加。活动由**中原区总工会**主办，[详情](http://example.com)。
            这是第二行，包含 `代码` 和一张图 ![现场照片](assets/2025-06/photo.jpg)。

            - 项目一
            - 项目二 <b>x</b>

            > 引用一段话


            """
        return String(repeating: part, count: 7_500 / part.utf8.count + 1)
    }()

    @Test func aLargeWriteUpRendersQuickly() {
        #expect(Self.writeUp.utf8.count >= 7_500)
        let clock = ContinuousClock()
        var images = 0
        let elapsed = clock.measure {
            for _ in 0..<100 {
                images += Markdown.render(Self.writeUp) { "../../media/" + $0 }.images.count
            }
        }
        #expect(images == 100 * Markdown.render(Self.writeUp).images.count)
        // About 0.2 ms each in a release build; a generous bound for debug builds on a busy machine.
        #expect(elapsed < .seconds(3), "100 renders took \(elapsed)")
    }
}
