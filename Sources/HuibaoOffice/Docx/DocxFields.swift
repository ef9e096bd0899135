/// Word fields: the table of contents in the body and the page numbers in the footer. Each
/// field carries a cached result, so it shows right away without Word updating fields (which
/// would ask the reader a question on opening).
enum DocxFields {
    /// The TOC field's instruction: heading levels 1–3, entries as links, no page numbers in
    /// web view, outline levels used.
    static let tocInstruction = " TOC \\o \"1-3\" \\h \\z \\u "

    /// A complex field's `begin … separate` (the cached result follows, then `end`).
    static func begin(_ instruction: String, into writer: inout XMLWriter) {
        writer.raw("<w:r><w:fldChar w:fldCharType=\"begin\"/></w:r><w:r>")
        writer.element("w:instrText", [("xml:space", "preserve")], text: instruction)
        writer.raw("</w:r><w:r><w:fldChar w:fldCharType=\"separate\"/></w:r>")
    }

    static func end(into writer: inout XMLWriter) {
        writer.raw("<w:r><w:fldChar w:fldCharType=\"end\"/></w:r>")
    }

    /// `word/footer1.xml`: 第 {PAGE} 页 共 {NUMPAGES} 页, centred.
    static var footer: [UInt8] {
        var writer = XMLWriter()
        writer.open("w:ftr", Array(DocxBody.namespaces.prefix(2)))
        writer.raw("<w:p><w:pPr><w:pStyle w:val=\"Footer\"/><w:jc w:val=\"center\"/></w:pPr>")
        let text = { (writer: inout XMLWriter, text: String) in
            writer.raw("<w:r>")
            writer.element("w:t", [("xml:space", "preserve")], text: text)
            writer.raw("</w:r>")
        }
        text(&writer, "第 ")
        begin(" PAGE ", into: &writer)
        text(&writer, "1")
        end(into: &writer)
        text(&writer, " 页 共 ")
        begin(" NUMPAGES ", into: &writer)
        text(&writer, "1")
        end(into: &writer)
        text(&writer, " 页")
        writer.raw("</w:p>")
        writer.close("w:ftr")
        return writer.bytes
    }
}

extension DocxBody {
    /// The table of contents: a 目录 title, then the TOC field whose cached result lists every
    /// heading (level 1–3) as a link to its bookmark, indented by level (styles `TOC1`…`TOC3`).
    /// Page numbers are left to Word's 更新域 (they depend on Word's own layout).
    mutating func tableOfContents(title: String) {
        writer.raw(
            "<w:sdt><w:sdtPr><w:docPartObj><w:docPartGallery w:val=\"Table of Contents\"/><w:docPartUnique/>"
                + "</w:docPartObj></w:sdtPr><w:sdtContent>\n")
        writer.raw("<w:p><w:pPr><w:pStyle w:val=\"TOCHeading\"/></w:pPr>")
        run(DocxRun(title))
        writer.raw("</w:p>\n")
        if headings.isEmpty {
            writer.raw("<w:p>")
            DocxFields.begin(DocxFields.tocInstruction, into: &writer)
            DocxFields.end(into: &writer)
            writer.raw("</w:p>\n")
        }
        for (index, heading) in headings.enumerated() {
            writer.raw("<w:p><w:pPr><w:pStyle w:val=\"TOC\(heading.level)\"/></w:pPr>")
            if index == 0 { DocxFields.begin(DocxFields.tocInstruction, into: &writer) }
            writer.open("w:hyperlink", [("w:anchor", heading.bookmark), ("w:history", "1")])
            run(DocxRun(heading.text))
            writer.close("w:hyperlink")
            if index == headings.count - 1 { DocxFields.end(into: &writer) }
            writer.raw("</w:p>\n")
        }
        writer.raw("</w:sdtContent></w:sdt>\n")
    }
}
