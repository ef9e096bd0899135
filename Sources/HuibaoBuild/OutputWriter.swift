import CAtomicRename
import Foundation
import HuibaoSite

/// Writes a rendered site into a staging folder beside the output and swaps it in with one
/// atomic exchange, so that a build killed at any moment (SIGKILL included) leaves the
/// output folder holding either the previous site or the new one, complete.
public enum OutputWriter {
    /// A failure while writing, in Chinese.
    public struct Failure: Error, Sendable {
        public var message: String
    }

    public static func write(_ files: [OutputFile], to output: URL, contentFolder: URL) throws(Failure) {
        let fileManager = FileManager.default
        let parent = output.deletingLastPathComponent()
        let name = output.lastPathComponent
        let pid = ProcessInfo.processInfo.processIdentifier
        let staging = parent.appendingPathComponent(".\(name).huibao-staging-\(pid)", isDirectory: true)
        let old = parent.appendingPathComponent(".\(name).huibao-old-\(pid)", isDirectory: true)
        do {
            try fileManager.createDirectory(at: parent, withIntermediateDirectories: true)
            removeLeftovers(of: name, in: parent)
            try fileManager.createDirectory(at: staging, withIntermediateDirectories: true)
            try Data("huibao\n".utf8).write(to: staging.appendingPathComponent(OutputSafety.markerName))
            try writeFiles(files, into: staging.path, contentFolder: contentFolder)
        } catch let failure as Failure {
            try? fileManager.removeItem(at: staging)
            throw failure
        } catch {
            try? fileManager.removeItem(at: staging)
            throw Failure(message: "写入输出文件夹失败：\(error.localizedDescription)")
        }
        guard fileManager.fileExists(atPath: output.path) else {
            do {
                try fileManager.moveItem(at: staging, to: output)
            } catch {
                try? fileManager.removeItem(at: staging)
                throw Failure(message: "替换输出文件夹失败：\(error.localizedDescription)")
            }
            return
        }
        if huibao_exchange_paths(staging.path, output.path) == 0 {
            // The staging name now holds the previous site.
            try? fileManager.removeItem(at: staging)
            return
        }
        let code = errno
        guard code == EINVAL || code == ENOSYS else {
            try? fileManager.removeItem(at: staging)
            throw Failure(message: "替换输出文件夹失败：\(String(cString: strerror(code)))")
        }
        // A file system without RENAME_EXCHANGE (some network or FUSE mounts): two renames,
        // with a moment in between where the output folder is missing.
        do {
            try fileManager.moveItem(at: output, to: old)
            try fileManager.moveItem(at: staging, to: output)
            try? fileManager.removeItem(at: old)
        } catch {
            throw Failure(message: "替换输出文件夹失败：\(error.localizedDescription)")
        }
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
