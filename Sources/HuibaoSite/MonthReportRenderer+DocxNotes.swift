import HuibaoModel
import HuibaoOffice

extension MonthReportRenderer {
    /// Part 6, the month notes in Word: their Markdown blocks as headings (one level under the
    /// notes' own title), paragraphs, lists, quotes and pictures.
    func notesBlocks(pictureSize: ([UInt8]) -> (width: Int, height: Int)?) -> [DocxBlock] {
        guard let note = content.monthNotes[month] else { return [] }
        var blocks: [DocxBlock] = [.heading(level: 1, text: note.shownTitle)]
        for block in note.blocks { blocks += Self.docx(block, pictureSize: pictureSize, media: media) }
        return blocks
    }

    static func runs(_ spans: [TextSpan]) -> [DocxRun] {
        spans.map { DocxRun($0.text, bold: $0.strong, italic: $0.emphasis, monospaced: $0.code) }
    }

    /// One Markdown block as Word blocks.
    static func docx(
        _ block: TextBlock, pictureSize: ([UInt8]) -> (width: Int, height: Int)?, media: [String: [UInt8]]
    ) -> [DocxBlock] {
        switch block {
        case .heading(let level, let spans):
            return [.heading(level: level + 1, text: spans.map(\.text).joined())]
        case .paragraph(let spans):
            return [.paragraph(DocxParagraph(runs(spans)))]
        case .list(let ordered, let start, let items):
            return [.list(DocxList(ordered: ordered, start: start, items: listItems(items, level: 0)))]
        case .quote(let blocks):
            return blocks.flatMap { inner -> [DocxBlock] in
                guard case .paragraph(let spans) = inner else {
                    return docx(inner, pictureSize: pictureSize, media: media)
                }
                return [.paragraph(DocxParagraph(runs(spans), style: .quote))]
            }
        case .code(let code):
            return [.paragraph(DocxParagraph([DocxRun(code, monospaced: true)], style: .code))]
        case .image(let path, let alt):
            guard let path, let bytes = media[path] else {
                return alt.isEmpty ? [] : [.paragraph(DocxParagraph("（图片：\(alt)）", style: .note))]
            }
            return [picture(bytes, path: path, alt: alt, caption: alt.isEmpty ? nil : alt, pictureSize: pictureSize)]
        case .rule:
            return [.paragraph(DocxParagraph("＊　＊　＊", alignment: .center))]
        }
    }

    /// A list's items as Word list items: each item's text, nested lists one level deeper
    /// (Word lists go three levels deep; deeper ones stay at the third).
    static func listItems(_ items: [[TextBlock]], level: Int) -> [DocxList.Item] {
        items.flatMap { blocks -> [DocxList.Item] in
            var result: [DocxList.Item] = []
            var runs: [DocxRun] = []
            for block in blocks {
                switch block {
                case .paragraph(let spans), .heading(_, let spans):
                    if !runs.isEmpty { runs.append(DocxRun("\n")) }
                    runs += Self.runs(spans)
                case .list(_, _, let nested):
                    if !runs.isEmpty || result.isEmpty { result.append(DocxList.Item(runs, level: min(2, level))) }
                    runs = []
                    result += listItems(nested, level: level + 1)
                case .code(let code):
                    runs.append(DocxRun(code, monospaced: true))
                case .quote(let inner):
                    runs += inner.compactMap { if case .paragraph(let spans) = $0 { Self.runs(spans) } else { nil } }
                        .flatMap { $0 }
                case .image(_, let alt):
                    if !alt.isEmpty { runs.append(DocxRun("（图片：\(alt)）")) }
                case .rule: break
                }
            }
            if !runs.isEmpty || result.isEmpty { result.append(DocxList.Item(runs, level: min(2, level))) }
            return result
        }
    }
}
