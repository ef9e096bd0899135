import Foundation
import HuibaoModel
import Testing

@testable import HuibaoContent

/// cmark allocates from a per-thread arena (`CMarkdownArena`): documents larger than its
/// blocks, buffers that grow by realloc, and many threads at once must render exactly as
/// the text says.
@Suite struct MarkdownArenaTests {
    @Test func aDocumentLargerThanABlockRendersWhole() {
        // 40,000 paragraphs (about 1.5 MB of HTML, past the 1 MiB block) with inline nodes.
        let paragraphs = (0..<40_000).map { "段落 \($0) **粗体** 与 `代码`" }
        let rendered = Markdown.render(paragraphs.joined(separator: "\n\n"))
        let expected = (0..<40_000).map { "<p>段落 \($0) <strong>粗体</strong> 与 <code>代码</code></p>\n" }.joined()
        #expect(rendered.htmlBytes.count > 1 << 20)
        #expect(rendered.html == expected)
        #expect(rendered.text == paragraphs.map { $0.replacingOccurrences(of: "**", with: "").replacingOccurrences(of: "`", with: "") }.joined(separator: "\n"))
    }

    @Test func oneBufferGrowingPastABlock() {
        // One code block of 3 MB: cmark grows a single buffer by realloc far beyond a block.
        let line = String(repeating: "代码", count: 50) + "\n"
        let code = String(repeating: line, count: 10_000)
        let rendered = Markdown.render("```\n" + code + "```\n")
        #expect(rendered.html == "<pre><code>" + code + "</code></pre>\n")
    }

    @Test func aSmallDocumentAfterALargeOneOnTheSameThread() {
        _ = Markdown.render(String(repeating: "长文 **粗** [链接](https://example.org)\n\n", count: 30_000))
        #expect(Markdown.render("# 题\n\n文 ![图](a.png)").html == "<h1>题</h1>\n<p>文 <img src=\"a.png\" alt=\"图\" /></p>\n")
        #expect(Markdown.render("").htmlBytes.isEmpty)
    }

    @Test func manyThreadsRenderAsOne() {
        let documents = (0..<400).map { index in
            (0..<(index % 40 + 1)).map { "## 小标题 \($0)\n\n第 \(index) 篇，[链接](x/\($0).html) ![图](p\($0).png) *强调*" }
                .joined(separator: "\n\n")
        }
        let serial = documents.map { Markdown.render($0) { "media/" + $0 } }
        let parallel = Parallel.map(documents) { Markdown.render($0) { "media/" + $0 } }
        #expect(parallel == serial)
        #expect(serial[7].html.contains("<img src=\"media/p0.png\" alt=\"图\" />"))
    }
}

/// Positions are followed only in texts that can hold images or raw HTML.
@Suite struct MarkdownLocatedNodesTests {
    @Test func onlyImagesAndRawHTMLNeedPositions() {
        for text in ["![图](a.png)", "文字 <b>粗</b>", "前文\n\n![x][ref]\n\n[ref]: y.png", "<http://example.org>"] {
            #expect(MarkdownWalk.mayHaveLocatedNodes(text), "\(text)")
        }
        for text in ["", "纯文字 **粗体** [链接](x.html)", "! [不是图片](x)", "感叹！[链接](x)"] {
            #expect(!MarkdownWalk.mayHaveLocatedNodes(text), "\(text)")
        }
        // Without positions the result is what the text says: no images, no raw HTML.
        let rendered = Markdown.render("# 题\n\n文 [链接](x.html) `代码`\n")
        #expect(rendered.images.isEmpty && rendered.rawHTML.isEmpty)
        #expect(rendered.text == "题\n文 链接 代码")
    }
}
