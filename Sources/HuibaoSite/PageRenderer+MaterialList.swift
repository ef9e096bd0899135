import HuibaoModel

extension PageRenderer {
    /// A write-up page's 佐证材料 for the default templates: the values the page reads
    /// (`kinds` left empty: the list is not rendered from them) and the list written straight
    /// into bytes from the unit's files — byte for byte what `material-list.mustache` renders
    /// from `materialValues`, without a name, link and thumbnail string per file (two files on
    /// each of 10,000 pages at the bench; `MaterialListNativeTests`).
    func nativeMaterialList(activity: Activity, from path: SitePath) -> (values: MaterialValues, html: [UInt8]) {
        guard let units = materialUnits else { return (MaterialValues(), []) }
        let index = units.position(of: .activity(slug: activity.slug))
        let groups = index.map { units.units[$0].files } ?? MaterialUnits.grouped(activity.materials, kinds: [])
        let missing = index.map { units.missing(at: $0) } ?? []
        guard !groups.isEmpty || !missing.isEmpty else { return (MaterialValues(), []) }
        let values = MaterialValues(
            has: true, kinds: [], published: isTeam,
            missing: missing.isEmpty ? "" : "缺：" + missing.joined(separator: "、"),
            complete: index.map { missing.isEmpty && !units.units[$0].needed.isEmpty } ?? false)
        // (Read once per page: the build fills them in once its links are done.)
        let thumbnails = materialThumbnails
        // `../` up to the root and `materials/`: the start of every plain file's link on the page.
        var linkPrefix: [UInt8] = []
        linkPrefix.reserveCapacity(3 * max(0, path.depth) + 10)
        for _ in 0..<max(0, path.depth) { MaterialListHTML.append("../", to: &linkPrefix) }
        MaterialListHTML.append("materials/", to: &linkPrefix)
        var out: [UInt8] = []
        out.reserveCapacity(64 + groups.count * 400)
        MaterialListHTML.append("<ul class=\"materials\">\n", to: &out)
        for group in groups {
            MaterialListHTML.append("<li><span class=\"material-kind\">", to: &out)
            HTMLEscaping.escape(group.kind, into: &out)
            MaterialListHTML.append("</span>", to: &out)
            if !isTeam {
                MaterialListHTML.append("（", to: &out)
                out.append(contentsOf: String(group.files.count(where: \.exists)).utf8)
                MaterialListHTML.append(" 份）", to: &out)
            } else {
                for file in group.files {
                    appendMaterialFile(
                        file, kind: group.kind, from: path, linkPrefix: linkPrefix, thumbnails: thumbnails, into: &out)
                }
            }
            MaterialListHTML.append("</li>\n", to: &out)
        }
        MaterialListHTML.append("</ul>\n", to: &out)
        return (values, out)
    }

    /// One file of the list: its name (a missing file), or its link with the name or the
    /// image's thumbnail — as the template renders a `MaterialValues.File`.
    private func appendMaterialFile(
        _ file: MaterialFile, kind: String, from path: SitePath, linkPrefix: [UInt8], thumbnails: Set<String>,
        into out: inout [UInt8]
    ) {
        out.append(UInt8(ascii: " "))
        guard file.exists else {
            escapeFileName(of: file.path, into: &out)
            MaterialListHTML.append("（文件缺失）", to: &out)
            return
        }
        let isImage = MaterialFiles.isImage(file.path)
        let thumbnail = isImage && !thumbnails.isEmpty && thumbnails.contains(file.path)
        MaterialListHTML.append("<a href=\"", to: &out)
        let linkStart = out.count
        appendMaterialLink(file.path, from: path, linkPrefix: linkPrefix, into: &out)
        guard isImage else {
            MaterialListHTML.append("\">", to: &out)
            escapeFileName(of: file.path, into: &out)
            MaterialListHTML.append("</a>", to: &out)
            return
        }
        let linkLength = out.count - linkStart
        MaterialListHTML.append("\"><img class=\"material-thumb\" src=\"", to: &out)
        if thumbnail {
            HTMLEscaping.escape(Routes.materialThumbnail(file.path).link(from: path), into: &out)
        } else {
            // The image is its own thumbnail: its link again, copied within `out` (a slice of
            // `out` appended to itself would copy the whole page's bytes).
            let copyStart = out.count
            out.append(contentsOf: repeatElement(0, count: linkLength))
            out.withUnsafeMutableBufferPointer { bytes in
                (bytes.baseAddress! + copyStart).update(from: bytes.baseAddress! + linkStart, count: linkLength)
            }
        }
        MaterialListHTML.append("\" alt=\"", to: &out)
        HTMLEscaping.escape(kind, into: &out)
        MaterialListHTML.append("：", to: &out)
        escapeFileName(of: file.path, into: &out)
        MaterialListHTML.append("\" loading=\"lazy\"></a>", to: &out)
    }

    /// `Routes.materialLink(contentPath, from: path)` HTML-escaped onto `out`. A plain path's link is written as it is made: percent-encoded, it holds only
    /// letters, digits, `-._~`, `%` and `/`, which escaping leaves alone. `linkPrefix` is `../`
    /// up to the root of `path` and `materials/`.
    private func appendMaterialLink(
        _ contentPath: String, from path: SitePath, linkPrefix: [UInt8], into out: inout [UInt8]
    ) {
        if SitePath.isPlain(contentPath) {
            out.append(contentsOf: linkPrefix)
            SitePath.appendPercentEncoded(contentPath, keepingSlashes: true, to: &out)
        } else {
            HTMLEscaping.escape(Routes.materialLink(contentPath, from: path), into: &out)
        }
    }

    /// The last segment of `contentPath` (`PageRenderer.fileName`), HTML-escaped onto `out`.
    private func escapeFileName(of contentPath: String, into out: inout [UInt8]) {
        // The name's bytes as they are when nothing in them needs escaping (a name's usual case).
        let appended = contentPath.withUTF8Bytes { bytes -> Bool in
            var start = bytes.count
            while start > 0 && bytes[start - 1] != UInt8(ascii: "/") { start -= 1 }
            let name = UnsafeBufferPointer(rebasing: bytes[start...])
            guard !HTMLEscaping.needsEscaping(name) else { return false }
            out.append(contentsOf: name)
            return true
        }
        guard !appended else { return }
        HTMLEscaping.escape(Self.fileName(contentPath), into: &out)
    }
}
