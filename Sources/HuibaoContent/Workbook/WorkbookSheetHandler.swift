import Foundation
import HuibaoModel

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// A worksheet part (`xl/worksheets/sheet1.xml`), read with SAX into typed cells: shared and
/// inline strings, exact numbers, booleans, formulas' cached values, dates by number format;
/// merged ranges recorded. Stops at ``Limits/rows`` rows holding values.
final class WorkbookSheetHandler: WorkbookXMLHandler {
    struct Limits: Sendable {
        /// Rows holding at least one value.
        var rows = 100_000
        var cells = 2_000_000
        var mergedRanges = 10_000
    }

    struct Merge {
        var top: Int
        var left: Int
        var bottom: Int
        var right: Int
    }

    private let sharedStrings: [String]
    private let styles: StylesHandler?
    private let date1904: Bool
    private let limits: Limits

    private(set) var rows: [WorkbookRow] = []
    private(set) var problems: [WorkbookProblem] = []
    private(set) var merges: [Merge] = []
    private var cellCount = 0

    // The row and cell being read.
    private var rowNumber = 0
    private var rowCells: [WorkbookCell] = []
    private var inCell = false
    private var cellRow = 0
    private var cellColumn = 0
    private var cellType = ""
    private var cellStyle = 0
    private var lastColumn = 0
    private var hasFormula = false
    private var value: String?
    private var inlineText: String?
    private var text = ""
    private var collecting = false
    private var phoneticDepth = 0

    init(sharedStrings: [String], styles: StylesHandler?, date1904: Bool, limits: Limits) {
        self.sharedStrings = sharedStrings
        self.styles = styles
        self.date1904 = date1904
        self.limits = limits
    }

    static let tooManyRowsMessage = "工作表的数据超过 100000 行，huibao 不读这么大的台账；请检查是否把别的数据也放进了这张表，只保留台账后另存"

    override func parser(
        _ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?, qualifiedName: String?,
        attributes: [String: String] = [:]
    ) {
        switch elementName {
        case "row":
            let number = WorkbookXML.attribute(attributes, "r").flatMap { Int($0) } ?? (rowNumber + 1)
            guard number >= 1, number <= 1_048_576, number > rowNumber || rowNumber == 0 else {
                return stop(damaged())
            }
            rowNumber = number
            rowCells = []
            lastColumn = 0
        case "c":
            inCell = true
            hasFormula = false
            value = nil
            inlineText = nil
            cellType = WorkbookXML.attribute(attributes, "t") ?? "n"
            cellStyle = WorkbookXML.attribute(attributes, "s").flatMap { Int($0) } ?? 0
            if let reference = WorkbookXML.attribute(attributes, "r") {
                guard let (row, column) = CellName.parse(reference), row == rowNumber else { return stop(damaged()) }
                cellRow = row
                cellColumn = column
            } else {
                cellRow = rowNumber
                cellColumn = lastColumn + 1
            }
            lastColumn = cellColumn
        case "f" where inCell:
            hasFormula = true
        case "v" where inCell:
            collect()
        case "is" where inCell:
            inlineText = ""
        case "rPh":
            phoneticDepth += 1
        case "t" where inlineText != nil && phoneticDepth == 0:
            collect()
        case "mergeCell":
            guard let reference = WorkbookXML.attribute(attributes, "ref") else { return }
            let corners = reference.split(separator: ":")
            guard corners.count == 2, let from = CellName.parse(corners[0]), let to = CellName.parse(corners[1]) else {
                return
            }
            guard merges.count < limits.mergedRanges else { return stop(damaged()) }
            merges.append(
                Merge(
                    top: min(from.row, to.row), left: min(from.column, to.column), bottom: max(from.row, to.row),
                    right: max(from.column, to.column)))
        default:
            break
        }
    }

