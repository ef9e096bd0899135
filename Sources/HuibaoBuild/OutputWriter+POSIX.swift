import Foundation
import HuibaoModel
import HuibaoSite

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Writing the rendered files into the staging folder through the C library: every folder
/// made once, parents first, then one `open`/`write`/`close` per file, spread over the
/// cores (Foundation's URLs, `Data` and its directory checks cost more than the writing).
extension OutputWriter {
    /// Writes `files` below `staging` (an existing, empty folder).
    static func writeFiles(_ files: [OutputFile], into staging: String, contentFolder: URL) throws(Failure) {
        var folders: Set<String> = []
        for file in files {
            var path = Substring(file.path)
            while let slash = path.lastIndex(of: "/") {
                path = path[..<slash]
                guard folders.insert(String(path)).inserted else { break }
            }
        }
        // Level by level (a folder's parent exists before it), each level on all cores.
        let levels = Dictionary(grouping: folders) { $0.utf8.reduce(0) { $1 == UInt8(ascii: "/") ? $0 + 1 : $0 } }
        for level in levels.keys.sorted() {
            let made = Parallel.map(levels[level]!.sorted()) { folder -> String? in
                guard mkdir(staging + "/" + folder, 0o777) != 0 else { return nil }
                let code = errno
                return code == EEXIST ? nil : "\(folder)：\(String(cString: strerror(code)))"
            }
            if let problem = made.first(where: { $0 != nil }) {
                throw Failure(message: "写入输出文件夹失败：\(problem!)")
            }
        }
        let problems = Parallel.map(files) { file -> String? in
            switch file.body {
            case .bytes(let bytes):
                let code = writeFile(bytes, to: staging + "/" + file.path)
                return code == 0 ? nil : "\(file.path)：\(String(cString: strerror(code)))"
            case .copy:
                return nil
            }
        }
        if let problem = problems.first(where: { $0 != nil }) {
            throw Failure(message: "写入输出文件夹失败：\(problem!)")
        }
        do {
            for file in files {
                guard case .copy(let contentPath) = file.body else { continue }
                try FileManager.default.copyItem(
                    at: contentFolder.appendingPathComponent(contentPath),
                    to: URL(fileURLWithPath: staging + "/" + file.path))
            }
        } catch {
            throw Failure(message: "写入输出文件夹失败：\(error.localizedDescription)")
        }
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
