import Foundation
import HuibaoSite
import ZIPFoundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Where `huibao report <id> --xlsx` writes the 评分表, with the report's rules: never inside
/// `Content/` or `Templates/`, never over a file that is not an earlier huibao workbook, never
/// into a folder.
extension ReportOutput {
    /// The report's HTML and the 评分表 for what `--output` names (or the default HTML path):
    /// `x.xlsx` is the 评分表 with the HTML beside it as `x.html`; any other name is the HTML,
    /// with the 评分表 beside it as `x-评分表.xlsx` (`reports/midterm-评分表.xlsx`).
    public static func workbookTargets(_ output: URL, report: String = "html") -> (html: URL, workbook: URL) {
        if output.pathExtension.lowercased() == "xlsx" {
            return (output.deletingPathExtension().appendingPathExtension(report), output)
        }
        let stem = output.deletingPathExtension().lastPathComponent
        return (output, output.deletingLastPathComponent().appendingPathComponent(stem + "-评分表.xlsx"))
    }

    /// Nil when the 评分表 may be written to `file`, or the reason it may not.
    public static func workbookProblem(_ file: URL, source: URL) -> String? {
        let path = OutputSafety.resolved(file.standardizedFileURL)
        for folder in ["Content", "Templates"] {
            let inside = OutputSafety.resolved(source.appendingPathComponent(folder).standardizedFileURL)
            if path == inside || path.hasPrefix(inside + "/") {
                return "评分表不能写到 \(folder)/ 里（\(path)）：那里是项目的原始资料。请换一个位置，如项目文件夹下的 reports/"
            }
        }
        var status = stat()
        guard lstat(path, &status) == 0 else { return nil }
        switch status.st_mode & S_IFMT {
        case S_IFDIR:
            return "\(path) 是一个文件夹；请给评分表的文件名，如 \(path)/评分表.xlsx"
        case S_IFREG:
            if isEarlierWorkbook(path) { return nil }
            return "\(path) 已存在，而且不是 huibao 生成的评分表；为避免覆盖你的文件，已停止。请换一个文件名，或先删除它"
        default:
            return "\(path) 不是普通文件（是管道、设备或其他特殊文件），不能写入；请换一个文件名"
        }
    }

    /// A workbook whose `docProps/app.xml` (read only when small) names huibao as the
    /// application, as `XlsxWorkbook` writes it; a workbook from anywhere else is the user's.
    static func isEarlierWorkbook(_ path: String) -> Bool {
        guard let archive = try? Archive(url: URL(fileURLWithPath: path), accessMode: .read, pathEncoding: nil),
            let entry = archive["docProps/app.xml"], entry.uncompressedSize <= 65_536
        else { return false }
        var data = Data()
        guard (try? archive.extract(entry, skipCRC32: false) { data.append($0) }) != nil else { return false }
        return String(decoding: data, as: UTF8.self).contains("<Application>huibao</Application>")
    }
}
