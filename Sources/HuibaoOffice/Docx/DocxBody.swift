/// Writes `word/document.xml` from a document's blocks, collecting what the body refers to:
/// the pictures (one media part per distinct image, a relationship each), the numbered lists'
/// numbering instances, and a bookmark per heading for the table of contents. Block-level
/// elements each end a line, so the part diffs well.
struct DocxBody {
    /// A picture part: `word/media/imageN.jpeg`.
    struct Media {
        var path: String
        var format: DocxImage.Format
        var bytes: [UInt8]
    }

    /// A list's numbering instance: its `w:numId`, whether ordered, and its start.
    struct ListNumbering: Equatable {
        var numID: Int
        var ordered: Bool
        var start: Int
    }

    static let namespaces: [(String, String)] = [
        ("xmlns:w", "http://schemas.openxmlformats.org/wordprocessingml/2006/main"),
        ("xmlns:r", "http://schemas.openxmlformats.org/officeDocument/2006/relationships"),
        ("xmlns:wp", "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"),
        ("xmlns:a", "http://schemas.openxmlformats.org/drawingml/2006/main"),
        ("xmlns:pic", "http://schemas.openxmlformats.org/drawingml/2006/picture"),
    ]

    var writer = XMLWriter()
    var relationships: Relationships
    private(set) var media: [Media] = []
    private var mediaIDs: [[UInt8]: String] = [:]
    private(set) var lists: [ListNumbering] = []
    /// The next drawing's `wp:docPr id` (1, 2, … in document order).
    private var nextDrawingID = 1
    /// The headings (level ≤ 3) in order, each with its bookmark name.
    let headings: [(level: Int, text: String, bookmark: String)]
    private var headingIndex = 0
    let footerID: String?

    init(document: DocxDocument, relationships: Relationships, footerID: String?) {
        self.relationships = relationships
        self.footerID = footerID
        var headings: [(Int, String, String)] = []
        for block in document.blocks {
            if case .heading(let level, let text) = block {
                headings.append((Self.clamped(level), text, Self.bookmark(headings.count + 1)))
            }
        }
        self.headings = headings
    }

    static func clamped(_ level: Int) -> Int { min(3, max(1, level)) }

    /// A heading's bookmark, numbered in order: `_Toc00000001` (hidden, as Word names them).
    static func bookmark(_ index: Int) -> String {
        let digits = String(index)
        return "_Toc" + String(repeating: "0", count: max(0, 8 - digits.count)) + digits
    }

    mutating func write(_ document: DocxDocument) {
        writer.open("w:document", Self.namespaces)
        writer.raw("\n")
        writer.open("w:body")
        writer.raw("\n")
        for block in document.blocks { write(block) }
        section()
        writer.close("w:body")
        writer.close("w:document")
    }

    private mutating func write(_ block: DocxBlock) {
        switch block {
        case .heading(let level, let text): heading(Self.clamped(level), text)
        case .paragraph(let paragraph): self.paragraph(paragraph)
        case .list(let list): self.list(list)
        case .table(let table): self.table(table)
        case .image(let image): self.image(image)
        case .pageBreak: pageBreak()
        case .tableOfContents(let title): tableOfContents(title: title)
        case .cover(let cover): self.cover(cover)
        case .signature(let signature):
            for paragraph in signature.paragraphs { self.paragraph(paragraph) }
        }
    }

    // MARK: Paragraphs and runs

    /// `<w:pPr>` with a style, alignment and other properties (in the schema's order).
    private mutating func paragraphProperties(
        style: String?, keepNext: Bool = false, numbering: (id: Int, level: Int)? = nil,
        alignment: DocxParagraph.Alignment? = nil
    ) {
        guard style != nil || keepNext || numbering != nil || alignment != nil else { return }
        writer.open("w:pPr")
        if let style { writer.empty("w:pStyle", [("w:val", style)]) }
        if keepNext { writer.empty("w:keepNext") }
        if let numbering {
            writer.open("w:numPr")
            writer.empty("w:ilvl", [("w:val", String(numbering.level))])
            writer.empty("w:numId", [("w:val", String(numbering.id))])
            writer.close("w:numPr")
        }
        if let alignment { writer.empty("w:jc", [("w:val", alignment.rawValue)]) }
        writer.close("w:pPr")
    }

    mutating func paragraph(_ paragraph: DocxParagraph) {
        writer.open("w:p")
        paragraphProperties(
            style: paragraph.style == .normal ? nil : paragraph.style.rawValue, keepNext: paragraph.keepWithNext,
            alignment: paragraph.alignment)
        for run in paragraph.runs { self.run(run) }
        writer.close("w:p")
        writer.raw("\n")
    }

    /// A run: its properties, then its text with line breaks as `w:br` and tabs as `w:tab`.
    mutating func run(_ run: DocxRun) {
        writer.open("w:r")
        if run.bold || run.italic || run.underline || run.color != nil || run.monospaced {
            writer.open("w:rPr")
            if run.monospaced {
                writer.empty("w:rFonts", [("w:ascii", "Courier New"), ("w:hAnsi", "Courier New")])
            }
            if run.bold { writer.empty("w:b") }
            if run.italic { writer.empty("w:i") }
            if let color = run.color { writer.empty("w:color", [("w:val", color)]) }
            if run.underline { writer.empty("w:u", [("w:val", "single")]) }
            writer.close("w:rPr")
        }
        text(run.text)
        writer.close("w:r")
    }

