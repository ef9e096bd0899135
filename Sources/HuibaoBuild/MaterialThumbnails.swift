import Foundation
import HuibaoContent
import HuibaoModel
import HuibaoSite

/// The thumbnails of the evidence images a team site links (佐证材料): each image over 64 KB made by the photo
/// library (`PhotoDownscaler`: upright, without EXIF, re-encoded) and cached between builds by a
/// hash of the original's bytes (`PhotoCache`); an image it cannot read is shown as it is.
public enum MaterialThumbnails {
    /// Emits one file per image at `Routes.materialThumbnail`, spread over the cores.
    static func emit(_ content: SiteContent, source: URL, audience: Audience, _ emit: @Sendable (OutputFile) -> Void) {
        let paths = MaterialFiles.published(content, audience: audience).filter(MaterialFiles.isImage)
        guard !paths.isEmpty else { return }
        let folder = source.appendingPathComponent("Content", isDirectory: true)
        let cache = PhotoCache.folder()
        _ = Parallel.map(paths) { path -> Bool in
            let output = Routes.materialThumbnail(path).outputFile
            // A small image is its own thumbnail: linked like the original, never read nor decoded.
            var info = stat()
            if stat(folder.appendingPathComponent(path).path, &info) == 0, Int(info.st_size) <= smallImageBytes {
                emit(OutputFile(path: output, body: .copy(contentPath: path)))
                return true
            }
            // Only a regular file's contents: a FIFO or device is never waited on.
            if case .success(let bytes) = RegularFile.read(folder.appendingPathComponent(path).path),
                let thumbnail = PhotoCache.downscaled(bytes, folder: cache)
            {  // the preview makes the same bytes: `thumbnail(_:)`
                emit(OutputFile(path: output, body: .bytes(thumbnail)))
            } else {
                emit(OutputFile(path: output, body: .copy(contentPath: path)))
            }
            return true
        }
    }

    /// Whether an output path is a thumbnail (`materials/_thumbs/…`), for the preview.
    public static func isThumbnail(_ outputPath: String) -> Bool { outputPath.hasPrefix("materials/_thumbs/") }

    /// Images up to this size (64 KB) are shown as they are: a thumbnail would not be smaller.
    static let smallImageBytes = 64 * 1024

    /// The thumbnail of an original's bytes, as a build writes it (the original when it is small
    /// or cannot be read).
    public static func thumbnail(_ bytes: [UInt8]) -> [UInt8] {
        guard bytes.count > smallImageBytes else { return bytes }
        return PhotoCache.downscaled(bytes, folder: PhotoCache.folder()) ?? bytes
    }
}
