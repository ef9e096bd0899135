import Foundation
import HuibaoModel

/// Images inside a self-contained document (the evaluator report, the month report): marked
/// `src="huibao-embed:<path>"` while the text is masked, then filled in as `data:` URIs.
enum EmbeddedImages {
    /// What stands for an embedded image until the page is masked: personal data is masked in
    /// the text, never inside an image's bytes (which masking would corrupt, and scan for seconds).
    static let marker = "huibao-embed:"

    /// `html` with every `src="huibao-embed:<path>"` replaced by the image's `data:` URI from
    /// `media` (by path in `Content/`), in one pass; a path without bytes keeps its marker.
    static func insert(into html: String, media: [String: [UInt8]]) -> String {
        var result = ""
        var rest = html[...]
        let opening = "src=\"" + marker
        while let found = rest.range(of: opening) {
            result += rest[..<found.lowerBound]
            rest = rest[found.upperBound...]
            guard let close = rest.firstIndex(of: "\"") else { break }
            let path = String(rest[..<close])
            if let bytes = media[path] {
                result += "src=\"data:\(mimeType(path, bytes: bytes));base64,\(Data(bytes).base64EncodedString())"
            } else {
                result += "src=\"" + marker + path
            }
            rest = rest[close...]
        }
        result += rest
        return result
    }

    /// `html` with each remote image (`<img src="http…">`) turned into a plain link: a
    /// document never fetches from the network. Each is a warning naming `file`.
    static func remoteAsLinks(_ html: String, file: String, diagnostics: inout [Diagnostic]) -> String {
        var html = html
        while let start = html.range(of: "<img src=\"http") {
            guard let end = html.range(of: ">", range: start.upperBound..<html.endIndex) else { break }
            let tag = String(html[start.lowerBound..<end.upperBound])
            let url = attribute("src", of: tag)
            let alt = attribute("alt", of: tag)
            diagnostics.append(
                .warning("report.remote-image", "远程图片 \(url) 不会嵌入报告，只保留为链接", at: SourcePosition(file: file)))
            html.replaceSubrange(
                start.lowerBound..<end.upperBound, with: "<a href=\"\(url)\">［图片：\(alt.isEmpty ? "远程图片" : alt)］</a>")
        }
        return html
    }

    /// `html` with every `src="…"` whose value is a key of `sources` given that value instead,
    /// in one pass (replacing in a string that grows by every photo took seconds for twenty).
    static func replacingSources(_ html: String, _ sources: [String: String]) -> String {
        guard !sources.isEmpty else { return html }
        var result = ""
        var rest = html[...]
        while let source = rest.range(of: "src=\"") {
            result += rest[..<source.upperBound]
            rest = rest[source.upperBound...]
            guard let close = rest.firstIndex(of: "\"") else { break }
            if let uri = sources[String(rest[..<close])] {
                result += uri
                rest = rest[close...]
            }
        }
        result += rest
        return result
    }

    static func attribute(_ name: String, of tag: String) -> String {
        guard let start = tag.range(of: "\(name)=\"") else { return "" }
        guard let end = tag.range(of: "\"", range: start.upperBound..<tag.endIndex) else { return "" }
        return String(tag[start.upperBound..<end.lowerBound])
    }

    /// The image's type by its first bytes (a photo downscaled for the report is a JPEG
    /// whatever its file name), else by the file name's extension.
    static func mimeType(_ path: String, bytes: [UInt8]) -> String {
        if bytes.starts(with: [0xFF, 0xD8, 0xFF]) { return "image/jpeg" }
        if bytes.starts(with: [0x89, 0x50, 0x4E, 0x47]) { return "image/png" }
        switch path.split(separator: ".").last?.lowercased() ?? "" {
        case "png": return "image/png"
        case "jpg", "jpeg": return "image/jpeg"
        case "gif": return "image/gif"
        case "svg": return "image/svg+xml"
        case "webp": return "image/webp"
        default: return "application/octet-stream"
        }
    }
}
