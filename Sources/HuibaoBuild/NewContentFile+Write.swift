import Foundation

extension NewContentFile {
    /// Why the file was not written, in Chinese, and whether the project could be used at all.
    public struct WriteFailure: Error, Sendable {
        public var message: String
        /// True when the file already exists (nothing was touched); false when the project
        /// folder has no `Content/` or the disk refused.
        public var exists: Bool
    }

    /// Writes the file under `source`, creating its month folder; never replaces a file.
    /// - Returns: the file's URL.
    @discardableResult
    public func write(source: URL) throws(WriteFailure) -> URL {
        let fileManager = FileManager.default
        let content = source.appendingPathComponent("Content", isDirectory: true)
        var isDirectory: ObjCBool = false
        guard fileManager.fileExists(atPath: content.path, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw WriteFailure(message: "在 \(source.path) 下找不到 Content/ 文件夹；请用 --source 指定项目文件夹", exists: false)
        }
        let target = source.appendingPathComponent(path)
        let fix = kind == .month ? "请直接编辑这个文件" : "请换一个标题，或者直接编辑这个文件"
        let exists = WriteFailure(message: "\(path) 已经存在，没有覆盖；\(fix)", exists: true)
        if fileManager.fileExists(atPath: target.path) { throw exists }
        do {
            try fileManager.createDirectory(at: target.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(text.utf8).write(to: target, options: .withoutOverwriting)
        } catch {
            if fileManager.fileExists(atPath: target.path) { throw exists }
            throw WriteFailure(message: "无法写入 \(path)：\(IOErrorText.describe(error))", exists: false)
        }
        return target
    }
}
