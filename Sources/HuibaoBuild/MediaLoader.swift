import Foundation
import HuibaoModel

/// Reads the images write-ups show, for reports that embed them as `data:` URIs.
enum MediaLoader {
    static func load(_ content: SiteContent, source: URL) -> [String: [UInt8]] {
        let folder = source.appendingPathComponent("Content", isDirectory: true)
        var result: [String: [UInt8]] = [:]
        for path in Set(content.activities.flatMap(\.body.media)).sorted() {
            if let data = FileManager.default.contents(atPath: folder.appendingPathComponent(path).path) {
                result[path] = [UInt8](data)
            }
        }
        return result
    }
}
