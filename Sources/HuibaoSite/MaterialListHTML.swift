/// A write-up page's evidence list (佐证材料) as the default `material-list.mustache` renders
/// it from `PageRenderer.MaterialValues` — byte for byte, empty text counting as absent as the
/// fast templates take it — written straight into bytes: the template's sections and lookups
/// per file were a write-up page's dearest part at the bench (two files on each of 10,000 pages).
/// Used only when `activity` and `material-list` are both the defaults (`TemplateSet`).
enum MaterialListHTML {
    /// The context key the default `material-list` reads the bytes from.
    static let contextKey = "materialListHTML"

    static func bytes(_ values: PageRenderer.MaterialValues) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(64 + values.kinds.count * 400)
        out.append(contentsOf: "<ul class=\"materials\">\n".utf8)
        for kind in values.kinds {
            out.append(contentsOf: "<li><span class=\"material-kind\">".utf8)
            HTMLEscaping.append(kind.kind, escaped: true, into: &out)
            out.append(contentsOf: "</span>".utf8)
            if !values.published {
                out.append(contentsOf: "（".utf8)
                out.append(contentsOf: String(kind.count).utf8)
                out.append(contentsOf: " 份）".utf8)
            }
            for file in kind.files {
                out.append(UInt8(ascii: " "))
                if file.href.isEmpty {
                    HTMLEscaping.append(file.name, escaped: true, into: &out)
                    if file.absent { out.append(contentsOf: "（文件缺失）".utf8) }
                } else if file.thumb.isEmpty {
                    out.append(contentsOf: "<a href=\"".utf8)
                    HTMLEscaping.append(file.href, escaped: true, into: &out)
                    out.append(contentsOf: "\">".utf8)
                    HTMLEscaping.append(file.name, escaped: true, into: &out)
                    out.append(contentsOf: "</a>".utf8)
                } else {
                    out.append(contentsOf: "<a href=\"".utf8)
                    HTMLEscaping.append(file.href, escaped: true, into: &out)
                    out.append(contentsOf: "\"><img class=\"material-thumb\" src=\"".utf8)
                    HTMLEscaping.append(file.thumb, escaped: true, into: &out)
                    out.append(contentsOf: "\" alt=\"".utf8)
                    HTMLEscaping.append(kind.kind, escaped: true, into: &out)
                    out.append(contentsOf: "：".utf8)
                    HTMLEscaping.append(file.name, escaped: true, into: &out)
                    out.append(contentsOf: "\" loading=\"lazy\"></a>".utf8)
                }
            }
            out.append(contentsOf: "</li>\n".utf8)
        }
        out.append(contentsOf: "</ul>\n".utf8)
        return out
    }
}
