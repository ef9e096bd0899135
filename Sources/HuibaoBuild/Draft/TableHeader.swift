import Foundation
import HuibaoContent

/// The header row of a contract table and the column of each name it needs, found by name
/// (a cell holding the name, `服务标准（原文）` too) in the first rows of the sheet.
struct TableHeader {
    var row: Int
    /// 1-based column by wanted name; only the names that were found.
    var columns: [String: Int]
    /// The rows below the header.
    var body: [WorkbookRow]

    /// The header among the sheet's first 20 rows holding at least two of `names`; a problem
    /// naming the cell when there is none or one of `required` is missing.
    static func find(in sheet: WorkbookSheet, names: [String], required: [String], table: String) throws(DraftFailure)
        -> TableHeader
    {
        let listed = names.joined(separator: "、")
        for (index, row) in sheet.rows.prefix(20).enumerated() {
            var columns: [String: Int] = [:]
            for cell in row.cells {
                let text = cell.value.ledgerText.filter { !$0.isWhitespace }
                for name in names where columns[name] == nil && text.contains(name) {
                    columns[name] = cell.column
                    break
                }
            }
            guard columns.count >= 2 else { continue }
            let missing = required.filter { columns[$0] == nil }
            if !missing.isEmpty {
                let next = (row.cells.map(\.column).max() ?? 0) + 1
                let found = names.filter { columns[$0] != nil }.joined(separator: "、")
                throw DraftFailure(problems: [
                    DraftProblem(
                        row: row.number, column: next,
                        "\(table)的表头（第 \(row.number) 行）缺少“\(missing.joined(separator: "”“"))”列，只找到了\(found)；"
                            + "请在表头加上这一列（列名照写“\(missing[0])”），把合同原文抄在下面")
                ])
            }
            return TableHeader(row: row.number, columns: columns, body: Array(sheet.rows[(index + 1)...]))
        }
        throw DraftFailure(problems: [
            DraftProblem(
                row: sheet.rows.first?.number ?? 1, column: 1,
                "第一张工作表的前 20 行里没有找到\(table)的表头；是不是表格不在第一张工作表上？"
                    + "请把\(table)放在第一张工作表上，表头一行写：\(listed)")
        ])
    }

    /// The trimmed text of the cell under `name` in `row`, "" when empty or the column is absent.
    func text(_ row: WorkbookRow, _ name: String) -> String {
        guard let column = columns[name], let cell = row[column: column] else { return "" }
        return cell.value.ledgerText.trimmingCharacters(in: .whitespacesAndNewlines)
    }
}
