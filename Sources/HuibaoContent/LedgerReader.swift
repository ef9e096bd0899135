import Foundation
import HuibaoModel

/// Reads a ledger (CSV here, .xlsx in LedgerReader+Workbook) and evaluates indicators' queries over it.
enum LedgerReader {
    /// Parses a decoded CSV into a `Ledger`, or reports why it cannot be read.
    static func read(_ text: String, name: String, file: String, into reader: inout FieldReader) -> Ledger? {
        switch CSVParser.parse(text) {
        case .failure(let error):
            reader.error(
                "ledger.syntax", "台账无法读取：\(error.message)",
                at: SourcePosition(file: file, line: error.line, column: error.column))
            return nil
        case .success(let table):
            for note in table.notes {
                let position = SourcePosition(file: file, line: note.line, column: note.column)
                if note.isError {
                    reader.error(note.code, note.message, at: position)
                } else {
                    reader.warning(note.code, note.message, at: position)
                }
            }
            return Ledger(
                name: name, file: file, header: table.header,
                rows: table.rows.map { LedgerRow(line: $0.line, cells: $0.cells) })
        }
    }

    static let yes: Set<String> = ["是", "yes", "y", "true", "√", "✓"]
    static let no: Set<String> = ["否", "no", "n", "false", "×", "✗"]

    /// Whether a cell matches a `where` value: trimmed text, with yes/no synonyms.
    static func matches(_ cell: String, _ expected: String) -> Bool {
        let a = cell.lowercased()
        let b = expected.lowercased()
        if a == b { return true }
        if yes.contains(a) && yes.contains(b) { return true }
        if no.contains(a) && no.contains(b) { return true }
        return false
    }

