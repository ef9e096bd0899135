import Foundation
import HuibaoModel
import HuibaoSite

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The archive's entries on disk: the layout's files with each evidence file resolved inside
/// `Content/`, every folder, and `SHA256SUMS` (every other file's SHA-256, sorted by path,
/// in `sha256sum -c` format), all relative to the top folder.
enum ArchiveFiles {
    static func resolve(_ layout: ArchiveLayout, contentFolder: URL) throws(ArchiveBuilder.Failure) -> [ArchiveFile] {
        guard let content = realPath(contentFolder.path) else {
            throw ArchiveBuilder.Failure(message: "找不到 \(contentFolder.path)")
        }
        // The second line of defence behind ArchiveName: every path stays inside the top folder
        // and every segment is a legal name everywhere.
        for path in layout.folders + layout.files.map(\.path) + [layout.top] where !isSafe(path) {
            throw ArchiveBuilder.Failure(message: "档案中的路径“\(path)”不安全（有空的一段、“.”“..”或 Windows 不允许的名字），没有生成档案")
        }
        var files = layout.folders.map { ArchiveFile(path: $0, body: .folder) }
        var sums: [(path: String, hex: String)] = []
        for file in layout.files {
            switch file.body {
            case .bytes(let bytes):
                files.append(ArchiveFile(path: file.path, body: .bytes(bytes)))
                sums.append((file.path, SHA256Digest.hex(of: bytes)))
            case .copy(let contentPath):
                guard let resolved = realPath(content + "/" + contentPath), resolved.hasPrefix(content + "/") else {
                    throw ArchiveBuilder.Failure(
                        message: "Content/\(contentPath) 不存在，或是指向 Content/ 之外的链接；没有生成档案")
                }
                files.append(ArchiveFile(path: file.path, body: .copy(resolved)))
                sums.append((file.path, try digest(ofFile: resolved, shown: "Content/" + contentPath)))
            }
        }
        sums.sort { $0.path.utf8.lexicographicallyPrecedes($1.path.utf8) }
        let text = sums.map { "\($0.hex)  \($0.path)\n" }.joined()
        files.append(ArchiveFile(path: ArchiveLayout.checksums, body: .bytes(Array(text.utf8))))
        return files
    }

    /// A relative path that `OutputPath` accepts, each segment legal on every system.
    static func isSafe(_ path: String) -> Bool {
        OutputPath.isSafe(path) && path.split(separator: "/", omittingEmptySubsequences: false).allSatisfy {
            ArchiveName.isLegal(String($0))
        }
    }

    /// The SHA-256 of a regular file, read in chunks.
    static func digest(ofFile path: String, shown: String) throws(ArchiveBuilder.Failure) -> String {
        let reader: FileChunks
        do {
            reader = try FileChunks(path)
        } catch {
            throw ArchiveBuilder.Failure(message: error.message.replacingOccurrences(of: path, with: shown))
        }
        defer { reader.close() }
        var digest = SHA256Digest()
        var offset: Int64 = 0
        while offset < reader.size {
            let chunk: Data
            do {
                chunk = try reader.read(at: offset, count: Int(min(1 << 20, reader.size - offset)))
            } catch {
                throw ArchiveBuilder.Failure(message: error.message.replacingOccurrences(of: path, with: shown))
            }
            if chunk.isEmpty { break }
            chunk.withUnsafeBytes { digest.update($0) }
            offset += Int64(chunk.count)
        }
        return digest.hex()
    }

    /// The path with every link resolved, nil when it does not exist.
    static func realPath(_ path: String) -> String? {
        guard let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }
}
