import Foundation
import HuibaoContent
import HuibaoModel
import HuibaoSite

/// `huibao wechat`: one article as the WeChat fragment, with a warning for everything the
/// writer must handle by hand: local images, raw HTML, personal data.
public enum WeChatFile {
    /// The fragment (empty when an error stopped it) and the diagnostics, sorted.
    public struct Output: Sendable {
        public var html: String
        public var diagnostics: [Diagnostic]
    }

    /// Why the file could not be read at all (the CLI exits with 2).
    public struct Failure: Error, Sendable {
        public var message: String
    }

    /// - Parameters:
    ///   - path: the file as the user named it (shown in diagnostics).
    ///   - source: the project folder, whose `Templates/wechat-styles.json` overrides the styles.
    public static func export(path: String, source: URL, asOf: Day) throws(Failure) -> Output {
        // A regular file only: a FIFO is refused, never waited on (finding 20).
        guard case .success(let data) = RegularFile.read(path) else {
            throw Failure(message: "找不到文件 \(path)，或者它不是一个可读的普通文件")
        }
        let (read, readDiagnostics) = MarkdownFile.read(data, file: path)
        guard let markdown = read else { return Output(html: "", diagnostics: readDiagnostics.sorted()) }
        let styles: WeChatStyles
        do throws(TemplateError) {
            styles = try WeChatStyles(override: TemplateLoader.overrides(source: source)[WeChatStyles.fileName])
        } catch {
            return Output(html: "", diagnostics: (readDiagnostics + [error.diagnostic]).sorted())
        }
        let rendered = Markdown.render(markdown.body)
        // The project's public numbers (公开电话) stay as written, as on the site.
        let projectFile = source.appendingPathComponent("Content/project.yml").path
        let publicPhones =
            if case .success(let bytes) = RegularFile.read(projectFile), let text = TextDecoding.decode(bytes)?.text {
                ProjectReader.publicPhones(inProjectYAML: text)
            } else {
                PublicPhones.none
            }
        let fragment = WeChatExport.fragment(
            fromHTML: rendered.html, styles: styles, asOf: asOf, localImages: .placeholder, keeping: publicPhones)
        let diagnostics = readDiagnostics + warnings(markdown, rendered, asOf: asOf, keeping: publicPhones)
        return Output(html: fragment.html, diagnostics: diagnostics.sorted())
    }

    /// What a paste into the WeChat editor loses or must not carry.
    static func warnings(
        _ markdown: MarkdownFile, _ rendered: RenderedMarkdown, asOf: Day, keeping publicPhones: PublicPhones = .none
    ) -> [Diagnostic] {
        var result: [Diagnostic] = []
        func position(_ line: Int, _ column: Int) -> SourcePosition {
            SourcePosition(file: markdown.file, line: markdown.bodyFirstLine + line - 1, column: column)
        }
        for image in rendered.images where !isWebImage(image.url) {
            result.append(
                .warning(
                    "wechat.local-image",
                    "本地图片“\(image.url)”不会随粘贴进入公众号，已换成“\(WeChatExport.placeholder(for: image.url, asOf: asOf))”：请在公众号编辑器中删掉这行字，在这里上传这张图片",
                    at: position(image.line, image.column)))
        }
        for location in rendered.rawHTML {
            result.append(
                .warning(
                    "wechat.raw-html", "HTML 标签不会导出到公众号格式，已去掉", at: position(location.line, location.column)))
        }
        for match in PersonalData.matches(in: markdown.body, keeping: publicPhones) {
            result.append(
                .warning(
                    "wechat.personal-data",
                    "这里有\(PersonalData.describe(match.kind))“\(match.text)”，公众号格式中已遮盖为“\(match.masked)”；如非必要请删除",
                    at: position(match.line, match.column)))
        }
        return result.condensed().map { diagnostic in
            var diagnostic = diagnostic
            diagnostic.excerpt = markdown.line(diagnostic.position.line).flatMap {
                ExcerptWindow.excerpt(Substring($0), column: diagnostic.position.column)
            }
            return diagnostic
        }
    }

    /// Images WeChat fetches and re-hosts itself when the fragment is pasted.
    static func isWebImage(_ url: String) -> Bool { WeChatExport.isWebImage(url) }
}
