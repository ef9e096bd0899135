import HuibaoModel

/// Which evidence files (佐证材料) a site carries: on the team's site every existing file of
/// every write-up that has a page there, with a downscaled thumbnail for each image over 64 KB
/// (a smaller image is its own thumbnail); never on any other audience's site (sign-in sheets
/// carry names and phone numbers).
public enum MaterialFiles {
    /// Paths relative to `Content/`, sorted, each once.
    public static func published(_ content: SiteContent, audience: Audience) -> [String] {
        guard case .team(let drafts) = audience else { return [] }
        var paths: [String] = []
        for activity in content.activities where !activity.materials.isEmpty && (drafts || !activity.isDraft) {
            for file in activity.materials where file.exists { paths.append(file.path) }
        }
        // By their UTF-8 bytes: the order of `String`'s `<` for these NFC paths (UTF-8 keeps the
        // order of code points), without its Unicode comparison, and no hashing into a set
        // (20,000 Chinese file names at the bench's 10,000 write-ups).
        paths.sort { $0.utf8.lexicographicallyPrecedes($1.utf8) }
        var unique: [String] = []
        unique.reserveCapacity(paths.count)
        for path in paths where unique.last.map({ !$0.utf8.elementsEqual(path.utf8) }) ?? true { unique.append(path) }
        return unique
    }

    /// Images up to this size (64 KB) are shown as they are: a thumbnail would not be smaller,
    /// so they get no `materials/_thumbs/` entry.
    public static let smallImageBytes = 64 * 1024

    /// Whether the file is shown as an image (a JPEG or PNG by its extension).
    public static func isImage(_ path: String) -> Bool {
        let lower = path.lowercased()
        return lower.hasSuffix(".jpg") || lower.hasSuffix(".jpeg") || lower.hasSuffix(".png")
    }
}
