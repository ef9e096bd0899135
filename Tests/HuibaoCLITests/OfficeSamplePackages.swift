import Foundation
import HuibaoTestSupport

/// Small .docx and .xlsx packages written part by part in the test (not by huibao's writers),
/// with what documents.md asks of each: the checkers' known-good inputs, and the base of the
/// deliberately broken variants.
enum OfficeSamplePackages {
    static let contentTypesNS = "http://schemas.openxmlformats.org/package/2006/content-types"
    static let relsNS = "http://schemas.openxmlformats.org/package/2006/relationships"
    static let officeRel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
    static let header = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"

    /// A 1×1 PNG.
    static let png = Data(
        base64Encoded:
            "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==")!

    static func relationships(_ rels: [(id: String, type: String, target: String)]) -> String {
        header + "<Relationships xmlns=\"\(relsNS)\">"
            + rels.map { "<Relationship Id=\"\($0.id)\" Type=\"\(officeRel)/\($0.type)\" Target=\"\($0.target)\"/>" }
            .joined() + "</Relationships>"
    }

    static func field(_ instruction: String, shown: String) -> String {
        "<w:r><w:fldChar w:fldCharType=\"begin\"/></w:r><w:r><w:instrText xml:space=\"preserve\"> \(instruction) </w:instrText></w:r>"
            + "<w:r><w:fldChar w:fldCharType=\"separate\"/></w:r><w:r><w:t>\(shown)</w:t></w:r>"
            + "<w:r><w:fldChar w:fldCharType=\"end\"/></w:r>"
    }

    static let wordNS =
        "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\" xmlns:r=\"\(officeRel)\" "
        + "xmlns:wp=\"http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing\" "
        + "xmlns:a=\"http://schemas.openxmlformats.org/drawingml/2006/main\" "
        + "xmlns:pic=\"http://schemas.openxmlformats.org/drawingml/2006/picture\""

