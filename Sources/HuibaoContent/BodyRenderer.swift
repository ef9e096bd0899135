import Foundation
import HuibaoModel

/// Renders a Markdown body for a page: HTML through cmark, 字数 over the rendered text,
/// local images checked and pointed at their copies under `/media/`, raw HTML reported.
struct BodyRenderer {
    var unsafeHTML: Bool
    /// Every regular file inside `Content/`, as paths relative to it.
    var contentFiles: ContentPaths
    /// Symlinks inside `Content/` that point outside it.
    var linksOutside: Set<String> = []

    /// - Parameters:
    ///   - file: the file as the user sees it (relative to the source folder), for diagnostics.
    ///   - contentPath: the same file relative to `Content/`, to resolve relative image paths.
    ///   - page: the page the HTML will be part of, so image links are relative to it.
    func render(
        _ body: String, firstLine: Int, file: String, contentPath: String, page: @autoclosure () -> SitePath,
        into reader: inout FieldReader
    ) -> RenderedBody {
        // Split only for bodies with images (most have none).
        var directoryParts: [String]?
        func directory() -> [String] {
            if let directoryParts { return directoryParts }
            let parts = contentPath.split(separator: "/").dropLast().map(String.init)
            directoryParts = parts
            return parts
        }
        let rendered = Markdown.render(body, unsafeHTML: unsafeHTML) { url in
            guard case .local(let path) = resolve(url, directory: directory()) else { return nil }
            return Routes.media(path).link(from: page())
        }
        var media: [String] = []
        for image in rendered.images {
            let position = SourcePosition(file: file, line: firstLine + image.line - 1, column: image.column)
            switch resolve(image.url, directory: directory()) {
            case .remote:
                break
            case .local(let path):
                if !media.contains(path) { media.append(path) }
            case .missing(let path):
                var message = "图片“\(image.url)”不存在（找的是 Content/\(path)）"
                if Self.isComputerPath(image.url) {
                    message = "图片“\(image.url)”是电脑上的路径，网站用不了：请把照片复制到 Content/assets/ 下，再写成 ![说明](../../assets/文件名.jpg)"
                }
                reader.error("image.missing", message, at: position)
            case .outside:
                reader.error("image.outside", "图片“\(image.url)”在 Content/ 之外；请把图片放到 Content/assets/ 下", at: position)
            }
        }
        if !unsafeHTML {
            for location in rendered.rawHTML {
                reader.warning(
                    "markdown.raw-html", "正文中有 HTML 标签，不会显示在网页上（如确需使用，请在 project.yml 中设置 允许原始HTML: 是）",
                    at: SourcePosition(file: file, line: firstLine + location.line - 1, column: location.column))
            }
        }
        return RenderedBody(
            htmlBytes: rendered.htmlBytes, characterCount: rendered.characterCount, media: media)
    }

    /// A path on someone's computer rather than in the project: `C:\…`, `D:/…`, `\\server\…`,
    /// `file://…` (pasted from Windows Explorer or a browser).
    static func isComputerPath(_ url: String) -> Bool {
        let bytes = Array(url.utf8.prefix(3))
        let isLetter = { (byte: UInt8) in (0x41...0x5A).contains(byte) || (0x61...0x7A).contains(byte) }
        if bytes.count == 3, isLetter(bytes[0]), bytes[1] == UInt8(ascii: ":"),
            bytes[2] == UInt8(ascii: "\\") || bytes[2] == UInt8(ascii: "/")
        {
            return true
        }
        return url.hasPrefix("\\\\") || url.lowercased().hasPrefix("file:")
    }

    enum Resolution: Equatable {
        case remote
        case local(String)
        case missing(String)
        case outside
    }

    /// Where an image URL points: a remote address, a file inside `Content/`, or a problem.
    func resolve(_ url: String, directory: [String]) -> Resolution {
        let lower = url.lowercased()
        if lower.hasPrefix("http://") || lower.hasPrefix("https://") || lower.hasPrefix("//")
            || lower.hasPrefix("data:")
        {
            return .remote
        }
        var path = url
        if let cut = path.firstIndex(where: { $0 == "?" || $0 == "#" }) { path = String(path[..<cut]) }
        if path.utf8.contains(UInt8(ascii: "%")) { path = path.removingPercentEncoding ?? path }
        let fromRoot = path.hasPrefix("/")
        guard let relative = Self.normalize((fromRoot ? [] : directory) + path.split(separator: "/").map(String.init))
        else {
            return .outside
        }
        if contentFiles.contains(relative) { return .local(relative) }
        if linksOutside.contains(relative) { return .outside }
        if !fromRoot, path.hasPrefix("assets/"),
            let underAssets = Self.normalize(path.split(separator: "/").map(String.init)),
            contentFiles.contains(underAssets)
        {
            return .local(underAssets)
        }
        return .missing(relative)
    }

    /// Resolves `.` and `..` lexically; nil when the path climbs out of `Content/`.
    static func normalize(_ parts: [String]) -> String? {
        var result: [String] = []
        for part in parts where part != "." && !part.isEmpty {
            if part == ".." {
                guard !result.isEmpty else { return nil }
                result.removeLast()
            } else {
                result.append(part)
            }
        }
        return result.joined(separator: "/")
    }

    /// `body` as `TextBlock`s for a document that is not HTML (the Word month report), its
    /// images resolved to paths in `Content/` (nil for remote or missing ones).
    func blocks(_ body: String, contentPath: String) -> [TextBlock] {
        let directory = contentPath.split(separator: "/").dropLast().map(String.init)
        return MarkdownBlocks.blocks(body) { url in
            guard case .local(let path) = resolve(url, directory: directory) else { return nil }
            return path
        }
    }
}
