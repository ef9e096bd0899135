/// A CSV ledger as read: the header row and the data rows, cells trimmed, with file lines.
public struct CSVTable: Sendable, Equatable {
    public var header: [String]
    /// The file line of the header row (after any empty lines).
    public var headerLine: Int
    public var rows: [CSVRow]
    /// What looks wrong without stopping the reading: a quote that swallowed lines, a row
    /// whose columns differ from the header's, a header name written twice.
    public var notes: [CSVNote]

    public init(header: [String], headerLine: Int, rows: [CSVRow], notes: [CSVNote] = []) {
        self.header = header
        self.headerLine = headerLine
        self.rows = rows
        self.notes = notes
    }

    /// The 0-based index of the first column named `name` (compared trimmed), nil when none is.
    public func columnIndex(_ name: String) -> Int? {
        let wanted = CSVParser.trimmed(name)
        return header.firstIndex(of: wanted)
    }
}

/// One data row of a CSV ledger, with the file line it starts on.
public struct CSVRow: Sendable, Equatable {
    /// The file line where the row starts (a quoted cell may continue on later lines).
    public var line: Int
    public var cells: [String]

    public init(line: Int, cells: [String]) {
        self.line = line
        self.cells = cells
    }

    /// The cell in column `index`, or "" when the row is shorter.
    public subscript(_ index: Int) -> String {
        cells.indices.contains(index) ? cells[index] : ""
    }
}

/// Why a CSV file cannot be read, at a 1-based line and column (in Unicode scalars).
public struct CSVError: Error, Equatable {
    public var line: Int
    public var column: Int
    /// The problem in Chinese, as the user reads it.
    public var message: String

    public init(line: Int, column: Int, message: String) {
        self.line = line
        self.column = column
        self.message = message
    }
}

/// Reads RFC 4180 CSV as Excel writes it (text already decoded, LF line endings).
///
/// Quoted cells may hold commas, doubled quotes and line breaks; spaces before an opening
/// quote and text after a closing quote are tolerated as Excel does. Cells and header names
/// are trimmed of whitespace (U+3000 included); rows whose cells are all empty are skipped.
public enum CSVParser {
    /// Parses `text`; the first non-empty row is the header.
    public static func parse(_ text: String) -> Result<CSVTable, CSVError> {
        var text = text
        var spans: [CSVNote.QuotedSpan] = []
        var headerColumns: [Int] = []
        let records: Result<[CSVRow], CSVError> = text.withUTF8 { buffer in
            var scanner = Scanner(bytes: buffer)
            let records = scanner.records()
            spans = scanner.spans
            headerColumns = scanner.headerColumns
            return records
        }
        switch records {
        case .failure(let error):
            return .failure(error)
        case .success(var rows):
            guard !rows.isEmpty else {
                return .failure(CSVError(line: 1, column: 1, message: "文件为空（没有表头行）"))
            }
            let header = rows.removeFirst()
            var table = CSVTable(header: header.cells, headerLine: header.line, rows: rows)
            table.notes = CSVNote.notes(for: table, spans: spans, headerColumns: headerColumns)
            return .success(table)
        }
    }

    /// `text` without leading and trailing whitespace, U+3000 and a stray BOM included.
    static func trimmed(_ text: String) -> String {
        let utf8 = text.utf8
        if let first = utf8.first, let last = utf8.last, isPlainASCII(first), isPlainASCII(last) {
            return text
        }
        let scalars = text.unicodeScalars
        guard let start = scalars.firstIndex(where: { !isTrimmed($0) }),
            let end = scalars.lastIndex(where: { !isTrimmed($0) })
        else {
            return ""
        }
        return String(scalars[start...end])
    }

    private static func isPlainASCII(_ byte: UInt8) -> Bool { byte > 0x20 && byte < 0x7F }

