import Foundation
import HuibaoModel
import Testing

@testable import HuibaoOffice

@Suite("Word 文件：正文、样式、目录、页脚、图片，同样的内容同样的字节")
struct DocxDocumentTests {
    static let day = Day(year: 2025, month: 10, day: 31)!
    /// A JPEG-looking blob (the writer never decodes pictures).
    static let photo: [UInt8] = [0xFF, 0xD8, 0xFF, 0xE0, 1, 2, 3]

    static func sample() -> DocxDocument {
        DocxDocument(
            title: "2025年10月工作月报", author: "某社工服务中心",
            blocks: [
                .cover(
                    DocxCover(
                        kind: "2025年10月工作月报", title: "职工服务项目",
                        lines: [.init("甲方", "区总工会"), .init("报送日期", nil)], warnings: ["本月尚未结束，数据截至 2025年10月20日。"])),
                .signature(DocxSignature()),
                .pageBreak,
                .tableOfContents(title: "目录"),
                .heading(level: 1, text: "指标完成情况"),
                .paragraph(DocxParagraph([DocxRun("A & B <c>\n第二行\t制表", bold: true)])),
                .table(
                    DocxTable(
                        columns: [.init("指标", weight: 3), .init("累计", weight: 1, alignment: .right)],
                        rows: [[.init("组建工会"), .init("39")], [.init("服务职工"), .init("1,200")]])),
                .heading(level: 2, text: "本月活动"),
                .image(DocxImage(bytes: photo, format: .jpeg, pixelWidth: 1600, pixelHeight: 1200, altText: "走访“一线”")),
                .image(DocxImage(bytes: photo, format: .jpeg, pixelWidth: 100, pixelHeight: 50, altText: "小图", caption: "图注")),
                .list(DocxList(ordered: true, start: 3, items: [.init([DocxRun("一")]), .init([DocxRun("二")], level: 1)])),
                .list(DocxList(ordered: false, items: [.init([DocxRun("要点")])])),
                .heading(level: 5, text: "深层标题"),
            ])
    }

    static func part(_ package: OfficePackage, _ path: String) -> String {
        String(decoding: package.parts.first { $0.path == path }?.bytes ?? [], as: UTF8.self)
    }

    static var package: OfficePackage { DocxPackage.package(sample(), day: day) }
    static var body: String { part(package, "word/document.xml") }

    @Test func pageIsA4PortraitWithTheFooterReferenced() {
        let body = Self.body
        #expect(body.contains("<w:pgSz w:w=\"11906\" w:h=\"16838\"/>"))
        #expect(body.contains("<w:footerReference w:type=\"default\" r:id=\"rId4\"/>"))
        #expect(DocxPage.textWidth == 11906 - 2 * 1588)
    }

    @Test func stylesAreWordsBuiltInHeadingsWithChineseFonts() {
        let styles = Self.part(Self.package, "word/styles.xml")
        for level in 1...3 {
            #expect(styles.contains("w:styleId=\"Heading\(level)\"><w:name w:val=\"heading \(level)\"/>"))
            #expect(styles.contains("<w:outlineLvl w:val=\"\(level - 1)\"/>"))
            #expect(styles.contains("w:styleId=\"TOC\(level)\"><w:name w:val=\"toc \(level)\"/>"))
        }
        #expect(styles.contains("<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii=\"Times New Roman\" w:eastAsia=\"宋体\""))
        #expect(styles.contains("<w:rFonts w:ascii=\"Arial\" w:eastAsia=\"黑体\" w:hAnsi=\"Arial\""))
        #expect(Self.body.contains("<w:pStyle w:val=\"Heading1\"/>"))
        // Level 5 is clamped to 3.
        #expect(Self.body.contains("<w:pStyle w:val=\"Heading3\"/></w:pPr><w:bookmarkStart w:id=\"3\" w:name=\"_Toc00000003\"/>"))
    }

