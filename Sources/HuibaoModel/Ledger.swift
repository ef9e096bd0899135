/// A ledger (台账) read from `ledgers/NAME.csv` or `ledgers/NAME.xlsx`: its header and
/// trimmed rows with their lines (a workbook's row numbers).
public struct Ledger: Sendable, Equatable {
    public var name: String
    public var file: String
    public var header: [String]
    public var rows: [LedgerRow]
    /// Where a workbook ledger's table stands on its sheet; nil for CSV.
    public var sheet: SheetPlacement?

    public init(name: String, file: String, header: [String], rows: [LedgerRow], sheet: SheetPlacement? = nil) {
        self.name = name
        self.file = file
        self.header = header
        self.rows = rows
        self.sheet = sheet
    }

    public func columnIndex(_ column: String) -> Int? { header.firstIndex(of: column) }

    /// Where a problem with `row`'s cell in column `index` is reported: for a workbook the
    /// cell's row and column, for CSV the row's line.
    public func position(_ row: LedgerRow, column index: Int?) -> SourcePosition {
        guard let sheet, let index else { return SourcePosition(file: file, line: row.line) }
        return SourcePosition(file: file, line: row.line, column: sheet.firstColumn + index)
    }

    /// Where a problem with the header (a missing column) is reported.
    public var headerPosition: SourcePosition { SourcePosition(file: file, line: sheet?.headerRow ?? 1) }

    /// `message` naming the cell for a workbook (`单元格 C7：…`), as it is for CSV.
    public func message(_ message: String, _ row: LedgerRow, column index: Int?) -> String {
        guard let sheet, let index else { return message }
        return "单元格 " + SheetPlacement.cellName(row: row.line, column: sheet.firstColumn + index) + "：" + message
    }
}

/// A workbook ledger's place on its sheet: the header's row and the sheet column of its
/// first cell (1 = A), so every ledger cell maps back to an Excel cell name.
public struct SheetPlacement: Sendable, Equatable {
    public var headerRow: Int
    public var firstColumn: Int

    public init(headerRow: Int, firstColumn: Int) {
        self.headerRow = headerRow
        self.firstColumn = firstColumn
    }

    /// Excel's name of a cell: `C7` for row 7, column 3.
    public static func cellName(row: Int, column: Int) -> String {
        var number = max(column, 1)
        var letters: [Character] = []
        while number > 0 {
            letters.append(Character(Unicode.Scalar(UInt8(65 + (number - 1) % 26))))
            number = (number - 1) / 26
        }
        return String(letters.reversed()) + String(row)
    }
}

/// One ledger row and the file line it starts on.
public struct LedgerRow: Sendable, Equatable {
    public var line: Int
    public var cells: [String]

    public init(line: Int, cells: [String]) {
        self.line = line
        self.cells = cells
    }

    /// The cell at `index`, or "" when the row is short.
    public subscript(index: Int) -> String { index < cells.count ? cells[index] : "" }
}

/// A ledger row that an indicator's query matched, with its date and contribution.
public struct LedgerEntry: Sendable, Equatable {
    public var ledger: String
    public var line: Int
    /// The row's first column, used as the evidence title.
    public var title: String
    public var date: Day
    public var amount: Quantity
    /// The files its query's evidence columns (佐证列) list; a kind with an empty cell has none.
    public var materials: [MaterialFile] = []

    public init(ledger: String, line: Int, title: String, date: Day, amount: Quantity, materials: [MaterialFile] = []) {
        self.ledger = ledger
        self.line = line
        self.title = title
        self.date = date
        self.amount = amount
        self.materials = materials
    }
}
