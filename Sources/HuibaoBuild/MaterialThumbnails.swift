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
    /// (The preview's; a build learns the sizes from linking the files, `link(_:into:)`.)
    public static func needed(_ content: SiteContent, audience: Audience, contentFolder: URL) -> Set<String> {
        guard case .team(let drafts) = audience else { return [] }
        // The images `MaterialFiles.published` lists (one named twice is looked at twice).
        var found: [String] = []
        for activity in content.activities where !activity.materials.isEmpty && (drafts || !activity.isDraft) {
            for file in activity.materials where file.exists && MaterialFiles.isImage(file.path) {
                found.append(file.path)
            }
        }
        let images = found
        guard !images.isEmpty else { return [] }
        let content = open(contentFolder.path, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard content >= 0 else { return [] }
        defer { close(content) }
        // Consecutive images in one folder (a write-up's, a month's) are looked at through the
        // folder's descriptor, by name: a one-name lookup each instead of the whole path's.
        var runs: [Range<Int>] = []
        var start = 0
        // (Runs of at most 256, so one big folder still spreads over the cores.)
        for index in images.indices.dropFirst()
        where index - start == 256 || folder(of: images[index]) != folder(of: images[start]) {
            runs.append(start..<index)
            start = index
        }
        runs.append(start..<images.count)
        let large = Parallel.map(runs) { run -> [Bool] in
            let base = folder(of: images[run.lowerBound])
            let nameStart = base.utf8.count + 1
            let descriptor = base.isEmpty ? -1 : openat(content, String(base), O_RDONLY | O_DIRECTORY | O_CLOEXEC)
            defer { if descriptor >= 0 { close(descriptor) } }
            return images[run].map { path -> Bool in
                var info = stat()
                let found =
                    descriptor >= 0
                    ? fstatat(descriptor, String(Substring(path.utf8.dropFirst(nameStart))), &info, 0)
                    : fstatat(content, path, &info, 0)
                return found == 0 && Int(info.st_size) > smallImageBytes
            }
        }.flatMap { $0 }
        return Set(zip(images, large).lazy.filter(\.1).map(\.0))
    }

    /// Links the site's evidence files (`MaterialFiles.publishedByOrigin`) into the staging
    /// folder on all cores, before the plan, and returns the write-up images among them over
    /// 64 KB — those that get a thumbnail — by the size the link's own check read (no second
    /// look at each of 20,000 files, as `needed` takes). The preview, which links nothing,
    /// uses `needed`.
    static func link(_ published: (paths: [String], fromWriteUps: Int), into folder: StagingFolder) -> Set<String> {
        let paths = published.paths
        guard !paths.isEmpty else { return [] }
        // Runs of 256 files (a folder's files are mostly together), handed out from the two
        // halves in turn so that the cores seldom link into one folder (and wait on its lock).
        let runs = stride(from: 0, to: paths.count, by: 256).map { $0..<min(paths.count, $0 + 256) }
        let half = (runs.count + 1) / 2
        let order = (0..<half).flatMap { index in index + half < runs.count ? [index, index + half] : [index] }
        let large = Parallel.map(order) { run -> [Int] in
            var found: [Int] = []
            for (index, size) in zip(runs[run], folder.linkMaterials(paths[runs[run]])) {
                if index < published.fromWriteUps, let size, size > smallImageBytes, MaterialFiles.isImage(paths[index])
                {
                    found.append(index)
                }
            }
            return found
        }
        return Set(large.joined().map { paths[$0] })
    }

    /// The folder part of a path (`activities/2025-06` of `activities/2025-06/签到表.jpg`), "" for none.
    private static func folder(of path: String) -> Substring {
        guard let slash = path.utf8.lastIndex(of: UInt8(ascii: "/")) else { return "" }
        return path[..<slash]
    }

    /// The thumbnail of an original's bytes, as a build writes it (the original when it is small
    /// or cannot be read).
    public static func thumbnail(_ bytes: [UInt8]) -> [UInt8] {
        guard bytes.count > smallImageBytes else { return bytes }
        return PhotoCache.downscaled(bytes, folder: PhotoCache.folder()) ?? bytes
    }
}
