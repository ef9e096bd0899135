import HuibaoModel

/// A new activity write-up, article or month notes as `huibao new` writes it: where it goes
/// under the project folder and its text, front matter filled in with Chinese keys.
public struct NewContentFile: Sendable, Equatable {
    /// What kind of file to start.
    public enum Kind: String, Sendable, CaseIterable {
        case activity, article, month

        /// Reads `activity`/`article`/`month` or their Chinese names 活动/稿件/月度小结.
        public init?(word: String) {
            switch word.lowercased() {
            case "activity", "活动", "活动记录": self = .activity
            case "article", "稿件", "宣传稿件": self = .article
            case "month", "月度小结", "小结": self = .month
            default: return nil
            }
        }
    }

    /// Why a file cannot be started, in Chinese.
    public struct Problem: Error, Sendable, Equatable {
        public var message: String
    }

    /// The path relative to the project folder (`Content/articles/标题.md`).
    public var path: String
    public var text: String
    public var kind: Kind

    /// - Parameters:
    ///   - title: the title, which names the file; for month notes the month (`2025-10`).
    ///   - category: the activity's 服务类别; left empty to fill in when nil (articles have none).
    ///   - today: the date written in the front matter (and the month folder of an activity).
    public init(kind: Kind, title: String, category: String? = nil, today: Day) throws(Problem) {
        self.kind = kind
        let title = title.trimmingCharacters(in: .whitespacesAndNewlines)
        guard kind != .month else {
            (path, text) = try Self.monthNotes(title)
            return
        }
        guard !title.isEmpty else { throw Problem(message: "标题不能是空的") }
        let name = Self.fileName(for: title)
        guard !name.isEmpty else { throw Problem(message: "标题“\(title)”里没有能用作文件名的字符") }
        var lines = ["---", "标题: \(Self.yamlText(title))", "日期: \(today.isoText)"]
        switch kind {
        case .activity:
            path = "Content/activities/\(today.month.isoText)/\(name).md"
            lines.append("服务类别:" + (category.map { " " + Self.yamlText($0) } ?? ""))
            lines += ["指标:", "地点:", "参与人数:", "服务企业:", "工作人员:", "标签:"]
        case .article, .month:  // (month notes were written above)
            path = "Content/articles/\(name).md"
            lines += ["作者:", "状态: 草稿", "报送渠道:"]
        }
        text = (lines + ["---", "", ""]).joined(separator: "\n")
    }

    /// The headings `huibao new month` writes, in order: the first is what the evaluator
    /// report quotes (项目概况 / 实施情况).
    public static let monthHeadings = ["本月小结", "存在问题", "下月计划"]

    /// `Content/months/YYYY-MM.md` for `2025-10` (or `2025-6`), titled and with the three headings.
    static func monthNotes(_ text: String) throws(Problem) -> (path: String, text: String) {
        guard let month = Month(isoText: text) else {
            throw Problem(message: "月份应写成“年-月”，如 huibao new month 2025-10，这里写的是“\(text)”")
        }
        var lines = ["---", "标题: \(month.chineseText)工作小结", "---", ""]
        for heading in monthHeadings { lines += ["## \(heading)", "", ""] }
        return ("Content/months/\(month.isoText).md", lines.joined(separator: "\n"))
    }

    /// The title as a file name, as the spec's URL rules clean a slug segment; also no `/`
    /// (it would make a folder) and none of `: * < > |` (Windows shares refuse them), one `-`
    /// for a run of them, no leading or trailing dot or dash, and at most 240 bytes.
    public static func fileName(for title: String) -> String {
        var name = Slug.cleanSegment(title)
        name = String(name.map { "/:*<>|".contains($0) ? "-" : $0 })
        while let run = name.range(of: "--") { name.replaceSubrange(run, with: "-") }
        while name.first == "." || name.first == "-" { name.removeFirst() }
        while name.last == "." || name.last == "-" { name.removeLast() }
        while name.utf8.count > 240 { name.removeLast() }
        return name
    }

    /// A YAML scalar for `text`: plain when YAML reads it back unchanged, double-quoted otherwise.
    public static func yamlText(_ text: String) -> String {
        let special: Set<Character> = [
            "-", "?", ":", ",", "[", "]", "{", "}", "#", "&", "*", "!", "|", ">", "'", "\"",
            "%", "@", "`", "~",
        ]
        let plain =
            !text.isEmpty && !special.contains(text.first!) && !text.contains(": ") && !text.contains(" #")
            && !text.hasSuffix(":") && !text.contains("：") && !text.contains(where: { $0.isNewline || $0 == "\t" })
            && text.trimmingCharacters(in: .whitespaces) == text && !["null", "Null", "NULL"].contains(text)
        if plain { return text }
        return "\"" + text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"")
            + "\""
    }
}
