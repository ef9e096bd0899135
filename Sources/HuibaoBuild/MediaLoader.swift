import Foundation
import HuibaoModel

/// Reads the images write-ups show, for reports that embed them as `data:` URIs: JPEG and PNG
/// photos downscaled for documents (`PhotoDownscaler`), other images as they are. The site
/// itself keeps the originals (it never reads them through here).
enum MediaLoader {
    static func load(_ content: SiteContent, source: URL) -> [String: [UInt8]] {
        let folder = source.appendingPathComponent("Content", isDirectory: true)
        let paths = Set(content.activities.flatMap(\.body.media)).sorted()
        let cache = PhotoCache.folder()
        // Decoding a phone photo takes tens of milliseconds: cached between runs, spread over the cores.
        let loaded = Parallel.map(paths) { path -> [UInt8]? in
            guard let data = FileManager.default.contents(atPath: folder.appendingPathComponent(path).path) else {
                return nil
            }
            // Copied in one go: `[UInt8](data)` walks a photo byte by byte in a debug build.
            let bytes = [UInt8](unsafeUninitializedCapacity: data.count) { buffer, count in
                count = data.copyBytes(to: buffer)
            }
            return PhotoCache.downscaled(bytes, folder: cache) ?? bytes
        }
        var result: [String: [UInt8]] = [:]
        for (path, bytes) in zip(paths, loaded) where bytes != nil { result[path] = bytes }
        return result
    }
}