    @Test func tableOfContentsListsEveryHeadingInItsCachedResult() {
        let body = Self.body
        #expect(body.contains("<w:instrText xml:space=\"preserve\"> TOC \\o &quot;1-3&quot; \\h \\z \\u </w:instrText>"))
        #expect(body.contains("<w:docPartGallery w:val=\"Table of Contents\"/>"))
        for (index, (level, text)) in [(1, "指标完成情况"), (2, "本月活动"), (3, "深层标题")].enumerated() {
            let bookmark = "_Toc0000000\(index + 1)"
            #expect(
                body.contains(
                    "<w:pStyle w:val=\"TOC\(level)\"/></w:pPr>" + (index == 0 ? "" : "")))
            #expect(body.contains("<w:hyperlink w:anchor=\"\(bookmark)\" w:history=\"1\"><w:r><w:t xml:space=\"preserve\">\(text)</w:t>"))
            #expect(body.contains("<w:bookmarkStart w:id=\"\(index + 1)\" w:name=\"\(bookmark)\"/>"))
        }
        // One field: one begin, one separate, one end before the first heading.
        let toc = body.components(separatedBy: "</w:sdt>")[0]
        #expect(toc.components(separatedBy: "fldCharType=\"begin\"").count == 2)
        #expect(toc.components(separatedBy: "fldCharType=\"end\"").count == 2)
        #expect(!Self.part(Self.package, "word/settings.xml").contains("updateFields"))
    }

    @Test func footerHasPageAndNumberOfPagesFields() {
        let footer = Self.part(Self.package, "word/footer1.xml")
        #expect(footer.contains("<w:t xml:space=\"preserve\">第 </w:t>"))
        #expect(footer.contains("<w:instrText xml:space=\"preserve\"> PAGE </w:instrText>"))
        #expect(footer.contains("<w:t xml:space=\"preserve\"> 页 共 </w:t>"))
        #expect(footer.contains("<w:instrText xml:space=\"preserve\"> NUMPAGES </w:instrText>"))
        var document = Self.sample()
        document.pageNumbers = false
        let package = DocxPackage.package(document, day: Self.day)
        #expect(!package.parts.contains { $0.path == "word/footer1.xml" })
        #expect(!Self.part(package, "word/document.xml").contains("footerReference"))
    }

    @Test func tablesHaveBordersARepeatedHeaderAndWidthsThatFillTheTextWidth() {
        let body = Self.body
        #expect(body.contains("<w:tblStyle w:val=\"TableGrid\"/><w:tblW w:w=\"\(DocxPage.textWidth)\" w:type=\"dxa\"/>"))
        #expect(body.contains("<w:insideV w:val=\"single\""))
        #expect(body.components(separatedBy: "<w:tblHeader/>").count == 2)
        let widths = DocxTable(columns: [.init("a", weight: 3), .init("b"), .init("c", weight: 2)], rows: []).widths()
        #expect(widths.reduce(0, +) == DocxPage.textWidth)
        #expect(widths[0] == DocxPage.textWidth * 3 / 6)
        #expect(body.contains("<w:gridCol w:w=\"\(DocxPage.textWidth * 3 / 4)\"/>"))
        #expect(body.contains("<w:jc w:val=\"right\"/></w:pPr><w:r><w:t xml:space=\"preserve\">1,200</w:t>"))
    }

    @Test func textIsEscapedWithLineBreaksAndTabs() {
        #expect(
            Self.body.contains(
                "<w:r><w:rPr><w:b/></w:rPr><w:t xml:space=\"preserve\">A &amp; B &lt;c&gt;</w:t><w:br/>"
                    + "<w:t xml:space=\"preserve\">第二行</w:t><w:tab/><w:t xml:space=\"preserve\">制表</w:t></w:r>"))
    }

    @Test func coverShowsBlankLinesWarningsInRedAndTheSealBlock() {
        let body = Self.body
        #expect(body.contains("<w:t xml:space=\"preserve\">报送日期：</w:t></w:r><w:r><w:rPr><w:u w:val=\"single\"/></w:rPr>"))
        #expect(body.contains("<w:rPr><w:b/><w:color w:val=\"C00000\"/></w:rPr><w:t xml:space=\"preserve\">本月尚未结束"))
        for text in ["乙方（盖章）：", "负责人（签字）：", "日期："] {
            #expect(body.contains("<w:t xml:space=\"preserve\">\(text)</w:t>"))
        }
        #expect(body.contains("<w:br w:type=\"page\"/>"))
    }

    @Test func picturesAreInlineWithIdsInOrderAndOnePartPerDistinctImage() {
        let package = Self.package
        let body = Self.part(package, "word/document.xml")
        #expect(body.contains("<wp:docPr id=\"1\" name=\"图片 1\" descr=\"走访“一线”\"/>"))
        #expect(body.contains("<wp:docPr id=\"2\" name=\"图片 2\" descr=\"小图\"/>"))
        // 1600 × 1200 px at 96 dpi: wider than the text and then taller than 9 cm, scaled to both.
        #expect(body.contains("<wp:extent cx=\"4320000\" cy=\"3240000\"/>"))
        let wide = DocxImage(bytes: [], format: .png, pixelWidth: 3000, pixelHeight: 300, altText: "").extent
        #expect(wide.cx == DocxPage.textWidth * DocxPage.emuPerTwip)
        #expect(wide.cy == 300 * 9525 * wide.cx / (3000 * 9525))
        #expect(body.contains("<wp:extent cx=\"952500\" cy=\"476250\"/>"))
        #expect(body.components(separatedBy: "<a:blip r:embed=\"rId6\"/>").count == 3)
        #expect(package.parts.filter { $0.path.hasPrefix("word/media/") }.map(\.path) == ["word/media/image1.jpeg"])
        #expect(body.contains("<w:pStyle w:val=\"Caption\"/><w:jc w:val=\"center\"/></w:pPr><w:r><w:t xml:space=\"preserve\">图注"))
        // Taller than 9 cm: scaled to it.
        let tall = DocxImage(bytes: [], format: .png, pixelWidth: 300, pixelHeight: 3000, altText: "")
        #expect(tall.extent.cy == DocxImage.defaultMaxHeight)
        #expect(tall.extent.cx == 300 * 9525 * DocxImage.defaultMaxHeight / (3000 * 9525))
    }

    @Test func listsGetTheirOwnNumberingInstances() {
        let numbering = Self.part(Self.package, "word/numbering.xml")
        #expect(numbering.contains("<w:num w:numId=\"1\"><w:abstractNumId w:val=\"1\"/><w:lvlOverride w:ilvl=\"0\"><w:startOverride w:val=\"3\"/>"))
        #expect(numbering.contains("<w:num w:numId=\"2\"><w:abstractNumId w:val=\"0\"/></w:num>"))
        #expect(Self.body.contains("<w:numPr><w:ilvl w:val=\"1\"/><w:numId w:val=\"1\"/></w:numPr>"))
    }

    @Test func everyRelationshipResolvesAndEveryPartHasAContentType() {
        let package = Self.package
        let rels = Self.part(package, "word/_rels/document.xml.rels")
        let body = Self.body
        for match in body.matches(of: /r:(?:embed|id)="(rId\d+)"/) {
            #expect(rels.contains("Id=\"\(match.1)\""))
        }
        for match in rels.matches(of: /Target="([^"]+)"/) {
            #expect(package.parts.contains { $0.path == "word/" + match.1 }, "\(match.1)")
        }
        let types = String(decoding: package.contentTypes, as: UTF8.self)
        #expect(types.contains("<Override PartName=\"/word/document.xml\" ContentType=\"\(DocxPackage.ContentType.document)\"/>"))
        #expect(types.contains("<Default Extension=\"jpeg\" ContentType=\"image/jpeg\"/>"))
    }

    @Test func nothingVariesButTheDay() throws {
        let first = try Self.sample().docx(day: Self.day)
        #expect(try Self.sample().docx(day: Self.day) == first)
        #expect(try Self.sample().docx(day: Self.day.adding(days: 1)) != first)
        let core = Self.part(Self.package, "docProps/core.xml")
        #expect(core.contains("<dcterms:created xsi:type=\"dcterms:W3CDTF\">2025-10-31T00:00:00Z</dcterms:created>"))
        #expect(core.contains("<dc:creator>某社工服务中心</dc:creator>"))
        for part in Self.package.parts where part.path.hasSuffix(".xml") {
            let text = String(decoding: part.bytes, as: UTF8.self)
            #expect(!text.contains("rsid"), "\(part.path)")
            #expect(!text.contains("w14:paraId"), "\(part.path)")
        }
    }
}
