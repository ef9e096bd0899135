import Foundation
import HuibaoPhotos

/// Photos downscaled for documents, kept between runs by a hash of the original's bytes
/// (documents.md, "Photos": cached by content hash), in the user's cache folder: `$XDG_CACHE_HOME/huibao/photos`, else
/// `~/.cache/huibao/photos`. A cache that cannot be read or written only costs time.
enum PhotoCache {
    /// Part of every key: a change to how photos are downscaled makes new entries.
    static let version = "1600-q80-v1"

    static func folder(environment: [String: String] = ProcessInfo.processInfo.environment) -> URL? {
        if let cache = environment["XDG_CACHE_HOME"], cache.hasPrefix("/") {
            return URL(fileURLWithPath: cache).appendingPathComponent("huibao/photos", isDirectory: true)
        }
        guard let home = environment["HOME"], home.hasPrefix("/") else { return nil }
        return URL(fileURLWithPath: home).appendingPathComponent(".cache/huibao/photos", isDirectory: true)
    }

    /// The document version of `bytes` (nil when it is no JPEG or PNG huibao can read), from
    /// the cache when it is there.
    static func downscaled(_ bytes: [UInt8], folder: URL?) -> [UInt8]? {
        guard PhotoDownscaler.isJPEG(bytes) || PhotoDownscaler.isPNG(bytes) else { return nil }
        guard let folder else { return PhotoDownscaler.downscale(bytes) }
        let file = folder.appendingPathComponent("\(key(bytes)).jpg")
        if let cached = FileManager.default.contents(atPath: file.path) {
            let bytes = [UInt8](unsafeUninitializedCapacity: cached.count) { buffer, count in
                count = cached.copyBytes(to: buffer)
            }
            if PhotoDownscaler.isJPEG(bytes) { return bytes }
        }
        guard let result = PhotoDownscaler.downscale(bytes) else { return nil }
        // Written beside and renamed: a parallel run never reads half an entry.
        let temporary = folder.appendingPathComponent(".\(UUID().uuidString).tmp")
        if (try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)) != nil,
            (try? Data(result).write(to: temporary)) != nil, rename(temporary.path, file.path) != 0
        {
            try? FileManager.default.removeItem(at: temporary)
        }
        return result
    }

    /// The cache key: the bytes' checksums and count (`PhotoKey`), and the version.
    static func key(_ bytes: [UInt8]) -> String { PhotoKey.of(bytes) + "-" + version }
}
