import Foundation
import HuibaoContent
import HuibaoModel

/// Reads the images write-ups show, for reports that embed them as `data:` URIs.
enum MediaLoader {
    static func load(_ content: SiteContent, source: URL) -> [String: [UInt8]] {
        let folder = source.appendingPathComponent("Content", isDirectory: true)
        var result: [String: [UInt8]] = [:]
        for path in Set(content.activities.flatMap(\.body.media)).sorted() {
            // Only a regular file's contents: a FIFO or device is never waited on (finding 20).
            if case .success(let bytes) = RegularFile.read(folder.appendingPathComponent(path).path) {
                result[path] = bytes
            }
        }
        return result
    }
}
