import HuibaoOffice
import Testing

@testable import HuibaoSite

/// A body's HTML (as cmark writes it) as Word blocks, for the Word report.
@Suite("Bodies in Word")
struct WordBodyTests {
    static func blocks(_ html: String) -> [DocxBlock] {
        WordBody.blocks(html) { src, alt in [.paragraph(DocxParagraph("[图 \(src) \(alt)]"))] }
    }

    static func paragraphs(_ blocks: [DocxBlock]) -> [[DocxRun]] {
        blocks.compactMap { if case .paragraph(let paragraph) = $0 { return paragraph.runs } else { return nil } }
    }

    @Test func paragraphsKeepBoldItalicAndCodeAndLoseTheSoftBreaksOfChineseText() {
        let blocks = Self.blocks(
            "<p>今天<strong>两家</strong>企业\n签约，<em>很好</em>。</p>\n<p>Soft\nbreak &amp; <code>x&lt;y</code></p>\n")
        let paragraphs = Self.paragraphs(blocks)
        #expect(paragraphs.count == 2)
        #expect(paragraphs[0].map(\.text).joined() == "今天两家企业签约，很好。")
        #expect(paragraphs[0].first { $0.text == "两家" }?.bold == true)
        #expect(paragraphs[0].first { $0.text == "很好" }?.italic == true)
        #expect(paragraphs[1].map(\.text).joined() == "Soft break & x<y")
        #expect(paragraphs[1].last?.monospaced == true)
    }

    @Test func headingsAreBoldParagraphsAndLineBreaksStay() {
        let paragraphs = Self.paragraphs(Self.blocks("<h2>活动过程</h2>\n<p>第一行<br />\n第二行</p>"))
        #expect(paragraphs.count == 2)
        #expect(paragraphs[0].allSatisfy { $0.bold })
        #expect(paragraphs[1].map(\.text).joined() == "第一行\n第二行")
    }

    @Test func listsNestAndAnOutsideLinkKeepsItsAddress() throws {
        let blocks = Self.blocks(
            "<ul>\n<li>一<ul>\n<li>一之一</li>\n</ul>\n</li>\n<li><a href=\"https://example.org/a?b=1&amp;c=2\">二</a></li>\n</ul>\n<ol start=\"3\"><li>三</li></ol>"
        )
        let lists = blocks.compactMap { if case .list(let list) = $0 { return list } else { return nil } }
        #expect(lists.count == 2)
        #expect(
            lists[0].items.map { $0.runs.map(\.text).joined() } == ["一", "一之一", "二（https://example.org/a?b=1&c=2）"])
        #expect(lists[0].items.map(\.level) == [0, 1, 0])
        #expect(lists[0].ordered == false)
        #expect(lists[1].ordered && lists[1].start == 3)
    }

    @Test func imagesGoThroughThePictureCallbackInTheirPlace() {
        let blocks = Self.blocks("<p>前<img src=\"../../media/a.jpg\" alt=\"现场&quot;照片&quot;\" />后</p>")
        #expect(
            Self.paragraphs(blocks).map { $0.map(\.text).joined() } == ["前", "[图 ../../media/a.jpg 现场\"照片\"]", "后"])
    }

    @Test func characterReferencesAreResolvedAndUnknownOnesKept() {
        #expect(
            WordBody.unescaped("&#20013;&#x6587; &lt;&gt; &nbsp;&copy; &#0; & x") == "中文 <> \u{00A0}&copy; &#0; & x")
    }
}
