import Foundation

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
