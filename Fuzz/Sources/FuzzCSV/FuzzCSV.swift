import HuibaoContent

/// Decodes the input as a ledger would be and parses it as CSV, checking the line numbers.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    guard let text = TextDecoding.decode(Array(UnsafeBufferPointer(start: data, count: size)))?.text else { return 0 }
    let lastLine = 1 + text.utf8.reduce(0) { $0 + ($1 == UInt8(ascii: "\n") ? 1 : 0) }
    switch CSVParser.parse(text) {
    case .failure(let error):
        precondition((1...lastLine).contains(error.line) && error.column >= 1, "error position out of range")
    case .success(let table):
        precondition((1...lastLine).contains(table.headerLine), "header line out of range")
        var previous = table.headerLine
        for row in table.rows {
            precondition(row.line > previous && row.line <= lastLine, "row lines out of order")
            previous = row.line
            _ = row[table.header.count]
        }
        for name in table.header { _ = table.columnIndex(name) }
    }
    return 0
}
