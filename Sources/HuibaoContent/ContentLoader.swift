import Foundation
import HuibaoModel

/// Reads a source folder's `Content/` from disk into a `ContentSnapshot` (the only file
/// system access of content loading).
public enum ContentLoader {
    /// Why the content could not be read at all (the CLI exits with 2).
    public struct Failure: Error, Equatable, Sendable {
        public var message: String
    }

    /// - Parameter source: the source folder, which holds `Content/`.
    public static func load(source: URL) throws -> ContentSnapshot {
        let content = source.appendingPathComponent("Content", isDirectory: true).standardizedFileURL
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: content.path, isDirectory: &isDirectory), isDirectory.boolValue
        else {
            throw Failure(message: "在 \(source.path) 下找不到 Content/ 文件夹（用 --source 指定项目文件夹）")
        }
        let root = content.resolvingSymlinksInPath().path
        guard FileManager.default.isReadableFile(atPath: content.path) else {
            throw Failure(message: "无法读取 \(content.path)")
        }
        var parsed: [(path: String, full: String)] = []
        let contentPath = content.path  // (URL.path is slow on Linux: once, not per file)
        let found = entries(below: contentPath)
        // Reserved once: growing moves every name again.
        var allPaths = ContentPaths(minimumCapacity: found.count)
        var linksOutside: Set<String> = []
        var special: Set<String> = []
        for entry in found where entry.kind != .directory {
            let relative = entry.relative
            if let name = entry.name {
                guard !name.hidden else { continue }
                allPaths.insert(name.key)
                if name.parsed { parsed.append((name.key.text, contentPath + "/" + relative)) }
                continue
            }
            if entry.kind == .special {
                if !Self.isHidden(relative) { special.insert(relative.precomposedStringWithCanonicalMapping) }
                continue
            }
            if entry.kind == .symbolicLink {
                let full = contentPath + "/" + relative
                // A symlink counts only when it resolves inside Content/ (and not to a folder).
                var isDir: ObjCBool = false
                guard FileManager.default.fileExists(atPath: full, isDirectory: &isDir), !isDir.boolValue else {
                    continue
                }
                let resolved = URL(fileURLWithPath: full).resolvingSymlinksInPath().path
                guard resolved.hasPrefix(root + "/") else {
                    linksOutside.insert(relative.precomposedStringWithCanonicalMapping)
                    continue
                }
            }
            let path = Self.normalized(relative)
            if Self.isHidden(path) { continue }
            allPaths.insert(path)
            if ContentSnapshot.isParsed(path) { parsed.append((path, contentPath + "/" + relative)) }
        }
        // The files are read on all cores; the first that cannot be read stops loading.
        let read = Parallel.map(parsed) { file in contents(of: file.full) }
        var files: [ContentSnapshot.File] = []
        files.reserveCapacity(parsed.count)
        for (file, bytes) in zip(parsed, read) {
            switch bytes {
            case .success(let bytes):
                files.append(ContentSnapshot.File(path: file.path, bytes: bytes))
            case .failure(.notRegular):
                // A link to a FIFO or device: left out and named, like one that is there itself.
                allPaths.remove(file.path)
                special.insert(file.path)
            case .failure:
                throw Failure(message: "无法读取 \(file.full)")
            }
        }
        files.sort { $0.path < $1.path }
        var snapshot = ContentSnapshot(files: files, allPaths: allPaths, linksOutside: linksOutside)
        snapshot.specialFiles = special
        return snapshot
    }

    /// File names as typed on a Mac are decomposed (NFD); huibao's paths are NFC.
    static func normalized(_ relative: String) -> String {
        PathText.isNFC(relative) ? relative : relative.precomposedStringWithCanonicalMapping
    }

    /// Whether a name in `path` starts with "." (hidden files and folders are left out).
    static func isHidden(_ path: String) -> Bool {
        func scan(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
            var atNameStart = true
            for byte in bytes {
                if atNameStart && byte == UInt8(ascii: ".") { return true }
                atNameStart = byte == UInt8(ascii: "/")
            }
            return false
        }
        // (Over the bytes in place: iterating `utf8` cost several times more, for every name.)
        return path.withUTF8Bytes(scan)
    }
}
