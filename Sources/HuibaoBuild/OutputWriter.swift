import CAtomicRename
import Foundation
import HuibaoModel
import HuibaoSite

/// Writes a rendered site into a staging folder beside the output and swaps it in with one
/// atomic exchange, so that a build killed at any moment (SIGKILL included) leaves the
/// output folder holding either the previous site or the new one, complete.
public enum OutputWriter {
    /// A failure while writing, in Chinese.
    public struct Failure: Error, Sendable {
        public var message: String
    }

    /// Writes `files` (all at once, on all cores) and swaps them in.
    public static func write(_ files: [OutputFile], to output: URL, contentFolder: URL) throws(Failure) {
        try write(to: output, contentFolder: contentFolder) { emit in _ = Parallel.map(files, emit) }
    }

    /// What was written: files and pages (`index.html`).
    public struct Written: Sendable {
        public var files: Int
        public var pages: Int
    }

    /// Writes the files `produce` hands to its `emit` (from any core, each as soon as it is
    /// made) into the staging folder, then swaps the folder in.
    @discardableResult
    public static func write(
        to output: URL, contentFolder: URL, _ produce: (_ emit: @Sendable (OutputFile) -> Void) -> Void
    ) throws(Failure) -> Written {
        let fileManager = FileManager.default
        let parent = output.deletingLastPathComponent()
        let name = output.lastPathComponent
        let pid = ProcessInfo.processInfo.processIdentifier
        let staging = parent.appendingPathComponent(".\(name).huibao-staging-\(pid)", isDirectory: true)
        let old = parent.appendingPathComponent(".\(name).huibao-old-\(pid)", isDirectory: true)
        var written = Written(files: 0, pages: 0)
        do {
            try fileManager.createDirectory(at: parent, withIntermediateDirectories: true)
            removeLeftovers(of: name, in: parent)
            try fileManager.createDirectory(at: staging, withIntermediateDirectories: true)
            try Data("huibao\n".utf8).write(to: staging.appendingPathComponent(OutputSafety.markerName))
            let folder = StagingFolder(root: staging.path, contentFolder: contentFolder)
            produce(folder.write)
            let result = folder.result
            if let problem = result.problem { throw Failure(message: "写入输出文件夹失败：\(problem)") }
            written = Written(files: result.files, pages: result.pages)
        } catch let failure as Failure {
            try? fileManager.removeItem(at: staging)
            throw failure
        } catch {
            try? fileManager.removeItem(at: staging)
            throw Failure(message: "写入输出文件夹失败：\(IOErrorText.describe(error))")
        }
        guard fileManager.fileExists(atPath: output.path) else {
            do {
                try fileManager.moveItem(at: staging, to: output)
            } catch {
                try? fileManager.removeItem(at: staging)
                throw Failure(message: "替换输出文件夹失败：\(IOErrorText.describe(error))")
            }
            return written
        }
        if huibao_exchange_paths(staging.path, output.path) == 0 {
            // The staging name now holds the previous site.
            try? fileManager.removeItem(at: staging)
            return written
        }
        let code = errno
        guard code == EINVAL || code == ENOSYS else {
            try? fileManager.removeItem(at: staging)
            throw Failure(message: "替换输出文件夹失败：\(IOErrorText.describe(errno: code))")
        }
        // A file system without RENAME_EXCHANGE (some network or FUSE mounts): two renames,
        // with a moment in between where the output folder is missing.
        do {
            try fileManager.moveItem(at: output, to: old)
            try fileManager.moveItem(at: staging, to: output)
            try? fileManager.removeItem(at: old)
        } catch {
            throw Failure(message: "替换输出文件夹失败：\(IOErrorText.describe(error))")
        }
        return written
    }

    /// Removes staging and old trees that a killed build left beside the output. Only
    /// folders named exactly as huibao names them are touched.
    static func removeLeftovers(of name: String, in parent: URL) {
        let fileManager = FileManager.default
        guard let siblings = try? fileManager.contentsOfDirectory(atPath: parent.path) else { return }
        for sibling in siblings {
            for kind in ["staging", "old"] {
                let prefix = ".\(name).huibao-\(kind)-"
                guard sibling.hasPrefix(prefix), !sibling.dropFirst(prefix.count).isEmpty,
                    sibling.dropFirst(prefix.count).allSatisfy(\.isNumber)
                else { continue }
                try? fileManager.removeItem(at: parent.appendingPathComponent(sibling, isDirectory: true))
            }
        }
    }
}
