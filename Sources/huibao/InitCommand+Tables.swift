import Foundation
import HuibaoBuild
import HuibaoContent

/// The error lines of a contract table that cannot be read.
struct TableLines: Error {
    var lines: [String]
}

extension InitCommand {
    /// The first worksheet of the workbook at `path`, or the lines that say why it cannot be
    /// drafted from (`path:row:column: 错误: …`, every one).
    static func contractSheet(_ path: String) -> Result<WorkbookSheet, TableLines> {
        guard path.lowercased().hasSuffix(".xlsx") else {
            return .failure(TableLines(lines: ["\(path): 错误: 不是 .xlsx 工作簿；请在 Excel 或 WPS 中打开它，另存为“Excel 工作簿 (*.xlsx)”后再试"]))
        }
        let data: Data
        do {
            data = try Data(contentsOf: URL(fileURLWithPath: path))
        } catch {
            return .failure(TableLines(lines: ["\(path): 错误: 无法读取：\(IOErrorText.describe(error))；请检查文件名和路径"]))
        }
        do throws(WorkbookError) {
            let sheet = try WorkbookReader.read([UInt8](data))
            guard sheet.problems.isEmpty else {
                return .failure(TableLines(lines: sheet.problems.map { "\(path):\($0.row):\($0.column): 错误: \($0.message)" }))
            }
            return .success(sheet)
        } catch {
            return .failure(TableLines(lines: ["\(path):\(error.row):\(error.column): 错误: \(error.message)"]))
        }
    }

    /// Reads the workbook at `path` and hands its sheet and file name to `use`; the error
    /// lines when either fails, none when it worked.
    static func draft(
        from path: String, _ use: (WorkbookSheet, String) throws(DraftFailure) -> Void
    ) -> [String] {
        switch contractSheet(path) {
        case .failure(let failure):
            return failure.lines
        case .success(let sheet):
            do throws(DraftFailure) {
                try use(sheet, URL(fileURLWithPath: path).lastPathComponent)
                return []
            } catch {
                return lines(error, path: path)
            }
        }
    }

    /// `failure`'s problems as `path:row:column: 错误: 单元格 B3：…` lines.
    static func lines(_ failure: DraftFailure, path: String) -> [String] {
        failure.problems.map { "\(path):\($0.row):\($0.column): 错误: \($0.message)" }
    }
}
