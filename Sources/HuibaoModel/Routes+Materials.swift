extension Routes {
    /// An evidence file (佐证材料) copied into the team's site: `materials/<path in Content/>`.
    public static func material(_ contentPath: String) -> SitePath {
        SitePath(["materials"] + contentPath.split(separator: "/").map(String.init), isPage: false)
    }

    /// `material(contentPath).outputFile` without splitting and joining the path again: a
    /// path with no empty segment is used as it is (the plan lists thousands of evidence files).
    public static func materialFile(_ contentPath: String) -> String {
        SitePath.isPlain(contentPath) ? "materials/" + contentPath : material(contentPath).outputFile
    }

    /// The thumbnail of an evidence image: `materials/_thumbs/<path in Content/>.jpg`.
    public static func materialThumbnail(_ contentPath: String) -> SitePath {
        var parts = contentPath.split(separator: "/").map(String.init)
        if let last = parts.popLast() { parts.append(last + ".jpg") }
        return SitePath(["materials", "_thumbs"] + parts, isPage: false)
    }
}
