import HuibaoModel

extension FieldReader {
    /// Runs `body` with the position of `row`'s cell in column `index` (nil: the row): what it
    /// reports names the cell for a workbook ledger (`单元格 C7：…`) and is unchanged for CSV.
    mutating func atCell<Result>(
        _ ledger: Ledger, _ row: LedgerRow, column index: Int?, _ body: (inout FieldReader, SourcePosition) -> Result
    ) -> Result {
        let position = ledger.position(row, column: index)
        guard ledger.sheet != nil, index != nil else { return body(&self, position) }
        var inner = FieldReader()
        let result = body(&inner, position)
        for var diagnostic in inner.diagnostics {
            diagnostic.message = ledger.message(diagnostic.message, row, column: index)
            report(diagnostic)
        }
        return result
    }
}