    /// A Word document: 标题 1, a TOC field, body text, a bordered table whose header row
    /// repeats, an inline image, A4, 第 X 页 共 Y 页 in the footer, 宋体/黑体 as East Asian fonts.
    static var docx: [OfficeTools.ZipEntry] {
        let cell = { (text: String) in
            "<w:tc><w:tcPr><w:tcW w:w=\"4000\" w:type=\"dxa\"/></w:tcPr><w:p><w:r><w:t>\(text)</w:t></w:r></w:p></w:tc>"
        }
        let border = { (side: String) in "<w:\(side) w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"000000\"/>" }
        let document =
            header + "<w:document \(wordNS)><w:body>"
            + "<w:p><w:pPr><w:pStyle w:val=\"Heading1\"/></w:pPr><w:r><w:t>一、总体情况</w:t></w:r></w:p>"
            + "<w:p>" + field("TOC \\o \"1-3\" \\h \\z \\u", shown: "目录") + "</w:p>"
            + "<w:p><w:r><w:t>本月新建工会三家，服务职工一百二十人次。</w:t></w:r></w:p>"
            + "<w:tbl><w:tblPr><w:tblW w:w=\"8000\" w:type=\"dxa\"/><w:tblBorders>"
            + ["top", "left", "bottom", "right", "insideH", "insideV"].map(border).joined()
            + "</w:tblBorders></w:tblPr><w:tblGrid><w:gridCol w:w=\"4000\"/><w:gridCol w:w=\"4000\"/></w:tblGrid>"
            + "<w:tr><w:trPr><w:tblHeader/></w:trPr>" + cell("指标") + cell("完成") + "</w:tr>"
            + "<w:tr>" + cell("组建工会") + cell("12") + "</w:tr></w:tbl>"
            + "<w:p><w:r><w:drawing><wp:inline distT=\"0\" distB=\"0\" distL=\"0\" distR=\"0\">"
            + "<wp:extent cx=\"952500\" cy=\"952500\"/><wp:docPr id=\"1\" name=\"图片 1\"/>"
            + "<a:graphic><a:graphicData uri=\"http://schemas.openxmlformats.org/drawingml/2006/picture\"><pic:pic>"
            + "<pic:nvPicPr><pic:cNvPr id=\"1\" name=\"image1.png\"/><pic:cNvPicPr/></pic:nvPicPr>"
            + "<pic:blipFill><a:blip r:embed=\"rId3\"/><a:stretch><a:fillRect/></a:stretch></pic:blipFill>"
            + "<pic:spPr><a:xfrm><a:off x=\"0\" y=\"0\"/><a:ext cx=\"952500\" cy=\"952500\"/></a:xfrm>"
            + "<a:prstGeom prst=\"rect\"><a:avLst/></a:prstGeom></pic:spPr></pic:pic></a:graphicData></a:graphic>"
            + "</wp:inline></w:drawing></w:r></w:p>"
            + "<w:sectPr><w:footerReference w:type=\"default\" r:id=\"rId2\"/>"
            + "<w:pgSz w:w=\"11906\" w:h=\"16838\"/>"
            + "<w:pgMar w:top=\"1440\" w:right=\"1247\" w:bottom=\"1440\" w:left=\"1247\" w:header=\"851\" w:footer=\"992\" w:gutter=\"0\"/>"
            + "</w:sectPr></w:body></w:document>"
        let styles =
            header + "<w:styles \(wordNS)>"
            + "<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii=\"Times New Roman\" w:hAnsi=\"Times New Roman\" w:eastAsia=\"宋体\"/>"
            + "<w:sz w:val=\"24\"/></w:rPr></w:rPrDefault></w:docDefaults>"
            + "<w:style w:type=\"paragraph\" w:default=\"1\" w:styleId=\"Normal\"><w:name w:val=\"Normal\"/><w:qFormat/>"
            + "<w:rPr><w:rFonts w:ascii=\"Times New Roman\" w:hAnsi=\"Times New Roman\" w:eastAsia=\"宋体\"/></w:rPr></w:style>"
            + "<w:style w:type=\"paragraph\" w:styleId=\"Heading1\"><w:name w:val=\"heading 1\"/><w:basedOn w:val=\"Normal\"/>"
            + "<w:next w:val=\"Normal\"/><w:qFormat/><w:pPr><w:keepNext/><w:outlineLvl w:val=\"0\"/></w:pPr>"
            + "<w:rPr><w:rFonts w:ascii=\"Arial\" w:hAnsi=\"Arial\" w:eastAsia=\"黑体\"/><w:b/><w:sz w:val=\"32\"/></w:rPr></w:style>"
            + "</w:styles>"
        let footer =
            header
            + "<w:ftr \(wordNS)><w:p><w:pPr><w:jc w:val=\"center\"/></w:pPr><w:r><w:t xml:space=\"preserve\">第 </w:t></w:r>"
            + field("PAGE", shown: "1") + "<w:r><w:t xml:space=\"preserve\"> 页 共 </w:t></w:r>"
            + field("NUMPAGES", shown: "1") + "<w:r><w:t xml:space=\"preserve\"> 页</w:t></w:r></w:p></w:ftr>"
        let word = "application/vnd.openxmlformats-officedocument.wordprocessingml"
        return [
            .init(
                "[Content_Types].xml",
                header + "<Types xmlns=\"\(contentTypesNS)\">"
                    + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                    + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                    + "<Default Extension=\"png\" ContentType=\"image/png\"/>"
                    + "<Override PartName=\"/word/document.xml\" ContentType=\"\(word).document.main+xml\"/>"
                    + "<Override PartName=\"/word/styles.xml\" ContentType=\"\(word).styles+xml\"/>"
                    + "<Override PartName=\"/word/footer1.xml\" ContentType=\"\(word).footer+xml\"/>"
                    + "</Types>"),
            .init("_rels/.rels", relationships([("rId1", "officeDocument", "word/document.xml")])),
            .init("word/document.xml", document),
            .init(
                "word/_rels/document.xml.rels",
                relationships([
                    ("rId1", "styles", "styles.xml"), ("rId2", "footer", "footer1.xml"),
                    ("rId3", "image", "media/image1.png"),
                ])),
            .init("word/styles.xml", styles),
            .init("word/footer1.xml", footer),
            .init(name: "word/media/image1.png", data: png),
        ]
    }

