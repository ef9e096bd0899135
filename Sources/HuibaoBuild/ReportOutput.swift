import Foundation
import HuibaoSite

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Where `huibao report` may write, and how (attack review findings 6, 14 and 21): never
/// inside the project's `Content/` or `Templates/`, never over a file that is not an
/// earlier report (HTML with `ReportMarker`, or a PDF headless Chromium printed), never into a folder; written beside
/// and renamed, with nothing left behind when that fails.
public enum ReportOutput {
    /// A refusal or a failed write, in Chinese.
    public struct Failure: Error, Sendable {
        public var message: String
    }

    /// The HTML file and the PDF (with `--pdf`) for `--output`: `x.pdf` is the PDF, with the
    /// HTML beside it as `x.html`; any other name is the HTML, with the PDF as `x.pdf`.
    public static func targets(html output: URL, pdf: Bool) -> (html: URL, pdf: URL?) {
        guard pdf else { return (output, nil) }
        if output.pathExtension.lowercased() == "pdf" {
            return (output.deletingPathExtension().appendingPathExtension("html"), output)
        }
        return (output, output.deletingPathExtension().appendingPathExtension("pdf"))
    }

    /// Nil when `file` may be written, or the reason it may not.
    /// - Parameter isWord: `file` is a Word file: it may replace only a Word file huibao wrote.
    public static func problem(_ file: URL, source: URL, isPDF: Bool = false, isWord: Bool = false) -> String? {
        let path = OutputSafety.resolved(file.standardizedFileURL)
        for folder in ["Content", "Templates"] {
            let inside = OutputSafety.resolved(source.appendingPathComponent(folder).standardizedFileURL)
            if path == inside || path.hasPrefix(inside + "/") {
                return "报告不能写到 \(folder)/ 里（\(path)）：那里是项目的原始资料。请换一个位置，如项目文件夹下的 reports/"
            }
        }
        var status = stat()
        guard lstat(path, &status) == 0 else { return nil }
        switch status.st_mode & S_IFMT {
        case S_IFDIR:
            let example = isPDF ? "报告.pdf" : isWord ? "报告.docx" : "报告.html"
            return "\(path) 是一个文件夹；--output 要写报告的文件名，如 \(path)/\(example)"
        case S_IFREG:
            if isPDF ? isPDFFile(path) : isWord ? WordFileCheck.isEarlierWordFile(path) : isEarlierReport(path) { return nil }
            let kind = isPDF ? " PDF" : isWord ? " Word 文件" : "报告"
            return "\(path) 已存在，而且不是 huibao 生成的\(kind)；为避免覆盖你的文件，已停止。请换一个文件名，或先删除它"
        default:
            return "\(path) 不是普通文件（是管道、设备或其他特殊文件），不能写入；请换一个文件名"
        }
    }

    /// The first bytes of a file (at most `count`), read without blocking.
    private static func head(_ path: String, count: Int) -> [UInt8] {
        let descriptor = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC)
        guard descriptor >= 0 else { return [] }
        defer { close(descriptor) }
        var buffer = [UInt8](repeating: 0, count: count)
        let got = buffer.withUnsafeMutableBytes { read(descriptor, $0.baseAddress!, count) }
        return got > 0 ? Array(buffer[..<got]) : []
    }

    /// An HTML file carrying the marker near its top, or an earlier report made before the
    /// marker (the default template's footer).
    static func isEarlierReport(_ path: String) -> Bool {
        let top = String(decoding: head(path, count: 4096), as: UTF8.self)
        if top.contains(ReportMarker.comment) { return true }
        guard top.lowercased().hasPrefix("<!doctype html"), let data = FileManager.default.contents(atPath: path)
        else { return false }
        return String(decoding: data, as: UTF8.self).contains("本报告由 huibao 根据项目资料生成")
    }

    /// A PDF printed by headless Chromium (its `/Creator` names HeadlessChrome), as
    /// `PDFPrinter` makes them; a PDF from anywhere else is the user's.
    static func isPDFFile(_ path: String) -> Bool {
        guard head(path, count: 5) == Array("%PDF-".utf8), let data = FileManager.default.contents(atPath: path) else {
            return false
        }
        return data.range(of: Data("HeadlessChrome".utf8)) != nil
    }

    /// The temporary name beside `file` that a write goes through.
    static func temporary(for file: URL) -> URL {
        file.deletingLastPathComponent().appendingPathComponent(
            ".\(file.lastPathComponent).huibao-tmp-\(ProcessInfo.processInfo.processIdentifier)")
    }

    /// Writes `bytes` beside `file` and renames it into place, so a reader never sees half a
    /// report; on failure the temporary file is removed and `file` is as it was.
    public static func write(_ bytes: [UInt8], to file: URL) throws(Failure) {
        let folder = file.deletingLastPathComponent()
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        } catch {
            throw Failure(message: "无法创建文件夹 \(folder.path)：路径中有一段是文件，或没有权限")
        }
        removeLeftoverTemporaries(of: file)
        let temporary = temporary(for: file)
        unlink(temporary.path)
        let code = writeNew(bytes, to: temporary.path)
        guard code == 0 else {
            unlink(temporary.path)
            throw Failure(message: "无法写入 \(file.path)：\(IOErrorText.describe(errno: code))；原有的文件保持不变")
        }
        try moveIntoPlace(temporary, file)
    }

    /// Removes the temporary files of reports killed while writing `file` (their process is
    /// gone; the caller holds the report's lock, so no live one is writing).
    static func removeLeftoverTemporaries(of file: URL) {
        let folder = file.deletingLastPathComponent()
        let prefix = ".\(file.lastPathComponent).huibao-tmp-"
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder.path) else { return }
        for name in names where name.hasPrefix(prefix) {
            guard let pid = Int32(name.dropFirst(prefix.count)), pid > 0, !OutputWriter.isAlive(pid) else { continue }
            unlink(folder.appendingPathComponent(name).path)
        }
    }

    /// Renames `temporary` to `file`, removing `temporary` when that fails.
    public static func moveIntoPlace(_ temporary: URL, _ file: URL) throws(Failure) {
        guard rename(temporary.path, file.path) == 0 else {
            let code = errno
            unlink(temporary.path)
            throw Failure(message: "无法写入 \(file.path)：\(IOErrorText.describe(errno: code))；原有的文件保持不变")
        }
    }

    /// Creates `path` (which must not exist) with `bytes`; 0 or the errno.
    private static func writeNew(_ bytes: [UInt8], to path: String) -> Int32 {
        NewFile.create(bytes, at: path, mode: 0o644)
    }
}
