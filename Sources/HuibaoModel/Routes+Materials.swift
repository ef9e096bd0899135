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

    /// `material(contentPath).link(from: page)` without splitting the path into segments: a
    /// path with no empty segment is percent-encoded in one pass, its slashes kept (each
    /// write-up page links its evidence files).
    public static func materialLink(_ contentPath: String, from page: SitePath) -> String {
        guard SitePath.isPlain(contentPath) else { return material(contentPath).link(from: page) }
        return page.upLink + "materials/" + SitePath.percentEncode(contentPath, keepingSlashes: true)
    }

    /// The thumbnail of an evidence image: `materials/_thumbs/<path in Content/>.jpg`.
    public static func materialThumbnail(_ contentPath: String) -> SitePath {
        var parts = contentPath.split(separator: "/").map(String.init)
        if let last = parts.popLast() { parts.append(last + ".jpg") }
        return SitePath(["materials", "_thumbs"] + parts, isPage: false)
    }
}
