import HuibaoModel
import Testing

@testable import HuibaoContent

@Suite("Markdown as text blocks for Word (cmark's tree)")
struct MarkdownBlocksTests {
    static func blocks(_ markdown: String) -> [TextBlock] {
        MarkdownBlocks.blocks(markdown) { $0.hasPrefix("http") ? nil : "assets/" + $0 }
    }

    @Test func headingsParagraphsAndEmphasis() {
        #expect(
            Self.blocks("## 本月小结\n\n正文 **组建** 与 *会员* `代码`\n第二行\nline\nbreak  \n硬换行\n")
                == [
                    .heading(level: 2, spans: [TextSpan("本月小结")]),
                    .paragraph([
                        TextSpan("正文 "), TextSpan("组建", strong: true), TextSpan(" 与 "), TextSpan("会员", emphasis: true),
                        TextSpan(" "), TextSpan("代码", code: true), TextSpan("第二行line break\n硬换行"),
                    ]),
                ])
    }

    @Test func listsKeepTheirKindStartAndNesting() {
        #expect(
            Self.blocks("3. 一\n4. 二\n   - 甲\n\n- 要点\n")
                == [
                    .list(
                        ordered: true, start: 3,
                        items: [
                            [.paragraph([TextSpan("一")])],
                            [
                                .paragraph([TextSpan("二")]),
                                .list(ordered: false, start: 0, items: [[.paragraph([TextSpan("甲")])]]),
                            ],
                        ]),
                    .list(ordered: false, start: 0, items: [[.paragraph([TextSpan("要点")])]]),
                ])
    }

    @Test func imagesSplitTheirParagraphAndRawHTMLIsLeftOut() {
        #expect(
            Self.blocks(
                "前 ![现场 照片](现场.jpg) 后\n\n<div>原始</div>\n\n![远程](https://example.org/a.png)\n\n> 引用 <b>粗</b>\n\n---\n\n```\ncode\n```\n"
            )
                == [
                    .paragraph([TextSpan("前 ")]), .image(path: "assets/现场.jpg", alt: "现场 照片"),
                    .paragraph([TextSpan(" 后")]),
                    .image(path: nil, alt: "远程"), .quote([.paragraph([TextSpan("引用 粗")])]), .rule, .code("code"),
                ])
    }
}