    /// A workbook: sheet 指标 with a bold, frozen header row, set column widths, and typed
    /// cells (text, money 0.00, a date cell, a percent).
    static var xlsx: [OfficeTools.ZipEntry] {
        let main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
        let sheetML = "application/vnd.openxmlformats-officedocument.spreadsheetml"
        let text = { (ref: String, value: String, style: Int) in
            "<c r=\"\(ref)\" s=\"\(style)\" t=\"inlineStr\"><is><t>\(value)</t></is></c>"
        }
        let number = { (ref: String, value: String, style: Int) in "<c r=\"\(ref)\" s=\"\(style)\"><v>\(value)</v></c>"
        }
        let sheet =
            header + "<worksheet xmlns=\"\(main)\" xmlns:r=\"\(officeRel)\">"
            + "<sheetViews><sheetView workbookViewId=\"0\"><pane ySplit=\"1\" topLeftCell=\"A2\" activePane=\"bottomLeft\" state=\"frozen\"/></sheetView></sheetViews>"
            + "<cols><col min=\"1\" max=\"1\" width=\"10\" customWidth=\"1\"/><col min=\"2\" max=\"2\" width=\"24\" customWidth=\"1\"/></cols>"
            + "<sheetData><row r=\"1\">"
            + [("A1", "编号"), ("B1", "指标"), ("C1", "金额"), ("D1", "日期"), ("E1", "完成率")].map { text($0.0, $0.1, 1) }
            .joined()
            + "</row><row r=\"2\">" + text("A2", "unions", 0) + text("B2", "组建工会", 0) + number("C2", "1234.5", 2)
            + number("D2", "45931", 3) + number("E2", "0.125", 4) + "</row></sheetData></worksheet>"
        let styles =
            header
            + "<styleSheet xmlns=\"\(main)\"><numFmts count=\"1\"><numFmt numFmtId=\"164\" formatCode=\"0.00\"/></numFmts>"
            + "<fonts count=\"2\"><font><sz val=\"11\"/><name val=\"宋体\"/></font><font><b/><sz val=\"11\"/><name val=\"宋体\"/></font></fonts>"
            + "<fills count=\"2\"><fill><patternFill patternType=\"none\"/></fill><fill><patternFill patternType=\"gray125\"/></fill></fills>"
            + "<borders count=\"1\"><border><left/><right/><top/><bottom/><diagonal/></border></borders>"
            + "<cellStyleXfs count=\"1\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\"/></cellStyleXfs>"
            + "<cellXfs count=\"5\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\"/>"
            + "<xf numFmtId=\"0\" fontId=\"1\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyFont=\"1\"/>"
            + "<xf numFmtId=\"164\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyNumberFormat=\"1\"/>"
            + "<xf numFmtId=\"14\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyNumberFormat=\"1\"/>"
            + "<xf numFmtId=\"10\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyNumberFormat=\"1\"/></cellXfs>"
            + "<cellStyles count=\"1\"><cellStyle name=\"Normal\" xfId=\"0\" builtinId=\"0\"/></cellStyles></styleSheet>"
        return [
            .init(
                "[Content_Types].xml",
                header + "<Types xmlns=\"\(contentTypesNS)\">"
                    + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                    + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                    + "<Override PartName=\"/xl/workbook.xml\" ContentType=\"\(sheetML).sheet.main+xml\"/>"
                    + "<Override PartName=\"/xl/worksheets/sheet1.xml\" ContentType=\"\(sheetML).worksheet+xml\"/>"
                    + "<Override PartName=\"/xl/styles.xml\" ContentType=\"\(sheetML).styles+xml\"/>"
                    + "</Types>"),
            .init("_rels/.rels", relationships([("rId1", "officeDocument", "xl/workbook.xml")])),
            .init(
                "xl/workbook.xml",
                header + "<workbook xmlns=\"\(main)\" xmlns:r=\"\(officeRel)\"><sheets>"
                    + "<sheet name=\"指标\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>"),
            .init(
                "xl/_rels/workbook.xml.rels",
                relationships([("rId1", "worksheet", "worksheets/sheet1.xml"), ("rId2", "styles", "styles.xml")])),
            .init("xl/worksheets/sheet1.xml", sheet),
            .init("xl/styles.xml", styles),
        ]
    }

    /// `entries` with the part `name`'s text changed by `edit`.
    static func editing(_ entries: [OfficeTools.ZipEntry], _ name: String, _ edit: (String) -> String) -> [OfficeTools
        .ZipEntry]
    {
        entries.map { entry in
            guard entry.name == name else { return entry }
            return OfficeTools.ZipEntry(name, edit(String(decoding: entry.data, as: UTF8.self)))
        }
    }

    /// Writes `entries` to a fresh temporary file called `name`.
    static func write(_ entries: [OfficeTools.ZipEntry], as name: String) throws -> URL {
        let file = try Fixtures.temporaryFolder().appendingPathComponent(name)
        try OfficeTools.writeZip(entries, to: file)
        return file
    }
}
