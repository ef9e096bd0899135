import Foundation
import HuibaoContent
import HuibaoModel
import HuibaoSite

/// The thumbnails of the evidence images a team site links (佐证材料): each image over 64 KB made by the photo
/// library (`PhotoDownscaler`: upright, without EXIF, re-encoded) and cached between builds by a
/// hash of the original's bytes (`PhotoCache`); an image it cannot read is shown as it is.
public enum MaterialThumbnails {
    /// The file as the build writes it: a thumbnail the plan lists as a copy of its original
    /// (`materials/_thumbs/…`) becomes the downscaled image when the original is over 64 KB;
    /// every other file is returned as it is.
    static func prepared(_ file: OutputFile, contentFolder: URL) -> OutputFile {
        guard isThumbnail(file.path), case .copy(let path) = file.body else { return file }
        // A small image is its own thumbnail: linked like the original, never read nor decoded.
        var info = stat()
        let original = contentFolder.appendingPathComponent(path).path
        guard stat(original, &info) == 0, Int(info.st_size) > smallImageBytes else { return file }
        // Only a regular file's contents: a FIFO or device is never waited on.
        guard case .success(let bytes) = RegularFile.read(original),
            let thumbnail = PhotoCache.downscaled(bytes, folder: PhotoCache.folder())
        else { return file }
        return OutputFile(path: file.path, body: .bytes(thumbnail))
    }

    /// Whether an output path is a thumbnail (`materials/_thumbs/…`), for the preview.
    public static func isThumbnail(_ outputPath: String) -> Bool { outputPath.hasPrefix("materials/_thumbs/") }

    /// Images up to this size (64 KB) are shown as they are: a thumbnail would not be smaller.
    static let smallImageBytes = MaterialFiles.smallImageBytes

    /// The evidence images of the site that get a downscaled thumbnail (`materials/_thumbs/…`):
    /// those over 64 KB, by one `fstatat` each (on all cores), paths relative to `Content/`.
    /// Every other image is its own thumbnail on the page, so the site holds half the files.
    public static func needed(_ content: SiteContent, audience: Audience, contentFolder: URL) -> Set<String> {
        guard case .team(let drafts) = audience else { return [] }
        // The images `MaterialFiles.published` lists (one named twice is looked at twice).
        var images: [String] = []
        for activity in content.activities where !activity.materials.isEmpty && (drafts || !activity.isDraft) {
            for file in activity.materials where file.exists && MaterialFiles.isImage(file.path) { images.append(file.path) }
        }
        guard !images.isEmpty else { return [] }
        let folder = open(contentFolder.path, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard folder >= 0 else { return [] }
        defer { close(folder) }
        let large = Parallel.map(images) { path -> Bool in
            var info = stat()
            return fstatat(folder, path, &info, 0) == 0 && Int(info.st_size) > smallImageBytes
        }
        return Set(zip(images, large).lazy.filter(\.1).map(\.0))
    }

    /// The thumbnail of an original's bytes, as a build writes it (the original when it is small
    /// or cannot be read).
    public static func thumbnail(_ bytes: [UInt8]) -> [UInt8] {
        guard bytes.count > smallImageBytes else { return bytes }
        return PhotoCache.downscaled(bytes, folder: PhotoCache.folder()) ?? bytes
    }
}
