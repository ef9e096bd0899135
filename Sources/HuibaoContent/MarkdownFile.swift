import HuibaoModel

/// One Markdown file read on its own, outside a build (`huibao wechat`): decoded as the
/// build decodes it, its front matter cut off, the body with the file line it starts on.
public struct MarkdownFile: Sendable {
    /// The path as the user wrote it, for diagnostics.
    public var file: String
    public var body: String
    /// The file line where `body` starts.
    public var bodyFirstLine: Int
    private var lines: [Substring]

    /// The file's text, or the diagnostics that stop it from being read (binary, not UTF-8
    /// nor GB18030, empty, an unclosed front matter), with a warning for GB18030.
    public static func read(_ bytes: [UInt8], file: String) -> (file: MarkdownFile?, diagnostics: [Diagnostic]) {
        var reader = FieldReader()
        guard let text = SourceText.decode(bytes, file: file, isLedger: false, into: &reader) else {
            return (nil, reader.diagnostics)
        }
        switch FrontMatter.split(text) {
        case .failure(let error):
            reader.error(
                "frontmatter.unclosed", "开头的 --- 信息块没有结束：请在信息块末尾另起一行写 ---",
                at: SourcePosition(file: file, line: error.line))
            return (nil, reader.diagnostics)
        case .success(let split):
            let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
            let markdown = MarkdownFile(file: file, body: split.body, bodyFirstLine: split.bodyFirstLine, lines: lines)
            return (markdown, reader.diagnostics)
        }
    }

    /// The file's line `number` (1-based) as written, for a diagnostic's excerpt.
    public func line(_ number: Int) -> String? {
        number >= 1 && number <= lines.count ? String(lines[number - 1]) : nil
    }
}
