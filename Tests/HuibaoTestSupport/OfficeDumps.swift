import Foundation

/// A Word file as python-docx reads it (`tools/office-check/docx_dump.py`; its docstring says
/// what each field means). Lengths in twips (A4 = 11906 × 16838) and EMU.
public struct DocxDump: Decodable, Sendable {
    public struct Paragraph: Decodable, Sendable {
        public var style: String?
        public var text: String
    }

    public struct Heading: Decodable, Sendable {
        /// 1 for 标题 1 (Word's built-in "Heading 1"), 0 for "Title".
        public var level: Int
        public var style: String
        public var text: String
    }

    public struct Table: Decodable, Sendable {
        public var style: String?
        public var rows: [[String]]
        /// The first row has `w:tblHeader`: Word repeats it on every page.
        public var headerRepeats: Bool
        /// The table or its style has `w:tblBorders`.
        public var borders: Bool
    }

    public struct Margins: Decodable, Sendable {
        public var top: Int?
        public var bottom: Int?
        public var left: Int?
        public var right: Int?
    }

    public struct Section: Decodable, Sendable {
        public var pageWidth: Int?
        public var pageHeight: Int?
        public var orientation: String
        public var margins: Margins
        public var header: String
        public var footer: String
        /// Field instructions in the footer, e.g. `["PAGE", "NUMPAGES"]`.
        public var footerFields: [String]

        public var isA4Portrait: Bool { pageWidth == 11906 && pageHeight == 16838 && orientation == "portrait" }
    }

    public struct Image: Decodable, Sendable {
        public var widthEmu: Int
        public var heightEmu: Int
        public var widthPx: Int?
        public var heightPx: Int?
        public var contentType: String?
        public var bytes: Int?
    }

    /// A style's fonts: its own `w:rFonts` and the effective ones (basedOn, document defaults).
    public struct Fonts: Decodable, Sendable {
        public var eastAsia: String?
        public var ascii: String?
        public var hAnsi: String?
        public var eastAsiaEffective: String?
        public var asciiEffective: String?
        public var hAnsiEffective: String?
    }

    public struct Core: Decodable, Sendable {
        public var title: String?
        public var author: String?
    }

    public var paragraphs: [Paragraph]
    public var headings: [Heading]
    public var tables: [Table]
    public var sections: [Section]
    /// Field instructions in the body, in order (`TOC \o "1-3" \h \z \u`, ...).
    public var fields: [String]
    public var toc: Bool
    public var images: [Image]
    public var anchoredImages: Int
    /// By style name: "Normal", "Heading 1", ...
    public var fonts: [String: Fonts]
    public var core: Core

    /// The body's text: every paragraph, then every table's cells, one per line.
    public var allText: String {
        (paragraphs.map(\.text) + tables.flatMap { $0.rows.flatMap { $0 } }).joined(separator: "\n")
    }
}

/// A workbook as openpyxl reads it (`tools/office-check/xlsx_dump.py`).
public struct XlsxDump: Decodable, Sendable {
    public struct Cell: Decodable, Sendable {
        /// "C7".
        public var ref: String
        /// The stored value as text: numbers in Python's shortest form ("1234.5"), dates ISO 8601.
        public var value: String?
        /// openpyxl's data type: n, s, d, b, f, e.
        public var type: String
        /// int, float, str, datetime, bool, NoneType.
        public var pythonType: String
        public var numberFormat: String
        public var bold: Bool
    }

    public struct Sheet: Decodable, Sendable {
        public var name: String
        public var dimensions: String
        /// "A2" when row 1 is frozen.
        public var freezePanes: String?
        /// Column letter → width in characters, for the columns the file sets.
        public var columns: [String: Double]
        public var merged: [String]
        public var autoFilter: String?
        public var boldHeader: Bool
        /// Rows from 1, cells from column A; nil for a cell with neither value nor style.
        public var rows: [[Cell?]]

        /// The cell at "C7", if the file has it.
        public func cell(_ ref: String) -> Cell? {
            rows.lazy.flatMap { $0 }.compactMap { $0 }.first { $0.ref == ref }
        }

        /// A row's values (1-based), "" for an empty cell.
        public func values(row: Int) -> [String] {
            guard row >= 1, row <= rows.count else { return [] }
            return rows[row - 1].map { $0?.value ?? "" }
        }
    }

    /// "1900" or "1904".
    public var epoch: String
    public var sheets: [Sheet]

    public func sheet(_ name: String) -> Sheet? { sheets.first { $0.name == name } }
}
