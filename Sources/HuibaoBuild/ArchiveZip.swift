import Foundation
import HuibaoModel
import ZIPFoundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The evaluation archive as one deterministic zip (documents.md "The archive"), written with
/// ZIPFoundation: entries sorted by the UTF-8 bytes of their path, a directory entry for every
/// folder, every entry dated the as-of day at 00:00 UTC (ZIPFoundation turns a `Date` into DOS
/// time through `gmtime`, so the time zone never shows), deflate at zlib's default level for
/// files, permissions 0644 and 0755, UTF-8 names (flag bit 11), Zip64 only when sizes need it,
/// no other extra field. The same entries and day give the same bytes.
enum ArchiveZip {
    /// A failure while writing, in Chinese.
    struct Failure: Error, Sendable {
        var message: String
    }

    /// Every entry of `files` plus a directory entry for each folder on their paths, in the
    /// zip's order (folders as `path/`, sorted by the UTF-8 bytes of the path).
    static func ordered(_ files: [ArchiveFile]) -> [ArchiveFile] {
        var folders = Set<String>()
        var entries: [ArchiveFile] = []
        for file in files {
            var parts = file.path.split(separator: "/", omittingEmptySubsequences: false).dropLast()
            while !parts.isEmpty {
                folders.insert(parts.joined(separator: "/") + "/")
                parts = parts.dropLast()
            }
            if case .folder = file.body { folders.insert(file.path + "/") } else { entries.append(file) }
        }
        entries += folders.map { ArchiveFile(path: $0, body: .folder) }
        return entries.sorted { $0.path.utf8.lexicographicallyPrecedes($1.path.utf8) }
    }

    /// The `Date` ZIPFoundation is given for `day`: its 00:00 UTC.
    static func timestamp(_ day: Day) -> Date {
        Date(timeIntervalSince1970: TimeInterval(day.ordinal) * 86_400)
    }

    /// Writes the zip of `files` to `path` (a new file; the caller renames it into place).
    static func write(_ files: [ArchiveFile], day: Day, to path: String) throws(Failure) {
        let archive: Archive
        do {
            archive = try Archive(url: URL(fileURLWithPath: path), accessMode: .create)
        } catch {
            throw Failure(message: "无法创建 \(path)：\(IOErrorText.describe(error))")
        }
        let date = timestamp(day)
        for file in ordered(files) {
            let entryPath = file.path
            do {
                switch file.body {
                case .bytes(let bytes):
                    let data = Data(bytes)
                    try archive.addEntry(
                        with: entryPath, type: .file, uncompressedSize: Int64(data.count), modificationDate: date,
                        permissions: 0o644, compressionMethod: .deflate,
                        provider: { position, size in data.subdata(in: Int(position)..<Int(position) + size) })
                case .copy(let source):
                    let reader = try FileChunks(source)
                    defer { reader.close() }
                    try archive.addEntry(
                        with: entryPath, type: .file, uncompressedSize: reader.size, modificationDate: date,
                        permissions: 0o644, compressionMethod: .deflate,
                        provider: { position, size in try reader.read(at: position, count: size) })
                case .folder:
                    try archive.addEntry(
                        with: entryPath, type: .directory, uncompressedSize: Int64(0), modificationDate: date,
                        permissions: 0o755, provider: { _, _ in Data() })
                }
            } catch let failure as Failure {
                throw failure
            } catch {
                throw Failure(message: "无法写入 \(path) 中的 \(entryPath)：\(IOErrorText.describe(error))")
            }
        }
    }
}

/// One entry of the archive: a folder (its path without the trailing `/`), bytes, or a
/// regular file copied as it is (an absolute path).
struct ArchiveFile: Sendable {
    enum Body: Sendable {
        case folder
        case bytes([UInt8])
        case copy(String)
    }

    var path: String
    var body: Body
}

/// A regular file read in chunks at given offsets (never a FIFO or device: opened without
/// blocking and checked with `fstat`).
final class FileChunks {
    let descriptor: Int32
    let size: Int64
    let path: String

    init(_ path: String) throws(ArchiveZip.Failure) {
        self.path = path
        descriptor = open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK)
        guard descriptor >= 0 else {
            throw ArchiveZip.Failure(message: "无法读取 \(path)：\(IOErrorText.describe(errno: errno))")
        }
        var status = stat()
        guard fstat(descriptor, &status) == 0, status.st_mode & S_IFMT == S_IFREG else {
            Glibc.close(descriptor)
            throw ArchiveZip.Failure(message: "\(path) 不是普通文件（是文件夹、管道或设备），不能放进档案")
        }
        size = Int64(status.st_size)
    }

    func close() { _ = Glibc.close(descriptor) }

    /// `count` bytes from `offset` (fewer only at the end).
    func read(at offset: Int64, count: Int) throws(ArchiveZip.Failure) -> Data {
        var data = Data(count: count)
        var got = 0
        while got < count {
            let step = data.withUnsafeMutableBytes { pread(descriptor, $0.baseAddress! + got, count - got, off_t(offset) + off_t(got)) }
            if step < 0 && errno == EINTR { continue }
            if step < 0 {
                throw ArchiveZip.Failure(message: "无法读取 \(path)：\(IOErrorText.describe(errno: errno))")
            }
            if step == 0 { break }
            got += step
        }
        return got == count ? data : data.prefix(got)
    }
}
