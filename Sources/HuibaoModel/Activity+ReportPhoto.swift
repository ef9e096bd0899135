extension Activity {
    /// The one photo a month report shows for this write-up (documents.md "The month"): its
    /// first `报告照片`, else its first body image, else its first 照片 evidence that exists and
    /// is an image; nil when it has none. A path relative to `Content/`.
    public var reportPhoto: String? {
        if let first = reportPhotos.first { return first }
        if let first = body.media.first(where: Self.isImagePath) { return first }
        return materials.first { $0.kind == Self.photoKind && $0.exists && Self.isImagePath($0.path) }?.path
    }

    /// The evidence kind whose files are photos.
    public static let photoKind = "照片"

    /// Image file extensions a report can embed.
    public static let imageExtensions: Set<String> = ["jpg", "jpeg", "png", "gif", "svg", "webp"]

    /// True when `path` names an image by its extension (case-insensitive).
    public static func isImagePath(_ path: String) -> Bool {
        guard let dot = path.lastIndex(of: "."), !path[dot...].contains("/") else { return false }
        return imageExtensions.contains(path[path.index(after: dot)...].lowercased())
    }
}
