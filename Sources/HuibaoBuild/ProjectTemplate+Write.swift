import Foundation

extension ProjectTemplate {
    /// Why nothing was written, in Chinese; `existing` lists the files already there.
    public struct WriteFailure: Error, Sendable {
        public var message: String
        /// True when files were already there (nothing was touched); false when the disk refused.
        public var exists: Bool
    }

    /// Writes every file under `folder` (created when missing), or none: when any of them
    /// exists already, nothing is written; when the disk fails midway, the files written
    /// so far are removed again.
    public func write(into folder: URL) throws(WriteFailure) {
        let fileManager = FileManager.default
        let existing = files.filter { fileManager.fileExists(atPath: folder.appendingPathComponent($0.path).path) }
        if !existing.isEmpty {
            throw WriteFailure(
                message: "这些文件已经存在，没有新建项目，也没有改动任何文件：\n"
                    + existing.map { "  \($0.path)" }.joined(separator: "\n")
                    + "\n请换一个空文件夹（huibao init 新文件夹名），或者直接编辑已有的文件",
                exists: true)
        }
        var written: [URL] = []
        for file in files {
            let target = folder.appendingPathComponent(file.path)
            do {
                try fileManager.createDirectory(at: target.deletingLastPathComponent(), withIntermediateDirectories: true)
                try Data(file.text.utf8).write(to: target, options: .withoutOverwriting)
                written.append(target)
            } catch {
                for url in written { try? fileManager.removeItem(at: url) }
                throw WriteFailure(message: "无法写入 \(file.path)：\(IOErrorText.describe(error))", exists: false)
            }
        }
    }
}
