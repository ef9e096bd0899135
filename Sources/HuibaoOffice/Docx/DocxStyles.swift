/// The fixed parts that dress a Word document: `word/styles.xml` (body 宋体 with Times New
/// Roman, headings 黑体 with Arial, Word's built-in heading, TOC, caption and table styles
/// under their built-in names, so the navigation pane and a TOC field work), `settings.xml`
/// (no rsids, no `updateFields`), `fontTable.xml` and the lists' `numbering.xml`.
enum DocxStyles {
    static let bodyFont = "宋体"
    static let headingFont = "黑体"
    static let bodyLatin = "Times New Roman"
    static let headingLatin = "Arial"

    private static let main = [("xmlns:w", "http://schemas.openxmlformats.org/wordprocessingml/2006/main")]

    /// `<w:rFonts>` with an East Asian and a Latin font.
    static func fonts(eastAsia: String, latin: String) -> String {
        "<w:rFonts w:ascii=\"\(latin)\" w:eastAsia=\"\(eastAsia)\" w:hAnsi=\"\(latin)\" w:cs=\"\(latin)\"/>"
    }

    /// One paragraph style.
    private static func paragraph(
        _ id: String, name: String, basedOn: String? = "Normal", next: String? = nil, priority: Int? = nil,
        pPr: String = "", rPr: String = ""
    ) -> String {
        var style = "<w:style w:type=\"paragraph\" w:styleId=\"\(id)\"><w:name w:val=\"\(name)\"/>"
        if let basedOn { style += "<w:basedOn w:val=\"\(basedOn)\"/>" }
        if let next { style += "<w:next w:val=\"\(next)\"/>" }
        if let priority { style += "<w:uiPriority w:val=\"\(priority)\"/>" }
        style += "<w:qFormat/>"
        if !pPr.isEmpty { style += "<w:pPr>\(pPr)</w:pPr>" }
        if !rPr.isEmpty { style += "<w:rPr>\(rPr)</w:rPr>" }
        return style + "</w:style>\n"
    }

    /// Heading `level` (1–3): 黑体, outline level `level - 1`, kept with the next paragraph.
    private static func heading(_ level: Int) -> String {
        let size = [32, 28, 24][level - 1]
        let spacing = [("340", "240"), ("260", "200"), ("200", "120")][level - 1]
        return paragraph(
            "Heading\(level)", name: "heading \(level)", next: "Normal", priority: 9,
            pPr: "<w:keepNext/><w:keepLines/><w:spacing w:before=\"\(spacing.0)\" w:after=\"\(spacing.1)\" "
                + "w:line=\"240\" w:lineRule=\"auto\"/><w:jc w:val=\"left\"/><w:outlineLvl w:val=\"\(level - 1)\"/>",
            rPr: fonts(eastAsia: headingFont, latin: headingLatin) + "<w:b/><w:bCs/><w:kern w:val=\"0\"/>"
                + "<w:sz w:val=\"\(size)\"/><w:szCs w:val=\"\(size)\"/>")
    }

    /// `TOC1`…`TOC3`: the table of contents' entries, indented by level.
    private static func toc(_ level: Int) -> String {
        paragraph(
            "TOC\(level)", name: "toc \(level)", next: "Normal", priority: 39,
            pPr: "<w:spacing w:after=\"60\"/><w:ind w:left=\"\((level - 1) * 420)\"/><w:jc w:val=\"left\"/>")
    }

