import Foundation
import HuibaoContent
import HuibaoModel
import HuibaoPhotos

/// The text media the write-ups show (SVG drawings, text files), prepared for publication:
/// an SVG loses what can run (`SVGSanitizer`) unless project.yml allows raw HTML, and
/// outside the team every mobile and ID number in the text is masked, as in pages. Outside
/// the team a JPEG loses its EXIF and XMP (GPS included), turned upright without re-encoding
/// (`PhotoMetadata`); the team's site keeps the originals. Other images are copied as they are.
struct MediaReview: Sendable {
    static let unreadableCode = "media.svg-invalid"
    static let textExtensions: Set<String> = ["svg", "txt", "csv", "xml", "json", "md", "html", "htm"]

    /// The bytes to write instead of a copy, for the audience's site, by path in `Content/`.
    var published: [String: [UInt8]] = [:]
    /// The same for reports (always masked), to embed as `data:` URIs.
    var forReports: [String: [UInt8]] = [:]
    /// SVG files that could not be read as XML (and so not cleaned), with where they are shown.
    var unreadable: [(path: String, shownIn: String, line: Int, reason: String)] = []

    init(_ content: SiteContent, source: URL, audience: Audience) {
        let sanitize = !content.project.unsafeHTML
        let isTeam = audience.showsInternalText
        let shown = Self.shownMedia(content, outside: !isTeam)
        // Reports show what an outside audience sees; the team's site carries them only for evaluations.
        let reported =
            isTeam && content.project.evaluations.isEmpty ? [:] : Self.shownMedia(content, outside: true)
        for path in Set(shown.keys).union(reported.keys).sorted() where Self.isText(path) {
            guard let bytes = Self.read(path, source: source) else { continue }
            if let file = shown[path] {
                switch Self.prepare(bytes, path: path, mask: !isTeam, sanitize: sanitize, keeping: content.project.publicPhones) {
                case .invalid(let line, let reason): unreadable.append((path, file, line, reason))
                case .bytes(let prepared): if prepared != bytes { published[path] = prepared }
                }
            }
            if reported[path] != nil, case .bytes(let prepared) = Self.prepare(bytes, path: path, mask: true, sanitize: sanitize, keeping: content.project.publicPhones)
            {
                forReports[path] = prepared
            }
        }
        if !isTeam {
            for path in shown.keys.sorted() where Self.isJPEG(path) {
                guard let bytes = Self.read(path, source: source), PhotoMetadata.hasMetadata(bytes) else { continue }
                // A JPEG the lossless transform cannot read is re-encoded (smaller, still without EXIF).
                if let clean = PhotoMetadata.stripped(bytes) ?? PhotoDownscaler.downscale(bytes) { published[path] = clean }
            }
        }
    }

    /// The errors that stop a public build or a report: SVG files that could not be cleaned.
    func refusals(refused: String) -> [Diagnostic] {
        unreadable.map { item in
            .error(
                Self.unreadableCode,
                "SVG 图片 Content/\(item.path) 不是有效的 XML（第 \(item.line) 行：\(item.reason)），无法去掉其中可能的脚本，所以不生成\(refused)；请用绘图软件重新导出这张图片，或改用 PNG/JPG",
                at: SourcePosition(file: item.shownIn))
        }
    }