    /// The rows `query` selects, with their dates and contributions; problems reported at
    /// the ledger's lines (a workbook's cells).
    static func entries(
        _ query: LedgerQuery, indicator: Indicator, ledger: Ledger, period: ServicePeriod?,
        materialPaths: BodyRenderer? = nil, into reader: inout FieldReader
    ) -> [LedgerEntry] {
        func column(_ name: String) -> Int? {
            if let index = ledger.columnIndex(name) { return index }
            var message = "台账 \(ledger.file) 中没有“\(name)”列（指标“\(indicator.name)”要用）"
            if let close = EditDistance.closest(to: name, in: ledger.header) { message += "；是不是“\(close)”？" }
            reader.error("ledger.column-missing", message, at: query.declaredAt ?? ledger.headerPosition)
            return nil
        }
        let dateIndex = column(query.dateColumn)
        let conditions = query.conditions.map { (column($0.column), $0.value) }
        var sumIndex: Int?? = .none
        if case .sum(let name) = query.measure { sumIndex = .some(column(name)) }
        let materialIndexes = query.materialColumns.map { column($0) }
        guard let dateIndex, conditions.allSatisfy({ $0.0 != nil }), materialIndexes.allSatisfy({ $0 != nil }) else {
            return []
        }
        if case .some(nil) = sumIndex { return [] }

        var result: [LedgerEntry] = []
        var total = Quantity.zero
        var sumColumnName: String?
        var sumColumn: Int?
        if case .some(.some(let index)) = sumIndex {
            sumColumnName = ledger.header[index]
            sumColumn = index
        }
        for row in ledger.rows {
            guard conditions.allSatisfy({ matches(row[$0.0!], $0.1) }) else { continue }
            let read = reader.atCell(ledger, row, column: dateIndex) { reader, position -> (Day?, Bool) in
                let dateText = row[dateIndex]
                if dateText.isEmpty {
                    reader.warning(
                        "ledger.date-empty", "“\(query.dateColumn)”为空，这一行不计入“\(indicator.name)”", at: position)
                    return (nil, false)
                }
                let normalizedDate = FullWidthDigits.normalize(dateText)
                if normalizedDate.changed {
                    reader.warning("input.fullwidth-digits", "“\(dateText)”中有全角数字，已按半角数字读取", at: position)
                }
                guard let date = Day.parse(normalizedDate.text) else {
                    reader.error(
                        "ledger.bad-date", "“\(query.dateColumn)”的值“\(dateText)”不是有效日期（如 2025-04-08）", at: position)
                    return (nil, false)
                }
                return (date, true)
            }
            guard let date = read.0 else { continue }
            var amount = Quantity(1)
            if let index = sumColumn {
                let value = reader.atCell(ledger, row, column: index) { reader, position -> Quantity? in
                    let cell = row[index]
                    let normalized = FullWidthDigits.normalize(cell)
                    if normalized.changed {
                        reader.warning("input.fullwidth-digits", "“\(cell)”中有全角数字，已按半角数字读取", at: position)
                    }
                    if cell.isEmpty {
                        reader.warning("ledger.value-empty", "“\(ledger.header[index])”为空，按 0 计", at: position)
                        return .zero
                    } else if normalized.text.trimming(.whitespaces).hasPrefix("("),
                        let value = Money.parse(normalized.text)
                    {
                        // Excel's accounting negative, `(120)`: read as the spec says, but never silently.
                        guard !NumberLimits.isTooLarge(hundredths: value.fen) else {
                            reader.tooLarge(ledger.header[index], cell, at: position)
                            return nil
                        }
                        reader.warning(
                            "ledger.parenthesized-number",
                            "“\(ledger.header[index])”的值“\(cell)”带括号，按 Excel 的会计格式读作负数 \(Quantity(hundredths: value.fen).text)；如果不是负数，请去掉括号",
                            at: position)
                        return Quantity(hundredths: value.fen)
                    } else if let value = Money.parse(normalized.text) {
                        guard !NumberLimits.isTooLarge(hundredths: value.fen) else {
                            reader.tooLarge(ledger.header[index], cell, at: position)
                            return nil
                        }
                        return Quantity(hundredths: value.fen)
                    } else if NumberLimits.isTooLarge(integerText: normalized.text.trimming(.whitespaces)) {
                        reader.tooLarge(ledger.header[index], cell, at: position)
                        return nil
                    } else {
                        reader.error("ledger.bad-number", "“\(ledger.header[index])”的值“\(cell)”不是数字", at: position)
                        return nil
                    }
                }
                guard let value else { continue }
                amount = value
            }
            if let period, !period.contains(date) {
                reader.atCell(ledger, row, column: dateIndex) { reader, position in
                    reader.warning(
                        "date.outside-period",
                        "日期 \(date.isoText) 不在服务期限（\(period.start.isoText) 至 \(period.end.isoText)）内，不计入“\(indicator.name)”",
                        at: position)
                }
            }
            // Every value is within ±10^12 and so is the total before it: the sum cannot overflow.
            let sum = total.hundredths + amount.hundredths
            if NumberLimits.isTooLarge(hundredths: sum) {
                reader.atCell(ledger, row, column: sumColumn) { reader, position in
                    reader.error(
                        "ledger.total-too-large",
                        "“\(indicator.name)”加上这一行后合计超过上限 \(NumberLimits.maximumText)；请检查这一行和前面各行的“\(sumColumnName ?? "数量")”是否写错",
                        at: position)
                }
                continue
            }
            total = Quantity(hundredths: sum)
            var materials: [MaterialFile] = []
            if let materialPaths {
                for (name, index) in zip(query.materialColumns, materialIndexes) {
                    materials += reader.atCell(ledger, row, column: index) { reader, position in
                        MaterialsReader.cell(row[index!], kind: name, paths: materialPaths, at: position, into: &reader)
                    }
                }
            }
            result.append(
                LedgerEntry(
                    ledger: ledger.name, line: row.line, title: row[0], date: date, amount: amount, materials: materials
                ))
        }
        return result
    }
}
