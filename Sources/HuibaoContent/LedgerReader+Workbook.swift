import HuibaoModel

extension LedgerReader {
    /// Reads a ledger from an .xlsx (content-format.md "Excel workbooks"): the first sheet's
    /// first row holding every column in `columns` is the header (title rows above it are
    /// skipped, the first non-empty row when none holds them all); after it, empty rows are
    /// skipped and a 合计/总计 row is skipped with a warning. Cells become the ledger's text:
    /// dates as ISO, numbers as exact decimal text. Problems are reported at their cells.
    static func read(
        workbook bytes: [UInt8], name: String, file: String, columns: Set<String>, into reader: inout FieldReader
    ) -> Ledger? {
        let sheet: WorkbookSheet
        do {
            sheet = try WorkbookReader.read(bytes)
        } catch {
            reader.error(
                "ledger.workbook", "台账工作簿读不出来：\(error.message)",
                at: SourcePosition(file: file, line: error.row, column: error.column))
            return nil
        }
        for problem in sheet.problems {
            reader.error(
                "ledger.workbook-cell",
                "单元格 \(CellName.name(row: problem.row, column: problem.column))：\(problem.message)",
                at: SourcePosition(file: file, line: problem.row, column: problem.column))
        }
        func text(_ cell: WorkbookCell) -> String { CSVParser.trimmed(cell.value.ledgerText) }
        let wanted = Set(columns.map(CSVParser.trimmed))
        let headerIndex =
            sheet.rows.firstIndex { row in wanted.isSubset(of: row.cells.map(text)) && !row.cells.isEmpty }
            ?? sheet.rows.firstIndex { row in row.cells.contains { !text($0).isEmpty } }
        guard let headerIndex else {
            reader.error(
                "ledger.workbook-empty", "台账工作簿的第一张工作表是空的；请把台账放在第一张工作表上（第一行写列名）",
                at: SourcePosition(file: file))
            return nil
        }
        let headerRow = sheet.rows[headerIndex]
        let named = headerRow.cells.filter { !text($0).isEmpty }
        let first = named.first?.column ?? 1
        let last = named.last?.column ?? 1
        let placement = SheetPlacement(headerRow: headerRow.number, firstColumn: first)
        func texts(_ row: WorkbookRow) -> [String] {
            var result = Array(repeating: "", count: last - first + 1)
            for cell in row.cells where cell.column >= first && cell.column <= last {
                result[cell.column - first] = text(cell)
            }
            return result
        }
        let header = texts(headerRow)
        let idColumns = Set(header.indices.filter { header[$0].contains("身份证") })
        var rows: [LedgerRow] = []
        for row in sheet.rows[(headerIndex + 1)...] {
            let cells = texts(row)
            guard cells.contains(where: { !$0.isEmpty }) else { continue }
            if let firstText = row.cells.lazy.map(text).first(where: { !$0.isEmpty }), isTotal(firstText) {
                let column = row.cells.first { text($0) == firstText }?.column ?? first
                reader.warning(
                    "ledger.total-row",
                    "单元格 \(CellName.name(row: row.number, column: column))：这一行是“\(firstText)”行，不是台账数据，已跳过；如果它是一条记录，请改掉“合计”“总计”字样",
                    at: SourcePosition(file: file, line: row.number, column: column))
                continue
            }
            for cell in row.cells where cell.column >= first && cell.column <= last {
                guard case .number(let number) = cell.value,
                    isIDNumberAsNumber(number, idColumn: idColumns.contains(cell.column - first))
                else { continue }
                reader.warning(
                    "ledger.id-as-number",
                    "单元格 \(CellName.name(row: row.number, column: cell.column))：身份证号被存成了数字，后几位已丢失；请把这一列设为“文本”后重新输入",
                    at: SourcePosition(file: file, line: row.number, column: cell.column))
            }
            rows.append(LedgerRow(line: row.number, cells: cells))
        }
        return Ledger(name: name, file: file, header: header, rows: rows, sheet: placement)
    }

    /// 合计 or 总计 starting the cell (spaces ignored: `合 计`, `合计：`).
    static func isTotal(_ text: String) -> Bool {
        let compact = text.unicodeScalars.filter { !$0.properties.isWhitespace }
        let string = String(String.UnicodeScalarView(compact))
        return string.hasPrefix("合计") || string.hasPrefix("总计")
    }

    /// A number too long to be anything but an ID number Excel stored as a number (it keeps
    /// 15 digits: `4.10105199001011E+17`): 16 or more integer digits, or 15 in a 身份证 column.
    static func isIDNumberAsNumber(_ number: String, idColumn: Bool) -> Bool {
        let integerDigits = number.utf8.prefix { $0 != UInt8(ascii: ".") }.filter { $0 != UInt8(ascii: "-") }.count
        return integerDigits >= 16 || (idColumn && integerDigits >= 15)
    }
}
