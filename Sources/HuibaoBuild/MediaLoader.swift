import Foundation
import HuibaoModel
import HuibaoPhotos

/// Reads the images write-ups show, for reports that embed them as `data:` URIs: JPEG and PNG
/// photos downscaled for documents (`PhotoDownscaler`), other images as they are. The site
/// itself keeps the originals (it never reads them through here).
enum MediaLoader {
    static func load(_ content: SiteContent, source: URL) -> [String: [UInt8]] {
        let folder = source.appendingPathComponent("Content", isDirectory: true)
        let paths = Set(content.activities.flatMap(\.body.media)).sorted()
        // Decoding a phone photo takes tens of milliseconds: spread them over the cores.
        let loaded = Parallel.map(paths) { path -> [UInt8]? in
            guard let data = FileManager.default.contents(atPath: folder.appendingPathComponent(path).path) else {
                return nil
            }
            let bytes = [UInt8](data)
            return PhotoDownscaler.downscale(bytes) ?? bytes
        }
        var result: [String: [UInt8]] = [:]
        for (path, bytes) in zip(paths, loaded) where bytes != nil { result[path] = bytes }
        return result
    }
}
