import Foundation
import HuibaoModel
import HuibaoSite
import Synchronization

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The staging folder as files arrive, through the C library: one `open`/`write`/`close`
/// per file (a page's own folder made just before it), from any core at once; Foundation's
/// URLs, `Data` and its directory checks cost more than the writing.
final class StagingFolder: Sendable {
    struct Counts {
        var files = 0
        var pages = 0
        /// The first failure; nothing more is written after it.
        var problem: String?
    }

    let root: String
    let contentFolder: URL
    private let counts = Mutex(Counts())

    init(root: String, contentFolder: URL) {
        self.root = root
        self.contentFolder = contentFolder
    }

    var result: Counts { counts.withLock { $0 } }

    /// Writes `file` below the root (a copy for `.copy`), making its folders as needed.
    func write(_ file: OutputFile) {
        guard counts.withLock({ $0.problem == nil }) else { return }
        let path = root + "/" + file.path
        var problem: String?
        switch file.body {
        case .bytes(let bytes):
            // A page's index.html sits in a folder of its own: make it first rather than fail once.
            if file.path.hasSuffix("/index.html") { Self.makeFolder(containing: path) }
            var code = Self.writeFile(bytes, to: path)
            if code == ENOENT {
                Self.makeFolder(containing: path)
                code = Self.writeFile(bytes, to: path)
            }
            if code != 0 { problem = "\(file.path)：\(IOErrorText.describe(errno: code))" }
        case .copy(let contentPath):
            Self.makeFolder(containing: path)
            do {
                try FileManager.default.copyItem(
                    at: contentFolder.appendingPathComponent(contentPath), to: URL(fileURLWithPath: path))
            } catch {
                problem = "\(file.path)：\(IOErrorText.describe(error))"
            }
        }
        counts.withLock { counts in
            if let problem {
                if counts.problem == nil { counts.problem = problem }
            } else {
                counts.files += 1
                if file.path.hasSuffix("index.html") { counts.pages += 1 }
            }
        }
    }

    /// Makes the folder `path` is in, and its parents, unless they exist (`mkdir -p`).
    private static func makeFolder(containing path: String) {
        guard let slash = path.utf8.lastIndex(of: UInt8(ascii: "/")) else { return }
        let folder = String(path[..<slash])
        if mkdir(folder, 0o777) == 0 || errno == EEXIST { return }
        guard errno == ENOENT else { return }  // the write that follows reports the problem
        makeFolder(containing: folder)
        _ = mkdir(folder, 0o777)
    }

    /// Creates (or truncates) the file at `path` with `bytes`; 0 or the errno.
    private static func writeFile(_ bytes: [UInt8], to path: String) -> Int32 {
        let descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o666)
        guard descriptor >= 0 else { return errno }
        var written = 0
        while written < bytes.count {
            let result = bytes.withUnsafeBufferPointer { buffer in
                posixWrite(descriptor, buffer.baseAddress! + written, buffer.count - written)
            }
            if result < 0 {
                if errno == EINTR { continue }
                let code = errno
                close(descriptor)
                return code
            }
            written += result
        }
        return close(descriptor) == 0 ? 0 : errno
    }
}

/// The C library's `write` (inside `OutputWriter` the name means its own method).
private func posixWrite(_ descriptor: Int32, _ buffer: UnsafeRawPointer, _ count: Int) -> Int {
    write(descriptor, buffer, count)
}
