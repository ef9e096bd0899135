import Foundation
import HuibaoSite
import ZIPFoundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Where `huibao archive` may write: a `.zip` file like a report (never inside `Content/` or
/// `Templates/`, never over a file that is not an earlier archive, never a folder), or a
/// folder with the build's rules (`OutputSafety`, and never inside `Templates/` either).
enum ArchiveOutput {
    /// Whether `--output` names a zip (else a folder).
    static func isZip(_ output: URL) -> Bool { output.pathExtension.lowercased() == "zip" }

    /// Nil when `output` may be written, or the reason (Chinese) it may not.
    static func problem(_ output: URL, source: URL) -> String? {
        let path = OutputSafety.resolved(output.standardizedFileURL)
        for folder in ["Content", "Templates"] {
            let inside = OutputSafety.resolved(source.appendingPathComponent(folder).standardizedFileURL)
            if path == inside || path.hasPrefix(inside + "/") || inside.hasPrefix(path + "/") {
                return "档案不能写到 \(folder)/ 里，也不能是包含它的文件夹（\(path)）：那里是项目的原始资料。请换一个位置，如项目文件夹下的 reports/"
            }
        }
        guard isZip(output) else { return OutputSafety.problem(output: output, source: source) }
        var status = stat()
        guard lstat(path, &status) == 0 else { return nil }
        switch status.st_mode & S_IFMT {
        case S_IFDIR:
            return "\(path) 是一个文件夹；以 .zip 结尾的 --output 要写档案的文件名，如 \(path)/档案.zip；要写成文件夹，请给不以 .zip 结尾的路径"
        case S_IFREG:
            if isEarlierArchive(path) { return nil }
            return "\(path) 已存在，而且不是 huibao 生成的档案；为避免覆盖你的文件，已停止。请换一个文件名，或先删除它"
        default:
            return "\(path) 不是普通文件（是管道、设备或其他特殊文件），不能写入；请换一个文件名"
        }
    }

    /// A zip whose entries all sit in one top folder named `…-档案` holding `SHA256SUMS`: what
    /// `huibao archive` writes (an archive from anywhere else is the user's).
    static func isEarlierArchive(_ path: String) -> Bool {
        let descriptor = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC)
        guard descriptor >= 0 else { return false }
        var status = stat()
        let regular = fstat(descriptor, &status) == 0 && status.st_mode & S_IFMT == S_IFREG
        close(descriptor)
        guard regular, let archive = try? Archive(url: URL(fileURLWithPath: path), accessMode: .read, pathEncoding: nil) else {
            return false
        }
        var top: Substring?
        var sums = false
        for entry in archive {
            guard let slash = entry.path.firstIndex(of: "/") else { return false }
            let first = entry.path[..<slash]
            if top == nil { top = first }
            guard first == top, first.hasSuffix("-档案") else { return false }
            if entry.path[slash...] == "/" + ArchiveLayout.checksums { sums = true }
        }
        return sums
    }
}
