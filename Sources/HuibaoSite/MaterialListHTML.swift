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
        append("<ul class=\"materials\">\n", to: &out)
        for kind in values.kinds {
            append("<li><span class=\"material-kind\">", to: &out)
            HTMLEscaping.append(kind.kind, escaped: true, into: &out)
            append("</span>", to: &out)
            if !values.published {
                append("（", to: &out)
                out.append(contentsOf: String(kind.count).utf8)
                append(" 份）", to: &out)
            }
            for file in kind.files {
                out.append(UInt8(ascii: " "))
                if file.href.isEmpty {
                    HTMLEscaping.append(file.name, escaped: true, into: &out)
                    if file.absent { append("（文件缺失）", to: &out) }
                } else if file.thumb.isEmpty {
                    append("<a href=\"", to: &out)
                    HTMLEscaping.append(file.href, escaped: true, into: &out)
                    append("\">", to: &out)
                    HTMLEscaping.append(file.name, escaped: true, into: &out)
                    append("</a>", to: &out)
                } else {
                    append("<a href=\"", to: &out)
                    HTMLEscaping.append(file.href, escaped: true, into: &out)
                    append("\"><img class=\"material-thumb\" src=\"", to: &out)
                    HTMLEscaping.append(file.thumb, escaped: true, into: &out)
                    append("\" alt=\"", to: &out)
                    HTMLEscaping.append(kind.kind, escaped: true, into: &out)
                    append("：", to: &out)
                    HTMLEscaping.append(file.name, escaped: true, into: &out)
                    append("\" loading=\"lazy\"></a>", to: &out)
                }
            }
            append("</li>\n", to: &out)
        }
        append("</ul>\n", to: &out)
        return out
    }

    /// A literal's bytes appended as one copy (a `String`'s `utf8` view is appended byte by byte).
    @inline(__always)
    static func append(_ literal: StaticString, to out: inout [UInt8]) {
        out.append(contentsOf: UnsafeBufferPointer(start: literal.utf8Start, count: literal.utf8CodeUnitCount))
    }
}