    /// Text inside a run: `w:t` pieces (spaces kept), `w:br` for line breaks, `w:tab` for tabs.
    private mutating func text(_ text: String) {
        var piece = ""
        func flush(_ writer: inout XMLWriter) {
            guard !piece.isEmpty else { return }
            writer.element("w:t", [("xml:space", "preserve")], text: piece)
            piece = ""
        }
        var previousWasCR = false
        for character in text.unicodeScalars {
            switch character {
            case "\r":
                flush(&writer)
                writer.empty("w:br")
                previousWasCR = true
                continue
            case "\n":
                if !previousWasCR {
                    flush(&writer)
                    writer.empty("w:br")
                }
            case "\t":
                flush(&writer)
                writer.empty("w:tab")
            default: piece.unicodeScalars.append(character)
            }
            previousWasCR = false
        }
        flush(&writer)
    }

    // MARK: Headings, cover, breaks

    private mutating func heading(_ level: Int, _ text: String) {
        let bookmark = headings[headingIndex].bookmark
        let id = String(headingIndex + 1)
        headingIndex += 1
        writer.open("w:p")
        paragraphProperties(style: "Heading\(level)")
        writer.empty("w:bookmarkStart", [("w:id", id), ("w:name", bookmark)])
        run(DocxRun(text))
        writer.empty("w:bookmarkEnd", [("w:id", id)])
        writer.close("w:p")
        writer.raw("\n")
    }

    private mutating func pageBreak() {
        writer.raw("<w:p><w:r><w:br w:type=\"page\"/></w:r></w:p>\n")
    }

    private mutating func cover(_ cover: DocxCover) {
        paragraph(DocxParagraph(cover.kind, style: .subtitle, alignment: .center))
        paragraph(DocxParagraph(cover.title, style: .title, alignment: .center))
        for line in cover.lines {
            var runs = [DocxRun(line.label + "：", bold: true)]
            if let value = line.value {
                runs.append(DocxRun(value))
            } else {
                runs.append(DocxRun(String(repeating: "\u{3000}", count: 8), underline: true))
            }
            paragraph(DocxParagraph(runs))
        }
        for warning in cover.warnings { paragraph(DocxParagraph([.warning(warning)])) }
    }

    // MARK: Lists

    private mutating func list(_ list: DocxList) {
        let numbering = ListNumbering(numID: lists.count + 1, ordered: list.ordered, start: max(0, list.start))
        lists.append(numbering)
        for item in list.items {
            writer.open("w:p")
            paragraphProperties(style: "ListParagraph", numbering: (numbering.numID, min(2, max(0, item.level))))
            for run in item.runs { self.run(run) }
            writer.close("w:p")
            writer.raw("\n")
        }
    }

    // MARK: Tables

    private mutating func table(_ table: DocxTable) {
        guard !table.columns.isEmpty else { return }
        let widths = table.widths()
        writer.open("w:tbl")
        writer.open("w:tblPr")
        writer.empty("w:tblStyle", [("w:val", "TableGrid")])
        writer.empty("w:tblW", [("w:w", String(widths.reduce(0, +))), ("w:type", "dxa")])
        writer.open("w:tblBorders")
        for side in ["top", "left", "bottom", "right", "insideH", "insideV"] {
            writer.empty(
                "w:" + side, [("w:val", "single"), ("w:sz", "4"), ("w:space", "0"), ("w:color", "000000")])
        }
        writer.close("w:tblBorders")
        writer.empty("w:tblLayout", [("w:type", "fixed")])
        writer.empty("w:tblLook", [("w:val", "04A0"), ("w:firstRow", table.hasHeader ? "1" : "0"), ("w:lastRow", "0"),
            ("w:firstColumn", "0"), ("w:lastColumn", "0"), ("w:noHBand", "1"), ("w:noVBand", "1")])
        writer.close("w:tblPr")
        writer.open("w:tblGrid")
        for width in widths { writer.empty("w:gridCol", [("w:w", String(width))]) }
        writer.close("w:tblGrid")
        writer.raw("\n")
        if table.hasHeader {
            writer.open("w:tr")
            writer.raw("<w:trPr><w:cantSplit/><w:tblHeader/></w:trPr>")
            for (column, width) in zip(table.columns, widths) {
                cell(
                    DocxTable.Cell(column.title, bold: true, alignment: column.alignment), width: width,
                    alignment: column.alignment, shaded: true)
            }
            writer.close("w:tr")
            writer.raw("\n")
        }
        for row in table.rows {
            writer.open("w:tr")
            writer.raw("<w:trPr><w:cantSplit/></w:trPr>")
            for (index, (column, width)) in zip(table.columns, widths).enumerated() {
                let cell = index < row.count ? row[index] : DocxTable.Cell("")
                self.cell(cell, width: width, alignment: cell.alignment ?? column.alignment, shaded: false)
            }
            writer.close("w:tr")
            writer.raw("\n")
        }
        writer.close("w:tbl")
        writer.raw("\n")
        // Word needs a paragraph between a table and whatever follows it.
        writer.raw("<w:p/>\n")
    }

