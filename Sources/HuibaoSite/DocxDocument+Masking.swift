import HuibaoModel
import HuibaoOffice

extension DocxDocument {
    /// The document with mobile and ID numbers masked in every text it holds — headings, runs,
    /// list items, table cells, the cover, pictures' alt text and captions, the title — as the
    /// HTML report masks its page (numbers in `keeping` stay).
    func masked(keeping phones: PublicPhones) -> DocxDocument {
        let mask = { (text: String) in PersonalData.mask(text, keeping: phones) }
        func runs(_ runs: [DocxRun]) -> [DocxRun] {
            runs.map { run in
                var run = run
                run.text = mask(run.text)
                return run
            }
        }
        var document = self
        document.title = mask(title)
        document.author = mask(author)
        document.blocks = blocks.map { block -> DocxBlock in
            switch block {
            case .heading(let level, let text): return .heading(level: level, text: mask(text))
            case .paragraph(var paragraph):
                paragraph.runs = runs(paragraph.runs)
                return .paragraph(paragraph)
            case .list(var list):
                for index in list.items.indices { list.items[index].runs = runs(list.items[index].runs) }
                return .list(list)
            case .table(var table):
                for index in table.columns.indices { table.columns[index].title = mask(table.columns[index].title) }
                table.rows = table.rows.map { row in
                    row.map { cell in
                        var cell = cell
                        cell.paragraphs = cell.paragraphs.map(runs)
                        return cell
                    }
                }
                return .table(table)
            case .image(var image):
                image.altText = mask(image.altText)
                image.caption = image.caption.map(mask)
                return .image(image)
            case .tableOfContents(let title): return .tableOfContents(title: mask(title))
            case .cover(var cover):
                cover.kind = mask(cover.kind)
                cover.title = mask(cover.title)
                cover.lines = cover.lines.map { DocxCover.Line(mask($0.label), $0.value.map(mask)) }
                cover.warnings = cover.warnings.map(mask)
                return .cover(cover)
            case .signature(var signature):
                signature.party = mask(signature.party)
                return .signature(signature)
            case .pageBreak: return .pageBreak
            }
        }
        return document
    }
}
