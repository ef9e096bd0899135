import HuibaoContent

/// A problem in a contract table that stops a draft, at one cell, in Chinese with the fix.
public struct DraftProblem: Error, Sendable, Equatable {
    public var row: Int
    public var column: Int
    public var message: String

    /// `message` after the cell's name: `单元格 B3：…`.
    init(row: Int, column: Int, _ message: String) {
        self.row = row
        self.column = column
        self.message = "单元格 \(CellName.name(row: row, column: column))：" + message
    }
}

/// Every problem found in one table, in row order; none of them hides another.
public struct DraftFailure: Error, Sendable, Equatable {
    public var problems: [DraftProblem]

    init(problems: [DraftProblem]) { self.problems = problems }

    /// `problems` in row order, then column order.
    init(sorting problems: [DraftProblem]) {
        self.problems = problems.sorted { ($0.row, $0.column) < ($1.row, $1.column) }
    }
}