    private mutating func cell(_ cell: DocxTable.Cell, width: Int, alignment: DocxParagraph.Alignment, shaded: Bool) {
        writer.open("w:tc")
        writer.open("w:tcPr")
        writer.empty("w:tcW", [("w:w", String(width)), ("w:type", "dxa")])
        if shaded { writer.empty("w:shd", [("w:val", "clear"), ("w:color", "auto"), ("w:fill", "E7E6E6")]) }
        writer.empty("w:vAlign", [("w:val", "center")])
        writer.close("w:tcPr")
        let paragraphs = cell.paragraphs.isEmpty ? [[]] : cell.paragraphs
        for runs in paragraphs {
            writer.open("w:p")
            paragraphProperties(style: "TableText", alignment: alignment == .left ? nil : alignment)
            for run in runs { self.run(run) }
            writer.close("w:p")
        }
        writer.close("w:tc")
    }

    // MARK: Images

    /// The relationship id of `image`'s part, added the first time these bytes are seen.
    private mutating func mediaID(_ image: DocxImage) -> String {
        if let id = mediaIDs[image.bytes] { return id }
        let path = "media/image\(media.count + 1).\(image.format.rawValue)"
        let id = relationships.add(type: Relationships.Kind.image, target: path)
        media.append(Media(path: "word/" + path, format: image.format, bytes: image.bytes))
        mediaIDs[image.bytes] = id
        return id
    }

    private mutating func image(_ image: DocxImage) {
        let relationship = mediaID(image)
        let (cx, cy) = image.extent
        let id = String(nextDrawingID)
        nextDrawingID += 1
        writer.open("w:p")
        paragraphProperties(style: "Picture", keepNext: image.caption != nil, alignment: .center)
        writer.open("w:r")
        writer.open("w:drawing")
        writer.open("wp:inline", [("distT", "0"), ("distB", "0"), ("distL", "0"), ("distR", "0")])
        writer.empty("wp:extent", [("cx", String(cx)), ("cy", String(cy))])
        writer.empty("wp:effectExtent", [("l", "0"), ("t", "0"), ("r", "0"), ("b", "0")])
        writer.empty("wp:docPr", [("id", id), ("name", "图片 \(id)"), ("descr", image.altText)])
        writer.raw("<wp:cNvGraphicFramePr><a:graphicFrameLocks noChangeAspect=\"1\"/></wp:cNvGraphicFramePr>")
        writer.open("a:graphic")
        writer.open("a:graphicData", [("uri", "http://schemas.openxmlformats.org/drawingml/2006/picture")])
        writer.open("pic:pic")
        writer.open("pic:nvPicPr")
        writer.empty("pic:cNvPr", [("id", id), ("name", "image\(id).\(image.format.rawValue)"), ("descr", image.altText)])
        writer.empty("pic:cNvPicPr")
        writer.close("pic:nvPicPr")
        writer.open("pic:blipFill")
        writer.empty("a:blip", [("r:embed", relationship)])
        writer.raw("<a:stretch><a:fillRect/></a:stretch>")
        writer.close("pic:blipFill")
        writer.open("pic:spPr")
        writer.raw("<a:xfrm><a:off x=\"0\" y=\"0\"/>")
        writer.empty("a:ext", [("cx", String(cx)), ("cy", String(cy))])
        writer.raw("</a:xfrm><a:prstGeom prst=\"rect\"><a:avLst/></a:prstGeom>")
        writer.close("pic:spPr")
        writer.close("pic:pic")
        writer.close("a:graphicData")
        writer.close("a:graphic")
        writer.close("wp:inline")
        writer.close("w:drawing")
        writer.close("w:r")
        writer.close("w:p")
        writer.raw("\n")
        if let caption = image.caption { paragraph(DocxParagraph(caption, style: .caption, alignment: .center)) }
    }

    // MARK: Section

    /// The section's properties: A4 portrait, margins, the footer.
    private mutating func section() {
        writer.open("w:sectPr")
        if let footerID { writer.empty("w:footerReference", [("w:type", "default"), ("r:id", footerID)]) }
        writer.empty("w:pgSz", [("w:w", String(DocxPage.width)), ("w:h", String(DocxPage.height))])
        writer.empty(
            "w:pgMar",
            [
                ("w:top", String(DocxPage.marginTop)), ("w:right", String(DocxPage.marginRight)),
                ("w:bottom", String(DocxPage.marginBottom)), ("w:left", String(DocxPage.marginLeft)),
                ("w:header", String(DocxPage.headerDistance)), ("w:footer", String(DocxPage.footerDistance)),
                ("w:gutter", "0"),
            ])
        writer.empty("w:cols", [("w:space", "425")])
        writer.empty("w:docGrid", [("w:type", "lines"), ("w:linePitch", "312")])
        writer.close("w:sectPr")
        writer.raw("\n")
    }
}
