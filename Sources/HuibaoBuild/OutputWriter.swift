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

    /// The folder a build writes: `output` itself, or the target of `output` when it is a
    /// symbolic link, so that a deploy link (`public → /var/www/site`) stays a link and its
    /// target gets the new site (attack review finding 16).
    public static func linkTarget(_ output: URL) throws(Failure) -> URL {
        var status = stat()
        guard lstat(output.path, &status) == 0, status.st_mode & S_IFMT == S_IFLNK else { return output }
        guard let resolved = realpath(output.path, nil) else {
            throw Failure(message: "输出 \(output.path) 是一个符号链接，但它指向的位置不存在；请先建好目标文件夹，或删除这个链接")
        }
        defer { free(resolved) }
        return URL(fileURLWithPath: String(cString: resolved), isDirectory: true)
    }

    /// Takes the output's lock (see `OutputLock`), making the folder it sits in if needed.
    public static func lock(_ output: URL) throws(Failure) -> OutputLock {
        try? FileManager.default.createDirectory(
            at: output.deletingLastPathComponent(), withIntermediateDirectories: true)
        do {
            return try OutputLock.acquire(for: output)
        } catch {
            throw Failure(message: error.message)
        }
    }

    /// What was written: files and pages (`index.html`).
    public struct Written: Sendable {
        public var files: Int
        public var pages: Int
    }

    /// Writes the files `produce` hands to its `emit` (from any core, each as soon as it is
    /// made) into the staging folder, then swaps the folder in.
    /// - Parameter lock: the output's lock when the caller took it already (a build takes it
    ///   before loading, so that a second build stops at once); else it is taken here.
    @discardableResult
    public static func write(
        to output: URL, contentFolder: URL, lock: OutputLock? = nil,
        _ produce: (_ emit: @Sendable (OutputFile) -> Void) -> Void
    ) throws(Failure) -> Written {
        try write(
            to: output, contentFolder: contentFolder, lock: lock,
            staged: { folder in
                produce { folder.write($0) }
            })
    }

    /// `write(to:contentFolder:lock:_:)` handing `produce` the staging folder itself (the build
    /// links the evidence files through it first: `StagingFolder.writeCopy` tells their sizes).
    @discardableResult
    static func write(
        to output: URL, contentFolder: URL, lock: OutputLock?, staged produce: (StagingFolder) -> Void
    ) throws(Failure) -> Written {
        let output = try linkTarget(output)
        let held: OutputLock
        if let lock { held = lock } else { held = try Self.lock(output) }
        defer { withExtendedLifetime(held) {} }
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
            produce(folder)
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
        try swapByTwoRenames(staging: staging, output: output, old: old)
        return written
    }

    /// Moves the previous site aside to `old`, the new one in, and removes `old`. When the
    /// second rename fails the previous site is put back; if even that fails it stays as
    /// `old`, and the next build restores it (`removeLeftovers`) rather than delete it.
    static func swapByTwoRenames(staging: URL, output: URL, old: URL) throws(Failure) {
        guard rename(output.path, old.path) == 0 else {
            let code = errno
            try? FileManager.default.removeItem(at: staging)
            throw Failure(message: "替换输出文件夹失败：\(IOErrorText.describe(errno: code))")
        }
        guard rename(staging.path, output.path) == 0 else {
            let code = errno
            let restored = rename(old.path, output.path) == 0
            try? FileManager.default.removeItem(at: staging)
            throw Failure(
                message: "替换输出文件夹失败：\(IOErrorText.describe(errno: code))；"
                    + (restored ? "原有的网站保持不变" : "原有的网站暂存在 \(old.path)，下次运行 huibao build 时会先把它恢复"))
        }
        try? FileManager.default.removeItem(at: old)
    }

    /// Cleans up after builds that were killed, holding the output's lock (so no other build
    /// is writing): removes their staging folders (and only those whose process is gone), and
    /// when the output itself is missing while a previous site waits under its `old` name
    /// (a two-rename swap that failed half way), renames that site back instead of deleting
    /// it. Only entries named exactly as huibao names them are touched.
    static func removeLeftovers(of name: String, in parent: URL) {
        let fileManager = FileManager.default
        guard let siblings = try? fileManager.contentsOfDirectory(atPath: parent.path) else { return }
        let own = ProcessInfo.processInfo.processIdentifier
        var olds: [String] = []
        for sibling in siblings {
            for kind in ["staging", "old"] {
                let prefix = ".\(name).huibao-\(kind)-"
                guard sibling.hasPrefix(prefix), let pid = Int32(sibling.dropFirst(prefix.count)),
                    sibling.dropFirst(prefix.count).allSatisfy(\.isASCII), pid > 0
                else { continue }
                if pid != own && isAlive(pid) { continue }
                if kind == "old" {
                    olds.append(sibling)
                } else {
                    try? fileManager.removeItem(at: parent.appendingPathComponent(sibling, isDirectory: true))
                }
            }
        }
        let output = parent.appendingPathComponent(name, isDirectory: true)
        var status = stat()
        if lstat(output.path, &status) != 0, errno == ENOENT,
            let previous = olds.sorted().first(where: { isPreviousSite(parent.appendingPathComponent($0)) }),
            rename(parent.appendingPathComponent(previous).path, output.path) == 0
        {
            olds.removeAll { $0 == previous }
        }
        for sibling in olds {
            try? fileManager.removeItem(at: parent.appendingPathComponent(sibling, isDirectory: true))
        }
    }

    /// Whether a process with this id is running (one we may not signal counts too).
    static func isAlive(_ pid: Int32) -> Bool {
        kill(pid, 0) == 0 || errno == EPERM
    }

    /// A real folder (not a link) holding huibao's marker file.
    private static func isPreviousSite(_ folder: URL) -> Bool {
        var status = stat()
        guard lstat(folder.path, &status) == 0, status.st_mode & S_IFMT == S_IFDIR else { return false }
        return lstat(folder.appendingPathComponent(OutputSafety.markerName).path, &status) == 0
    }
}
