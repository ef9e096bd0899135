import HuibaoModel

/// A Markdown file split into its parsed front matter and its body, with line offsets.
struct FrontMatterDocument {
    var root: YAMLValue?
    var body: String
    var bodyFirstLine: Int

    /// Splits and parses `text`; reports a missing (unless `optional`) or unclosed front
    /// matter and YAML errors. Without a front matter, `root` is nil and `body` is the text.
    static func read(
        _ text: String, file: String, what: String, optional: Bool = false, into reader: inout FieldReader
    ) -> FrontMatterDocument? {
        let split: FrontMatterSplit
        switch FrontMatter.split(text) {
        case .failure(let error):
            reader.error(
                "frontmatter.unclosed", "开头的 --- 信息块没有结束：请在信息块末尾另起一行写 ---",
                at: SourcePosition(file: file, line: error.line))
            return nil
        case .success(let value):
            split = value
        }
        guard let yaml = split.yaml else {
            if optional { return FrontMatterDocument(root: nil, body: split.body, bodyFirstLine: split.bodyFirstLine) }
            reader.error(
                "frontmatter.missing", "\(what)开头缺少 --- 信息块（第一行写 ---，接着写标题、日期等，再以 --- 结束）",
                at: SourcePosition(file: file))
            return nil
        }
        let habits = InputHabits.normalize(yaml, file: file, firstLine: split.yamlFirstLine)
        reader.diagnostics += habits.warnings
        switch YAMLParsing.parse(habits.text, file: file, firstLine: split.yamlFirstLine) {
        case .failure(let diagnostic):
            reader.report(diagnostic)
            return nil
        case .success(let root):
            return FrontMatterDocument(root: root, body: split.body, bodyFirstLine: split.bodyFirstLine)
        }
    }
}
