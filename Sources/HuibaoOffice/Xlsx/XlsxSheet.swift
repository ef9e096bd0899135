/// One worksheet: a bold header row, frozen so it stays in view, and rows of typed cells.
public struct XlsxSheet: Sendable, Equatable {
    /// One row below the header.
    public struct Row: Sendable, Equatable {
        public var cells: [XlsxCell]
        /// A total row (合计) in bold.
        public var bold: Bool

        public init(_ cells: [XlsxCell], bold: Bool = false) {
            self.cells = cells
            self.bold = bold
        }
    }

    /// The tab's name (made valid by `XlsxSheetName` when written).
    public var name: String
    public var header: [String]
    public var rows: [Row]
    /// Columns (0-based) whose text wraps within the width cap (long rules, notes).
    public var wrapped: Set<Int>
    /// Widths (in character units) some columns get at least: a column left empty for people
    /// to fill in.
    public var minimumWidths: [Int: Int]

    public init(
        name: String, header: [String], rows: [Row] = [], wrapped: Set<Int> = [], minimumWidths: [Int: Int] = [:]
    ) {
        self.name = name
        self.header = header
        self.rows = rows
        self.wrapped = wrapped
        self.minimumWidths = minimumWidths
    }

    /// The sheet with `transform` applied to every text (header and text cells).
    public func mappingTexts(_ transform: (String) -> String) -> XlsxSheet {
        var sheet = self
        sheet.header = header.map(transform)
        sheet.rows = rows.map { row in
            Row(
                row.cells.map { cell in
                    if case .text(let text) = cell { return .text(transform(text)) }
                    return cell
                }, bold: row.bold)
        }
        return sheet
    }

    /// The number of columns: the header's or the widest row's.
    var columnCount: Int { max(header.count, rows.map(\.cells.count).max() ?? 0) }
}

/// Column widths that fit Chinese text: a CJK (East Asian wide or full-width) character
/// counts as two units, others as one; the widest cell of a column plus a margin, at least
/// `minimum`, at most `maximum` (a longer text wraps or runs on).
enum XlsxColumnWidth {
    static let minimum = 6
    static let maximum = 50
    static let margin = 2

    /// Display width of `text` in character units (its longest line).
    static func units(_ text: String) -> Int {
        var widest = 0
        var current = 0
        for scalar in text.unicodeScalars {
            if scalar == "\n" {
                widest = max(widest, current)
                current = 0
            } else {
                current += isWide(scalar) ? 2 : 1
            }
        }
        return max(widest, current)
    }

    /// East Asian wide and full-width ranges: CJK ideographs and punctuation, kana, hangul,
    /// full-width forms, and the supplementary ideograph planes.
    static func isWide(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x1100...0x115F, 0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF, 0x4E00...0x9FFF,
            0xA000...0xA4CF, 0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE30...0xFE4F, 0xFF00...0xFF60,
            0xFFE0...0xFFE6, 0x1F300...0x1F64F, 0x20000...0x3FFFD:
            return true
        default:
            return false
        }
    }

    /// The width of each column of `sheet`.
    static func widths(_ sheet: XlsxSheet) -> [Int] {
        var widths = [Int](repeating: 0, count: sheet.columnCount)
        for (index, title) in sheet.header.enumerated() { widths[index] = max(widths[index], units(title)) }
        for row in sheet.rows {
            for (index, cell) in row.cells.enumerated() {
                widths[index] = max(widths[index], units(cell.displayText))
            }
        }
        return widths.enumerated().map { index, width in
            let cap = sheet.wrapped.contains(index) ? wrappedMaximum : maximum
            return min(max(width + margin, minimum), cap, maximum).clampedUp(to: sheet.minimumWidths[index])
        }
    }

    /// The widest a wrapping column gets: its text goes on over more lines instead.
    static let wrappedMaximum = 30
    /// Points per line of 11-point text (a row's height).
    static let lineHeight = 15

    /// How many lines a wrapped text takes in a column `width` units wide (each line of the
    /// text at least one; a line holds `width − 2` units, leaving room for word breaks).
    static func lines(_ text: String, width: Int) -> Int {
        let room = max(width - 2, 1)
        return text.split(separator: "\n", omittingEmptySubsequences: false).reduce(0) { total, line in
            total + max(1, (units(String(line)) + room - 1) / room)
        }
    }

    /// The height (points) of a row whose wrapped cells need more than one line, else nil
    /// (the default height): written, since Excel does not grow rows of a file it opens.
    static func height(_ row: XlsxSheet.Row, wrapped: Set<Int>, widths: [Int]) -> Int? {
        var most = 1
        for (index, cell) in row.cells.enumerated() where wrapped.contains(index) && index < widths.count {
            if case .text(let text) = cell { most = max(most, lines(text, width: widths[index])) }
        }
        return most > 1 ? most * lineHeight : nil
    }
}

extension Int {
    /// At least `floor` when there is one.
    fileprivate func clampedUp(to floor: Int?) -> Int { floor.map { Swift.max(self, $0) } ?? self }
}

/// Sheet names as Excel accepts them: at most 31 characters, none of `[]:*?/\`, not
/// starting or ending with `'`, not empty, each unique in the workbook.
enum XlsxSheetName {
    static func valid(_ names: [String]) -> [String] {
        var used: Set<String> = []
        return names.enumerated().map { index, name in
            var clean = String(name.map { "[]:*?/\\".contains($0) ? "_" : $0 })
            while clean.hasPrefix("'") { clean.removeFirst() }
            while clean.hasSuffix("'") { clean.removeLast() }
            if clean.isEmpty { clean = "Sheet\(index + 1)" }
            clean = String(clean.prefix(31))
            var candidate = clean
            var number = 2
            while used.contains(candidate.lowercased()) {
                let suffix = "(\(number))"
                candidate = String(clean.prefix(31 - suffix.count)) + suffix
                number += 1
            }
            used.insert(candidate.lowercased())
            return candidate
        }
    }
}