    static var styles: [UInt8] {
        var writer = XMLWriter()
        writer.open("w:styles", main)
        writer.raw("\n<w:docDefaults><w:rPrDefault><w:rPr>")
        writer.raw(fonts(eastAsia: bodyFont, latin: bodyLatin))
        writer.raw(
            "<w:kern w:val=\"2\"/><w:sz w:val=\"24\"/><w:szCs w:val=\"24\"/>"
                + "<w:lang w:val=\"en-US\" w:eastAsia=\"zh-CN\" w:bidi=\"ar-SA\"/></w:rPr></w:rPrDefault>"
                + "<w:pPrDefault><w:pPr><w:spacing w:after=\"120\" w:line=\"360\" w:lineRule=\"auto\"/>"
                + "<w:jc w:val=\"both\"/></w:pPr></w:pPrDefault></w:docDefaults>\n")
        writer.raw(
            "<w:style w:type=\"paragraph\" w:default=\"1\" w:styleId=\"Normal\"><w:name w:val=\"Normal\"/><w:qFormat/></w:style>\n"
                + "<w:style w:type=\"character\" w:default=\"1\" w:styleId=\"DefaultParagraphFont\">"
                + "<w:name w:val=\"Default Paragraph Font\"/><w:uiPriority w:val=\"1\"/><w:semiHidden/><w:unhideWhenUsed/></w:style>\n"
                + "<w:style w:type=\"table\" w:default=\"1\" w:styleId=\"TableNormal\"><w:name w:val=\"Normal Table\"/>"
                + "<w:uiPriority w:val=\"99\"/><w:semiHidden/><w:unhideWhenUsed/><w:tblPr><w:tblInd w:w=\"0\" w:type=\"dxa\"/>"
                + "<w:tblCellMar><w:top w:w=\"0\" w:type=\"dxa\"/><w:left w:w=\"108\" w:type=\"dxa\"/>"
                + "<w:bottom w:w=\"0\" w:type=\"dxa\"/><w:right w:w=\"108\" w:type=\"dxa\"/></w:tblCellMar></w:tblPr></w:style>\n"
                + "<w:style w:type=\"numbering\" w:default=\"1\" w:styleId=\"NoList\"><w:name w:val=\"No List\"/>"
                + "<w:uiPriority w:val=\"99\"/><w:semiHidden/><w:unhideWhenUsed/></w:style>\n")
        for level in 1...3 { writer.raw(heading(level)) }
        writer.raw(
            paragraph(
                "Title", name: "Title", next: "Normal", priority: 10,
                pPr: "<w:spacing w:before=\"240\" w:after=\"480\" w:line=\"240\" w:lineRule=\"auto\"/><w:jc w:val=\"center\"/>",
                rPr: fonts(eastAsia: headingFont, latin: headingLatin) + "<w:b/><w:bCs/><w:sz w:val=\"44\"/><w:szCs w:val=\"44\"/>"))
        writer.raw(
            paragraph(
                "Subtitle", name: "Subtitle", next: "Normal", priority: 11,
                pPr: "<w:spacing w:before=\"1200\" w:after=\"240\" w:line=\"240\" w:lineRule=\"auto\"/><w:jc w:val=\"center\"/>",
                rPr: fonts(eastAsia: headingFont, latin: headingLatin) + "<w:sz w:val=\"32\"/><w:szCs w:val=\"32\"/>"))
        writer.raw(
            paragraph(
                "TOCHeading", name: "TOC Heading", next: "Normal", priority: 39,
                pPr: "<w:keepNext/><w:spacing w:before=\"240\" w:after=\"240\"/><w:jc w:val=\"center\"/>",
                rPr: fonts(eastAsia: headingFont, latin: headingLatin) + "<w:b/><w:sz w:val=\"32\"/><w:szCs w:val=\"32\"/>"))
        for level in 1...3 { writer.raw(toc(level)) }
        writer.raw(
            paragraph(
                "Caption", name: "caption", next: "Normal", priority: 35,
                pPr: "<w:spacing w:after=\"200\" w:line=\"240\" w:lineRule=\"auto\"/><w:jc w:val=\"center\"/>",
                rPr: "<w:sz w:val=\"21\"/><w:szCs w:val=\"21\"/>"))
        writer.raw(
            paragraph(
                "Quote", name: "Quote", next: "Normal", priority: 29, pPr: "<w:ind w:left=\"420\" w:right=\"420\"/>",
                rPr: "<w:color w:val=\"595959\"/>"))
        writer.raw(
            paragraph(
                "HTMLPreformatted", name: "HTML Preformatted", priority: 99,
                pPr: "<w:spacing w:after=\"0\" w:line=\"240\" w:lineRule=\"auto\"/><w:jc w:val=\"left\"/>",
                rPr: fonts(eastAsia: bodyFont, latin: "Courier New") + "<w:sz w:val=\"20\"/><w:szCs w:val=\"20\"/>"))
        writer.raw(
            paragraph(
                "Note", name: "Note", priority: 99, pPr: "<w:spacing w:after=\"120\" w:line=\"240\" w:lineRule=\"auto\"/>",
                rPr: "<w:sz w:val=\"21\"/><w:szCs w:val=\"21\"/>"))
        writer.raw(
            paragraph(
                "ListParagraph", name: "List Paragraph", priority: 34,
                pPr: "<w:spacing w:after=\"60\"/><w:ind w:left=\"420\"/><w:jc w:val=\"left\"/>"))
        writer.raw(
            paragraph(
                "Picture", name: "Picture", priority: 99,
                pPr: "<w:spacing w:before=\"120\" w:after=\"60\" w:line=\"240\" w:lineRule=\"auto\"/><w:jc w:val=\"center\"/>"))
        writer.raw(
            paragraph(
                "TableText", name: "Table Text", priority: 99,
                pPr: "<w:spacing w:after=\"0\" w:line=\"276\" w:lineRule=\"auto\"/><w:jc w:val=\"left\"/>",
                rPr: "<w:sz w:val=\"21\"/><w:szCs w:val=\"21\"/>"))
        writer.raw(
            paragraph(
                "Footer", name: "footer", priority: 99,
                pPr: "<w:tabs><w:tab w:val=\"center\" w:pos=\"4153\"/><w:tab w:val=\"right\" w:pos=\"8306\"/></w:tabs>"
                    + "<w:snapToGrid w:val=\"0\"/><w:spacing w:after=\"0\" w:line=\"240\" w:lineRule=\"auto\"/><w:jc w:val=\"center\"/>",
                rPr: "<w:sz w:val=\"18\"/><w:szCs w:val=\"18\"/>"))
        writer.raw(
            "<w:style w:type=\"character\" w:styleId=\"Hyperlink\"><w:name w:val=\"Hyperlink\"/>"
                + "<w:basedOn w:val=\"DefaultParagraphFont\"/><w:uiPriority w:val=\"99\"/><w:unhideWhenUsed/>"
                + "<w:rPr><w:color w:val=\"0563C1\"/><w:u w:val=\"single\"/></w:rPr></w:style>\n")
        let border = "w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"000000\""
        writer.raw(
            "<w:style w:type=\"table\" w:styleId=\"TableGrid\"><w:name w:val=\"Table Grid\"/>"
                + "<w:basedOn w:val=\"TableNormal\"/><w:uiPriority w:val=\"39\"/>"
                + "<w:pPr><w:spacing w:after=\"0\" w:line=\"240\" w:lineRule=\"auto\"/></w:pPr>"
                + "<w:tblPr><w:tblBorders><w:top \(border)/><w:left \(border)/><w:bottom \(border)/><w:right \(border)/>"
                + "<w:insideH \(border)/><w:insideV \(border)/></w:tblBorders>"
                + "<w:tblCellMar><w:top w:w=\"40\" w:type=\"dxa\"/><w:left w:w=\"85\" w:type=\"dxa\"/>"
                + "<w:bottom w:w=\"40\" w:type=\"dxa\"/><w:right w:w=\"85\" w:type=\"dxa\"/></w:tblCellMar></w:tblPr></w:style>\n")
        writer.close("w:styles")
        return writer.bytes
    }