    private static func isTrimmed(_ scalar: Unicode.Scalar) -> Bool {
        scalar.properties.isWhitespace || scalar == "\u{FEFF}"
    }

    /// Walks the UTF-8 bytes once, record by record.
    private struct Scanner {
        let bytes: UnsafeBufferPointer<UInt8>
        var position = 0
        var line = 1
        var lineStart = 0
        var field: [UInt8] = []
        /// Quoted cells that hold both a line break and a comma, where their quote opened.
        var spans: [CSVNote.QuotedSpan] = []
        /// The 1-based column of each cell of the first non-empty row (the header).
        var headerColumns: [Int] = []
        var sawHeader = false

        init(bytes: UnsafeBufferPointer<UInt8>) {
            self.bytes = bytes
        }

        enum Terminator { case comma, newline, end }

        static let comma = UInt8(ascii: ",")
        static let quote = UInt8(ascii: "\"")
        static let newline = UInt8(ascii: "\n")
        static let space = UInt8(ascii: " ")
        static let tab = UInt8(ascii: "\t")

        mutating func records() -> Result<[CSVRow], CSVError> {
            var rows: [CSVRow] = []
            while position < bytes.count {
                let rowLine = line
                var cells: [String] = []
                var columns: [Int] = []
                while true {
                    if !sawHeader { columns.append(column(at: position)) }
                    let cell: String
                    let terminator: Terminator
                    switch nextField() {
                    case .failure(let error): return .failure(error)
                    case .success(let value): (cell, terminator) = value
                    }
                    cells.append(cell)
                    if terminator != .comma { break }
                }
                if cells.contains(where: { !$0.isEmpty }) {
                    rows.append(CSVRow(line: rowLine, cells: cells))
                    if !sawHeader {
                        sawHeader = true
                        headerColumns = columns
                    }
                }
            }
            return .success(rows)
        }

        /// Reads one field and the delimiter after it (consumed).
        mutating func nextField() -> Result<(String, Terminator), CSVError> {
            field.removeAll(keepingCapacity: true)
            var start = position
            while start < bytes.count && (bytes[start] == Self.space || bytes[start] == Self.tab) { start += 1 }
            if start < bytes.count && bytes[start] == Self.quote {
                let quoteLine = line
                let quoteColumn = column(at: start)
                position = start + 1
                guard readQuoted() else {
                    return .failure(
                        CSVError(line: quoteLine, column: quoteColumn, message: "引号未闭合：这个 \" 之后缺少配对的 \""))
                }
                if line > quoteLine, field.contains(Self.comma) {
                    spans.append(CSVNote.QuotedSpan(line: quoteLine, column: quoteColumn, lastLine: line))
                }
            }
            while position < bytes.count {
                let byte = bytes[position]
                if byte == Self.comma || byte == Self.newline { break }
                field.append(byte)
                position += 1
            }
            let cell = CSVParser.trimmed(String(decoding: field, as: UTF8.self))
            guard position < bytes.count else { return .success((cell, .end)) }
            let delimiter = bytes[position]
            position += 1
            if delimiter == Self.comma { return .success((cell, .comma)) }
            line += 1
            lineStart = position
            return .success((cell, .newline))
        }

        /// Reads a quoted field's content after its opening quote, up to and including the
        /// closing quote; false when the text ends first.
        mutating func readQuoted() -> Bool {
            while position < bytes.count {
                let byte = bytes[position]
                position += 1
                if byte == Self.quote {
                    guard position < bytes.count, bytes[position] == Self.quote else { return true }
                    position += 1
                } else if byte == Self.newline {
                    line += 1
                    lineStart = position
                }
                field.append(byte)
            }
            return false
        }

        /// The 1-based column, in Unicode scalars, of the byte at `offset` on the current line.
        func column(at offset: Int) -> Int {
            var column = 1
            for index in lineStart..<offset where bytes[index] & 0xC0 != 0x80 {
                column += 1
            }
            return column
        }
    }
}
