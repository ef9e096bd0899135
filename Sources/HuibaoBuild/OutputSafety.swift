import Foundation

/// Decides whether a folder may be replaced by a build: never `/`, the home folder, the
/// source's `Content/`, anything inside it or above it, nor a non-empty folder huibao did
/// not write (huibao's own output carries a marker file).
public enum OutputSafety {
    /// The marker file huibao writes at the top of every output folder.
    public static let markerName = ".huibao-output"

    /// Nil when the output may be written, or the reason (Chinese) it may not.
    public static func problem(output: URL, source: URL) -> String? {
        let out = resolved(output.standardizedFileURL)
        let content = source.appendingPathComponent("Content").standardizedFileURL.resolvingSymlinksInPath().path
        let sourcePath = source.standardizedFileURL.resolvingSymlinksInPath().path
        let home = FileManager.default.homeDirectoryForCurrentUser.standardizedFileURL.resolvingSymlinksInPath().path
        if out == "/" {
            return "输出文件夹不能是 /"
        }
        if out == home {
            return "输出文件夹不能是主目录 \(out)"
        }
        if out == sourcePath {
            return "输出文件夹不能是项目文件夹本身（\(out)）"
        }
        if out == content || out.hasPrefix(content + "/") {
            return "输出文件夹不能是 Content/ 或其中的文件夹（\(out)）"
        }
        if content.hasPrefix(out + "/") {
            return "输出文件夹不能包含 Content/（\(out)）"
        }
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: out, isDirectory: &isDirectory) {
            guard isDirectory.boolValue else { return "输出路径 \(out) 是一个文件，不是文件夹" }
            let entries = (try? FileManager.default.contentsOfDirectory(atPath: out)) ?? []
            if !entries.isEmpty && !entries.contains(markerName) {
                return "输出文件夹 \(out) 不是空的，也不是 huibao 生成的；为避免删除你的文件，已停止。请换一个输出文件夹或先清空它"
            }
        }
        return nil
    }

    /// The path with every link resolved, also when its last parts do not exist yet
    /// (`content-link/site` must resolve into `Content/`).
    static func resolved(_ url: URL) -> String {
        var existing = url
        var missing: [String] = []
        while !FileManager.default.fileExists(atPath: existing.path), existing.path != "/" {
            missing.insert(existing.lastPathComponent, at: 0)
            existing.deleteLastPathComponent()
        }
        var result = existing.resolvingSymlinksInPath()
        for part in missing { result.appendPathComponent(part) }
        return result.standardizedFileURL.path
    }
}