    /// `word/settings.xml`: no rsids, no `updateFields`, Word 2013+ layout, Chinese punctuation compressed.
    static var settings: [UInt8] {
        var writer = XMLWriter()
        writer.open("w:settings", main)
        writer.raw(
            "<w:zoom w:percent=\"100\"/><w:defaultTabStop w:val=\"420\"/>"
                + "<w:characterSpacingControl w:val=\"compressPunctuation\"/>"
                + "<w:compat><w:compatSetting w:name=\"compatibilityMode\" w:uri=\"http://schemas.microsoft.com/office/word\" w:val=\"15\"/></w:compat>"
                + "<w:themeFontLang w:val=\"en-US\" w:eastAsia=\"zh-CN\"/>"
                + "<w:decimalSymbol w:val=\".\"/><w:listSeparator w:val=\",\"/>")
        writer.close("w:settings")
        return writer.bytes
    }

    /// `word/fontTable.xml`: the fonts used, with the Latin names of 宋体 and 黑体.
    static var fontTable: [UInt8] {
        var writer = XMLWriter()
        writer.open("w:fonts", main)
        let fonts: [(name: String, alt: String?, charset: String, family: String, pitch: String)] = [
            (bodyFont, "SimSun", "86", "auto", "variable"), (headingFont, "SimHei", "86", "modern", "fixed"),
            (bodyLatin, nil, "00", "roman", "variable"), (headingLatin, nil, "00", "swiss", "variable"),
            ("Courier New", nil, "00", "modern", "fixed"),
        ]
        for font in fonts {
            writer.open("w:font", [("w:name", font.name)])
            if let alt = font.alt { writer.empty("w:altName", [("w:val", alt)]) }
            writer.empty("w:charset", [("w:val", font.charset)])
            writer.empty("w:family", [("w:val", font.family)])
            writer.empty("w:pitch", [("w:val", font.pitch)])
            writer.close("w:font")
        }
        writer.close("w:fonts")
        return writer.bytes
    }

