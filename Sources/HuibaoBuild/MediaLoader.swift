import Foundation
import HuibaoContent
import HuibaoModel

/// Reads the images write-ups show, for reports that embed them as `data:` URIs: JPEG and PNG
/// photos downscaled for documents (`PhotoDownscaler`), other images as they are. The site
/// itself keeps the originals (it never reads them through here). The one loader of report
/// images: `build`, `report` and the preview's reports all read them through `forReports`.
public enum MediaLoader {
    /// The images reports embed: photos downscaled, text media (SVG) made safe and masked
    /// (`MediaReview.forReports`), by path in `Content/`.
    public static func forReports(_ content: SiteContent, source: URL) -> [String: [UInt8]] {
        forReports(content, source: source, review: MediaReview(content, source: source, audience: .evaluator))
    }

    /// The same, with the text media already prepared by `review`.
    static func forReports(_ content: SiteContent, source: URL, review: MediaReview) -> [String: [UInt8]] {
        load(content, source: source).merging(review.forReports) { $1 }
    }

    static func load(_ content: SiteContent, source: URL) -> [String: [UInt8]] {
        load(
            Set(content.activities.flatMap(\.body.media) + content.monthNotesInOrder.flatMap(\.media)).sorted(),
            content: content, source: source)
    }

    /// The images at `paths` (in `Content/`) for a document: photos downscaled, text media
    /// (SVG) made safe and masked, anything else as it is; a file that cannot be read is left out.
    static func load(_ paths: [String], content: SiteContent, source: URL) -> [String: [UInt8]] {
        let folder = source.appendingPathComponent("Content", isDirectory: true)
        let sanitize = !content.project.unsafeHTML
        let cache = PhotoCache.folder()
        // Decoding a phone photo takes tens of milliseconds: cached between runs, spread over the cores.
        let loaded = Parallel.map(paths) { path -> [UInt8]? in
            // Only a regular file's contents: a FIFO or device is never waited on (finding 20).
            guard case .success(let bytes) = RegularFile.read(folder.appendingPathComponent(path).path) else {
                return nil
            }
            if MediaReview.isText(path) {
                guard
                    case .bytes(let prepared) = MediaReview.prepare(
                        bytes, path: path, mask: true, sanitize: sanitize, keeping: content.project.publicPhones)
                else { return nil }
                return prepared
            }
            return PhotoCache.downscaled(bytes, folder: cache) ?? bytes
        }
        var result: [String: [UInt8]] = [:]
        for (path, bytes) in zip(paths, loaded) where bytes != nil { result[path] = bytes }
        return result
    }
}