    override func parser(
        _ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName: String?
    ) {
        switch elementName {
        case "v" where inCell && collecting:
            value = text
            collecting = false
        case "t" where collecting:
            inlineText? += text
            collecting = false
        case "rPh":
            phoneticDepth -= 1
        case "c" where inCell:
            inCell = false
            if let cell = finishCell() {
                cellCount += 1
                guard cellCount <= limits.cells else {
                    return stop(WorkbookError(Self.tooManyRowsMessage, row: cellRow))
                }
                rowCells.append(cell)
            }
        case "row":
            guard !rowCells.isEmpty else { return }
            guard rows.count < limits.rows else {
                return stop(WorkbookError(Self.tooManyRowsMessage, row: rowNumber))
            }
            rowCells.sort { $0.column < $1.column }
            rows.append(WorkbookRow(number: rowNumber, cells: rowCells))
            rowCells = []
        default:
            break
        }
    }

    override func parser(_ parser: XMLParser, foundCharacters string: String) {
        if collecting { text += string }
    }

    override func parser(_ parser: XMLParser, foundCDATA block: Data) {
        if collecting { text += String(decoding: block, as: UTF8.self) }
    }

    private func collect() {
        collecting = true
        text = ""
    }

    private func damaged() -> WorkbookError {
        WorkbookError(
            "工作表的内容已损坏（行号或单元格位置不对），读不出来；请在 Excel 中打开它，另存为 .xlsx 后再试", row: max(rowNumber, 1))
    }

    private func problem(_ message: String) {
        problems.append(WorkbookProblem(row: cellRow, column: cellColumn, message: message))
    }

    /// The cell just read, nil when empty or when a problem was recorded for it.
    private func finishCell() -> WorkbookCell? {
        func cell(_ value: WorkbookValue) -> WorkbookCell { WorkbookCell(column: cellColumn, value: value) }
        if cellType == "inlineStr" {
            let text = WorkbookXML.unescapeExcel(inlineText ?? "")
            return text.isEmpty ? nil : cell(.text(text))
        }
        guard let value else {
            if hasFormula { problem("公式没有保存计算结果（文件不是 Excel 保存的）；请在 Excel 中打开并保存一次") }
            return nil
        }
        switch cellType {
        case "s":
            guard let index = Int(value), sharedStrings.indices.contains(index) else {
                problem("引用的文字不存在（工作簿已损坏）；请在 Excel 中打开它，另存为 .xlsx 后再试")
                return nil
            }
            let text = sharedStrings[index]
            return text.isEmpty ? nil : cell(.text(text))
        case "str", "e":
            let text = WorkbookXML.unescapeExcel(value)
            return text.isEmpty ? nil : cell(.text(text))
        case "b":
            return cell(.bool(value.trimmingCharacters(in: .whitespaces) == "1"))
        case "d":
            let trimmed = value.trimmingCharacters(in: .whitespaces)
            if let day = Day.parse(String(trimmed.prefix(10))) { return cell(.date(day)) }
            return trimmed.isEmpty ? nil : cell(.text(trimmed))
        default:
            let trimmed = value.trimmingCharacters(in: .whitespaces)
            if trimmed.isEmpty { return nil }
            let number = hasFormula ? WorkbookNumber.displayedText(trimmed) : WorkbookNumber.plainText(trimmed)
            guard let number else {
                problem("数字“\(trimmed)”读不出来（工作簿已损坏）；请重新输入这个数字后另存")
                return nil
            }
            guard styles?.isDateStyle(cellStyle) == true else { return cell(.number(number)) }
            guard let days = WorkbookNumber.wholeDays(number) else {
                problem("设为日期格式的单元格里是“\(number)”，不是有效日期；请改成正确的日期（如 2025-04-08）")
                return nil
            }
            switch WorkbookDates.day(serial: days, date1904: date1904) {
            case .success(let day):
                return cell(.date(day))
            case .failure(.february29of1900):
                problem("日期是 1900-02-29，这一天并不存在（Excel 的历史遗留问题）；请改成正确的日期")
            case .failure(.afterYear9999):
                problem("设为日期格式的单元格里是“\(number)”，超出了 Excel 能表示的日期；请改成正确的日期（如 2025-04-08）")
            case .failure(.zero):
                problem("设为日期格式的单元格里是 0，不是有效日期；请填写正确的日期（如 2025-04-08），或清空这个单元格")
            }
            return nil
        }
    }
}
