/// A problem in a CSV ledger that does not stop the reading, at a 1-based line and column.
public struct CSVNote: Sendable, Equatable {
    public var line: Int
    public var column: Int
    public var isError: Bool
    /// The diagnostic's stable code.
    public var code: String
    /// The problem in Chinese, with what to do.
    public var message: String

    /// A quoted cell holding line breaks and commas: often a stray `"` that swallowed rows.
    struct QuotedSpan: Equatable {
        var line: Int
        var column: Int
        var lastLine: Int
    }

    static func notes(for table: CSVTable, spans: [QuotedSpan], headerColumns: [Int]) -> [CSVNote] {
        var notes: [CSVNote] = []
        for span in spans {
            notes.append(
                CSVNote(
                    line: span.line, column: span.column, isError: false, code: "ledger.quote-spans-lines",
                    message:
                        "这个 \" 开始的格子一直到第 \(span.lastLine) 行才结束，中间的换行和逗号都算进了这一个格子；是不是多写了一个 \"？如果确实要在格子里换行，请忽略这条提示"
                ))
        }
        var seen: [String: Int] = [:]
        for (index, name) in table.header.enumerated() where !name.isEmpty {
            if let earlier = seen[name] {
                notes.append(
                    CSVNote(
                        line: table.headerLine, column: index < headerColumns.count ? headerColumns[index] : 1,
                        isError: true, code: "ledger.duplicate-column",
                        message: "表头中“\(name)”出现了两次（第 \(earlier + 1) 列和第 \(index + 1) 列）；请改名或删掉其中一列"))
            } else {
                seen[name] = index
            }
        }
        // One per row: the diagnostics' condensing lists 20 lines per file and kind, then sums up.
        let expected = table.header.count
        for row in table.rows where row.cells.count != expected {
            notes.append(
                CSVNote(
                    line: row.line, column: 1, isError: false, code: "ledger.column-count",
                    message: "这一行有 \(row.cells.count) 列，表头有 \(expected) 列；请检查是否多写或少写了逗号，或有没有配对的引号"))
        }
        return notes
    }
}
