import HuibaoModel

/// Reads one month's notes (`months/YYYY-MM.md`, 月度小结) into a `MonthNote`: an optional
/// front matter with only `title` (标题), then a body under the write-ups' rules.
enum MonthNoteReader {
    /// The heading of the part the evaluator report quotes.
    static let summaryHeading = "本月小结"

    /// - Parameters:
    ///   - file: the path relative to the source folder, for diagnostics.
    ///   - contentPath: the path relative to `Content/` (`months/2025-10.md`).
    static func read(
        _ text: String, file: String, contentPath: String, context: ContentContext, into reader: inout FieldReader
    ) -> MonthNote? {
        guard let month = month(contentPath, file: file, into: &reader) else { return nil }
        if let period = context.project?.period, month < period.start.month || month > period.end.month {
            reader.warning(
                "month.notes-outside-period",
                "月度小结的月份 \(month.chineseText) 不在服务期限（\(period.start.isoText) 至 \(period.end.isoText)）内，不会显示在网站和报告中；是不是文件名中的月份写错了？",
                at: SourcePosition(file: file))
            return nil
        }
        guard let document = FrontMatterDocument.read(text, file: file, what: "月度小结", optional: true, into: &reader)
        else { return nil }
        var title: String?
        if let root = document.root {
            guard let fields = reader.fields(root, schema: Schemas.monthNote, what: "信息块") else { return nil }
            title = reader.optional(fields, "title").flatMap { reader.string($0) }
        }
        let page = Routes.month(month)
        let body = context.body.render(
            document.body, firstLine: document.bodyFirstLine, file: file, contentPath: contentPath, page: page,
            into: &reader)
        // The summary's own problems (a missing image) were reported with the whole body.
        var summary: RenderedBody?
        if let section = MarkdownSections.section(containing: summaryHeading, in: document.body) {
            var quiet = FieldReader()
            summary = context.body.render(
                section.text, firstLine: document.bodyFirstLine + section.firstLine - 1, file: file,
                contentPath: contentPath, page: page, into: &quiet)
        }
        let blocks = context.body.blocks(document.body, contentPath: contentPath)
        return MonthNote(month: month, file: file, title: title, body: body, summary: summary, blocks: blocks)
    }

    /// The month a notes file is for, from its name; a warning (`month.notes-name`) when the
    /// name is not a month written as `YYYY-MM.md`.
    static func month(_ contentPath: String, file: String, into reader: inout FieldReader) -> Month? {
        let name = String(contentPath.dropFirst("months/".count).dropLast(".md".count))
        if let month = Month(isoText: name), month.isoText == name { return month }
        var message = "月度小结的文件名应为“年-月.md”（如 months/2025-10.md），这里是“\(contentPath)”，huibao 不读它；"
        if let guess = guessedMonth(name) {
            message += "是不是要改名为 months/\(guess.isoText).md？"
        } else {
            message += "请按月份改名"
        }
        reader.warning("month.notes-name", message, at: SourcePosition(file: file))
        return nil
    }

    /// A month written another way (`2025-6`, `2025年10月`, `2025.10`, `202510`), for a hint.
    static func guessedMonth(_ name: String) -> Month? {
        var runs: [String] = []
        var run = ""
        for character in name.unicodeScalars {
            if ("0"..."9").contains(character) {
                run.unicodeScalars.append(character)
            } else if !run.isEmpty {
                runs.append(run)
                run = ""
            }
        }
        if !run.isEmpty { runs.append(run) }
        if runs.count == 1, runs[0].count == 6, let year = Int(runs[0].prefix(4)), let month = Int(runs[0].suffix(2)) {
            return Month(year: year, month: month)
        }
        guard runs.count == 2, runs[0].count == 4, (1...2).contains(runs[1].count),
            let year = Int(runs[0]), let month = Int(runs[1])
        else { return nil }
        return Month(year: year, month: month)
    }
}