    /// `word/numbering.xml`: one bulleted and one numbered definition, and one instance per
    /// list (a numbered list restarts at its own start).
    static func numbering(_ lists: [DocxBody.ListNumbering]) -> [UInt8] {
        var writer = XMLWriter()
        writer.open("w:numbering", main)
        writer.raw("\n")
        let bullets = ["•", "◦", "▪"]
        let formats = [("decimal", "%1."), ("decimal", "%2)"), ("lowerLetter", "%3.")]
        for (id, ordered) in [(0, false), (1, true)] {
            writer.open("w:abstractNum", [("w:abstractNumId", String(id))])
            writer.empty("w:multiLevelType", [("w:val", "hybridMultilevel")])
            for level in 0..<3 {
                writer.open("w:lvl", [("w:ilvl", String(level))])
                writer.empty("w:start", [("w:val", "1")])
                writer.empty("w:numFmt", [("w:val", ordered ? formats[level].0 : "bullet")])
                writer.empty("w:lvlText", [("w:val", ordered ? formats[level].1 : bullets[level])])
                writer.empty("w:lvlJc", [("w:val", "left")])
                writer.raw("<w:pPr><w:ind w:left=\"\(420 * (level + 1))\" w:hanging=\"420\"/></w:pPr>")
                writer.close("w:lvl")
            }
            writer.close("w:abstractNum")
            writer.raw("\n")
        }
        for list in lists {
            writer.open("w:num", [("w:numId", String(list.numID))])
            writer.empty("w:abstractNumId", [("w:val", list.ordered ? "1" : "0")])
            if list.ordered {
                writer.raw("<w:lvlOverride w:ilvl=\"0\"><w:startOverride w:val=\"\(list.start)\"/></w:lvlOverride>")
            }
            writer.close("w:num")
            writer.raw("\n")
        }
        writer.close("w:numbering")
        return writer.bytes
    }
}
