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
        // `page.upLink + "materials/" + percentEncode(contentPath, keepingSlashes: true)`, its
        // bytes written once into the string's own storage.
        let depth = max(0, page.depth)
        let prefix: StaticString = "materials/"
        var path = contentPath
        return path.withUTF8 { bytes in
            String(unsafeUninitializedCapacity: depth * 3 + prefix.utf8CodeUnitCount + bytes.count * 3) { out in
                var count = 0
                for _ in 0..<depth {
                    out[count] = UInt8(ascii: ".")
                    out[count + 1] = UInt8(ascii: ".")
                    out[count + 2] = UInt8(ascii: "/")
                    count += 3
                }
                for index in 0..<prefix.utf8CodeUnitCount {
                    out[count] = prefix.utf8Start[index]
                    count += 1
                }
                return count + SitePath.percentEncode(bytes, keepingSlashes: true, into: out[count...])
            }
        }
    }

    /// The thumbnail of an evidence image: `materials/_thumbs/<path in Content/>.jpg`.
    public static func materialThumbnail(_ contentPath: String) -> SitePath {
        var parts = contentPath.split(separator: "/").map(String.init)
        if let last = parts.popLast() { parts.append(last + ".jpg") }
        return SitePath(["materials", "_thumbs"] + parts, isPage: false)
    }
}
