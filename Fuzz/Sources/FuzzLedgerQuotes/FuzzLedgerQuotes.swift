import HuibaoContent

/// Parses the input as a ledger CSV (quote-heavy seeds) and checks the notes about stray
/// quotes, column counts and doubled header names: each inside the text, on a row's line.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    guard let text = TextDecoding.decode(Array(UnsafeBufferPointer(start: data, count: size)))?.text else { return 0 }
    let lastLine = 1 + text.utf8.reduce(0) { $0 + ($1 == UInt8(ascii: "\n") ? 1 : 0) }
    guard case .success(let table) = CSVParser.parse(text) else { return 0 }
    let rowLines = Set(table.rows.map(\.line))
    var columnCountNotes = 0
    for note in table.notes {
        precondition((1...lastLine).contains(note.line) && note.column >= 1, "note position out of range")
        switch note.code {
        case "ledger.duplicate-column":
            precondition(note.isError && note.line == table.headerLine, "a doubled name is an error on the header")
        case "ledger.column-count":
            precondition(!note.isError && rowLines.contains(note.line), "a column count note is on a data row")
            columnCountNotes += 1
        case "ledger.quote-spans-lines":
            precondition(!note.isError && note.message.contains("\""), "a quote note names the quote")
        default:
            preconditionFailure("unknown note \(note.code)")
        }
    }
    let differing = table.rows.filter { $0.cells.count != table.header.count }.count
    precondition(columnCountNotes == differing, "one column count note per differing row")
    return 0
}
