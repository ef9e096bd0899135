import Foundation
import HuibaoSite

/// Writes a rendered site into a staging folder beside the output and swaps it in, so the
/// output folder holds either the previous site or the new one, complete.
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
            try? fileManager.removeItem(at: staging)
            try fileManager.createDirectory(at: staging, withIntermediateDirectories: true)
            var made: Set<String> = [""]
            for file in files {
                let directory = (file.path as NSString).deletingLastPathComponent
                if !made.contains(directory) {
                    try fileManager.createDirectory(
                        at: staging.appendingPathComponent(directory, isDirectory: true),
                        withIntermediateDirectories: true)
                    made.insert(directory)
                }
                let target = staging.appendingPathComponent(file.path)
                switch file.body {
                case .bytes(let bytes):
                    try Data(bytes).write(to: target)
                case .copy(let contentPath):
                    try fileManager.copyItem(at: contentFolder.appendingPathComponent(contentPath), to: target)
                }
            }
            try Data("huibao\n".utf8).write(to: staging.appendingPathComponent(OutputSafety.markerName))
        } catch {
            try? fileManager.removeItem(at: staging)
            throw Failure(message: "写入输出文件夹失败：\(error.localizedDescription)")
        }
        do {
            if fileManager.fileExists(atPath: output.path) {
                try? fileManager.removeItem(at: old)
                try fileManager.moveItem(at: output, to: old)
            }
            try fileManager.moveItem(at: staging, to: output)
            try? fileManager.removeItem(at: old)
        } catch {
            throw Failure(message: "替换输出文件夹失败：\(error.localizedDescription)")
        }
    }
}