    /// `check`'s warnings about text media: what is removed from an SVG, an SVG that cannot
    /// be read, and every number in the text (masked outside the team).
    static func warnings(_ content: SiteContent, source: URL) -> [Diagnostic] {
        let sanitize = !content.project.unsafeHTML
        let outside = shownMedia(content, outside: true)
        var diagnostics: [Diagnostic] = []
        for (path, shownIn) in shownMedia(content, outside: false).sorted(by: { $0.key < $1.key }) where isText(path) {
            guard let bytes = read(path, source: source) else { continue }
            let file = "Content/" + path
            if path.lowercased().hasSuffix(".svg"), sanitize {
                switch SVGSanitizer.sanitize(bytes) {
                case .clean: break
                case .cleaned(let removed, _):
                    diagnostics.append(
                        .warning(
                            "media.svg-script",
                            "SVG 图片中有可以运行的内容（\(removed.joined(separator: "、"))）：复制到网站和嵌入报告时已去掉；如确需保留，请在 project.yml 中设置 允许原始HTML: 是",
                            at: SourcePosition(file: file)))
                case .invalid(let line, let reason):
                    diagnostics.append(
                        .warning(
                            unreadableCode,
                            "SVG 图片不是有效的 XML（\(reason)），无法检查其中的脚本：团队网站照原样复制；公开版和评估报告会报错、不生成；请用绘图软件重新导出，或改用 PNG/JPG（用在 \(shownIn)）",
                            at: SourcePosition(file: file, line: line)))
                }
            }
            guard outside[path] != nil, PersonalData.mayContainMatch(fileBytes: bytes),
                let text = TextDecoding.decode(bytes)?.text
            else { continue }
            for match in PersonalData.matches(in: text, keeping: content.project.publicPhones) {
                diagnostics.append(
                    .warning(
                        PersonalDataWarnings.code(match.kind),
                        "这里有\(PersonalData.describe(match.kind))“\(match.text)”：团队网站照原样显示，公开版和评估报告中会遮盖为“\(match.masked)”；如非必要请删除",
                        at: SourcePosition(file: file, line: match.line, column: match.column)))
            }
        }
        return diagnostics
    }

    // MARK: - Parts

    enum Prepared {
        case bytes([UInt8])
        case invalid(line: Int, reason: String)
    }

    /// One file made ready: cleaned when it is an SVG (and `sanitize`), then masked.
    static func prepare(
        _ bytes: [UInt8], path: String, mask: Bool, sanitize: Bool, keeping publicPhones: PublicPhones = .none
    ) -> Prepared {
        var result = bytes
        if sanitize, path.lowercased().hasSuffix(".svg") {
            switch SVGSanitizer.sanitize(bytes) {
            case .clean: break
            case .cleaned(_, let cleaned): result = cleaned
            case .invalid(let line, let reason): return .invalid(line: line, reason: reason)
            }
        }
        if mask, PersonalData.mayContainMatch(fileBytes: result), let text = TextDecoding.decode(result)?.text {
            let masked = PersonalData.mask(text, keeping: publicPhones)
            if masked != text { result = Array(masked.utf8) }
        }
        return .bytes(result)
    }

    static func isJPEG(_ path: String) -> Bool {
        guard let dot = path.lastIndex(of: ".") else { return false }
        return ["jpg", "jpeg", "jpe"].contains(path[path.index(after: dot)...].lowercased())
    }

    static func isText(_ path: String) -> Bool {
        guard let dot = path.lastIndex(of: ".") else { return false }
        return textExtensions.contains(path[path.index(after: dot)...].lowercased())
    }

    /// The media of the write-ups and articles an audience sees, each with the first file
    /// that shows it.
    static func shownMedia(_ content: SiteContent, outside: Bool) -> [String: String] {
        var result: [String: String] = [:]
        for activity in content.activities where !outside || (!activity.isDraft && !activity.isInternal) {
            for path in activity.body.media where result[path] == nil { result[path] = activity.file }
        }
        for article in content.articles where !outside || article.status.isSubmitted {
            for path in article.body.media where result[path] == nil { result[path] = article.file }
        }
        for note in content.monthNotesInOrder {
            for path in note.media where result[path] == nil { result[path] = note.file }
        }
        return result
    }

    /// A regular file's bytes (never a FIFO or a device, which could hang the build).
    static func read(_ path: String, source: URL) -> [UInt8]? {
        let url = source.appendingPathComponent("Content", isDirectory: true).appendingPathComponent(path)
        guard case .success(let bytes) = RegularFile.read(url.path) else { return nil }
        return bytes
    }
}
