import HuibaoModel

/// Which evidence files (佐证材料) a site carries: on the team's site every existing file of
/// every write-up that has a page there, with a thumbnail for each image; never on any other
/// audience's site (sign-in sheets carry names and phone numbers).
public enum MaterialFiles {
    /// Paths relative to `Content/`, sorted, each once.
    public static func published(_ content: SiteContent, audience: Audience) -> [String] {
        guard case .team(let drafts) = audience else { return [] }
        var paths = Set<String>()
        for activity in content.activities where !activity.materials.isEmpty && (drafts || !activity.isDraft) {
            for file in activity.materials where file.exists { paths.insert(file.path) }
        }
        return paths.sorted()
    }

    /// Whether the file gets a thumbnail: a JPEG or PNG by its extension.
    public static func isImage(_ path: String) -> Bool {
        let lower = path.lowercased()
        return lower.hasSuffix(".jpg") || lower.hasSuffix(".jpeg") || lower.hasSuffix(".png")
    }
}
