extension DocxDocument {
    /// The document with `transform` applied to every text a reader can see or find in it —
    /// runs, headings, table cells and titles, cover, captions, pictures' alt text, the title
    /// and the author — e.g. to mask personal data once for the whole document.
    public func mapText(_ transform: (String) -> String) -> DocxDocument {
        var copy = self
        copy.title = transform(title)
        copy.author = transform(author)
        copy.blocks = blocks.map { $0.mapText(transform) }
        return copy
    }
}

extension DocxBlock {
    func mapText(_ transform: (String) -> String) -> DocxBlock {
        func runs(_ runs: [DocxRun]) -> [DocxRun] {
            runs.map { run in
                var run = run
                run.text = transform(run.text)
                return run
            }
        }
        switch self {
        case .heading(let level, let text): return .heading(level: level, text: transform(text))
        case .paragraph(var paragraph):
            paragraph.runs = runs(paragraph.runs)
            return .paragraph(paragraph)
        case .list(var list):
            list.items = list.items.map { DocxList.Item(runs($0.runs), level: $0.level) }
            return .list(list)
        case .table(var table):
            table.columns = table.columns.map { column in
                var column = column
                column.title = transform(column.title)
                return column
            }
            table.rows = table.rows.map { row in
                row.map { cell in
                    var cell = cell
                    cell.paragraphs = cell.paragraphs.map { runs($0) }
                    return cell
                }
            }
            return .table(table)
        case .image(var image):
            image.altText = transform(image.altText)
            image.caption = image.caption.map(transform)
            return .image(image)
        case .pageBreak: return .pageBreak
        case .tableOfContents(let title): return .tableOfContents(title: transform(title))
        case .cover(var cover):
            cover.kind = transform(cover.kind)
            cover.title = transform(cover.title)
            cover.lines = cover.lines.map { DocxCover.Line(transform($0.label), $0.value.map(transform)) }
            cover.warnings = cover.warnings.map(transform)
            return .cover(cover)
        case .signature(var signature):
            signature.party = transform(signature.party)
            return .signature(signature)
        }
    }
}
