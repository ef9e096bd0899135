/// A ledger (台账) read from `ledgers/NAME.csv`: its header and trimmed rows with their lines.
public struct Ledger: Sendable, Equatable {
    public var name: String
    public var file: String
    public var header: [String]
    public var rows: [LedgerRow]

    public init(name: String, file: String, header: [String], rows: [LedgerRow]) {
        self.name = name
        self.file = file
        self.header = header
        self.rows = rows
    }

    public func columnIndex(_ column: String) -> Int? { header.firstIndex(of: column) }
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
