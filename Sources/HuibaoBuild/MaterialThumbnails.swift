import Foundation
import HuibaoContent
import HuibaoModel
import HuibaoSite

/// The thumbnails of the evidence images a team site links (佐证材料): each made by the photo
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

    /// The thumbnail of an original's bytes, as a build writes it (the original when it cannot be read).
    public static func thumbnail(_ bytes: [UInt8]) -> [UInt8] {
        PhotoCache.downscaled(bytes, folder: PhotoCache.folder()) ?? bytes
    }
}
