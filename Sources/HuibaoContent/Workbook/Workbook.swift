import HuibaoModel

/// The first worksheet of an Excel workbook (.xlsx) as huibao reads it: the non-empty rows in
/// order, each with its typed cells, plus the problems found at single cells.
public struct WorkbookSheet: Sendable, Equatable {
    public var rows: [WorkbookRow]
    /// Problems at one cell that do not stop the reading (a formula with no saved result, a
    /// date Excel cannot have): the cell is left out and the problem reported at it.
    public var problems: [WorkbookProblem]

    public init(rows: [WorkbookRow], problems: [WorkbookProblem] = []) {
        self.rows = rows
        self.problems = problems
    }
}

/// One worksheet row: its 1-based row number and its cells in column order.
public struct WorkbookRow: Sendable, Equatable {
    public var number: Int
    public var cells: [WorkbookCell]

    public init(number: Int, cells: [WorkbookCell]) {
        self.number = number
        self.cells = cells
    }

    /// The cell in the 1-based `column`, nil when empty.
    public subscript(column column: Int) -> WorkbookCell? {
        cells.first { $0.column == column }
    }
}

/// One cell with a value: its 1-based column and what it holds.
public struct WorkbookCell: Sendable, Equatable {
    public var column: Int
    public var value: WorkbookValue

    public init(column: Int, value: WorkbookValue) {
        self.column = column
        self.value = value
    }
}

/// A cell's value, typed as the workbook stores it.
public enum WorkbookValue: Sendable, Equatable {
    /// A shared or inline string, or a formula's text result.
    case text(String)
    /// A number as exact decimal text (`411912.5`, `410105199001011000`), never via a double.
    case number(String)
    /// A number whose format is a date format, converted from the workbook's date system.
    case date(Day)
    case bool(Bool)

    /// The value as a ledger cell holds it: dates as ISO text, numbers as exact decimal text.
    public var ledgerText: String {
        switch self {
        case .text(let text): return text
        case .number(let text): return text
        case .date(let day): return day.isoText
        case .bool(let value): return value ? "TRUE" : "FALSE"
        }
    }
}

/// A problem at one cell, in Chinese, with the fix.
public struct WorkbookProblem: Sendable, Equatable {
    public var row: Int
    public var column: Int
    public var message: String

    public init(row: Int, column: Int, message: String) {
        self.row = row
        self.column = column
        self.message = message
    }
}

/// Why a workbook cannot be read at all (damaged, protected, too large, not a workbook), in
/// Chinese with the fix; `row` and `column` when the problem is at a cell (the row cap).
public struct WorkbookError: Error, Equatable {
    public var message: String
    public var row: Int
    public var column: Int

    public init(_ message: String, row: Int = 1, column: Int = 1) {
        self.message = message
        self.row = row
        self.column = column
    }
}

/// Excel's A1 names: column letters and cell names.
public enum CellName {
    /// `C7` for row 7, column 3.
    public static func name(row: Int, column: Int) -> String { SheetPlacement.cellName(row: row, column: column) }

    /// `A` for 1, `Z` for 26, `AA` for 27.
    public static func letters(_ column: Int) -> String {
        String(SheetPlacement.cellName(row: 1, column: column).dropLast())
    }

    /// The row and column of an A1 reference (`$C$7` too), nil when it is not one or lies
    /// beyond Excel's limits (1,048,576 rows, 16,384 columns).
    public static func parse(_ reference: some StringProtocol) -> (row: Int, column: Int)? {
        var column = 0
        var row = 0
        var sawDigit = false
        for byte in reference.utf8 {
            switch byte {
            case UInt8(ascii: "$"):
                continue
            case UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "a")...UInt8(ascii: "z"):
                guard !sawDigit else { return nil }
                column = column * 26 + Int((byte & 0xDF) - 64)
                if column > 16_384 { return nil }
            case UInt8(ascii: "0")...UInt8(ascii: "9"):
                sawDigit = true
                row = row * 10 + Int(byte - 48)
                if row > 1_048_576 { return nil }
            default:
                return nil
            }
        }
        guard column > 0, row > 0 else { return nil }
        return (row, column)
    }
}
