/// A table with borders across the text width: an optional header row (bold, shaded, repeated
/// on every page the table runs over), then the rows. Column widths are shares of the text
/// width, written in twips that add up to it exactly.
public struct DocxTable: Sendable, Equatable {
    public struct Column: Sendable, Equatable {
        public var title: String
        /// A relative width (the columns share the text width in proportion).
        public var weight: Int
        public var alignment: DocxParagraph.Alignment

        public init(_ title: String, weight: Int = 1, alignment: DocxParagraph.Alignment = .left) {
            self.title = title
            self.weight = max(1, weight)
            self.alignment = alignment
        }
    }

    /// One cell: paragraphs of runs (an empty cell still holds one empty paragraph).
    public struct Cell: Sendable, Equatable {
        public var paragraphs: [[DocxRun]]
        /// Nil: the column's alignment.
        public var alignment: DocxParagraph.Alignment?

        public init(_ paragraphs: [[DocxRun]], alignment: DocxParagraph.Alignment? = nil) {
            self.paragraphs = paragraphs
            self.alignment = alignment
        }

        /// A cell of one plain (or bold) line.
        public init(_ text: String, bold: Bool = false, alignment: DocxParagraph.Alignment? = nil) {
            self.init([[DocxRun(text, bold: bold)]], alignment: alignment)
        }
    }

    public var columns: [Column]
    /// False: no header row (a table of label–value rows); the column titles are then unused.
    public var hasHeader: Bool
    public var rows: [[Cell]]

    public init(columns: [Column], rows: [[Cell]], hasHeader: Bool = true) {
        self.columns = columns
        self.rows = rows
        self.hasHeader = hasHeader
    }

    /// The columns' widths in twips: shares of `total` by weight, the last taking the rest.
    public func widths(total: Int = DocxPage.textWidth) -> [Int] {
        let sum = columns.reduce(0) { $0 + $1.weight }
        guard sum > 0 else { return [] }
        var widths = columns.dropLast().map { total * $0.weight / sum }
        widths.append(total - widths.reduce(0, +))
        return widths
    }
}
