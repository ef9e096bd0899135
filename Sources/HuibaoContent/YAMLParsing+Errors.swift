import HuibaoModel
import Yams

extension YAMLParsing {
    /// Converts a Yams error into a Chinese diagnostic at the user's line and column.
    static func diagnostic(
        for error: Error, file: String, firstLine: Int, text: String, lines: YAMLLineMap,
        unclosedAtOpening: Bool = true
    ) -> Diagnostic {
        // The text's line of a mark, which is libyaml's unless the text has U+2028 and the like.
        func fileLine(_ mark: Mark) -> Int { lines.place(mark).line }
        func at(_ mark: Mark) -> SourcePosition {
            let place = lines.place(mark)
            return SourcePosition(file: file, line: place.line + firstLine - 1, column: place.column)
        }
        guard let yamlError = error as? YamlError else {
            return .error("yaml.syntax", "YAML 无法解析", at: SourcePosition(file: file, line: firstLine))
        }
        switch yamlError {
        case .scanner(let context, let problem, let mark, _), .parser(let context, let problem, let mark, _),
            .composer(let context, let problem, let mark, _):
            // An unclosed quote or bracket is found only at the end: point at where it opened.
            if unclosedAtOpening, let context,
                context.text.contains("quoted scalar") || context.text.contains("flow")
            {
                let opened = context.mark
                let what = context.text.contains("quoted scalar") ? "这里开始的引号没有闭合" : "这里开始的括号没有闭合"
                var diagnostic = Diagnostic.error("yaml.unclosed", "YAML 格式错误：\(what)", at: at(opened))
                diagnostic.excerpt = line(fileLine(opened), of: text)
                return diagnostic
            }
            // A tab in the indentation is the most common cause; libyaml names it vaguely.
            if let tabLine = line(mark.line, of: text), let tab = tabLine.firstIndex(of: "\t"),
                tabLine[..<tab].allSatisfy({ $0 == " " })
            {
                let column = tabLine.unicodeScalars.distance(from: tabLine.unicodeScalars.startIndex, to: tab) + 1
                var diagnostic = Diagnostic.error(
                    "yaml.tab", "YAML 格式错误：不能用 Tab 缩进，请改用空格",
                    at: SourcePosition(file: file, line: mark.line + firstLine - 1, column: column))
                diagnostic.excerpt = tabLine
                return diagnostic
            }
            var diagnostic = Diagnostic.error(
                "yaml.syntax", "YAML 格式错误：\(translate(problem, line: fileLine(mark), text: text))", at: at(mark))
            diagnostic.excerpt = line(fileLine(mark), of: text)
            return diagnostic
        case .duplicatedKeysInMapping(let duplicates, let context):
            let keys = duplicates.map { "“\($0)”" }.joined(separator: "、")
            let mark = context.mark
            let line = duplicateKeyLine(duplicates.first ?? "", after: fileLine(mark), in: text) ?? fileLine(mark)
            var diagnostic = Diagnostic.error(
                "key.duplicate", "同一层中重复的键 \(keys)",
                at: SourcePosition(file: file, line: line + firstLine - 1, column: 1))
            diagnostic.excerpt = YAMLParsing.line(line, of: text)
            return diagnostic
        case .reader(let problem, let offset, _, _):
            // At the character's own line: libyaml gives its byte offset in the text.
            var position = SourcePosition(file: file, line: firstLine)
            var excerpt: String?
            if let offset, offset >= 0 {
                let before = text.utf8.prefix(offset)
                let newlines = before.reduce(0) { $0 + ($1 == UInt8(ascii: "\n") ? 1 : 0) }
                let lineStart = before.lastIndex(of: UInt8(ascii: "\n")).map { before.index(after: $0) } ?? before.startIndex
                let column = String(decoding: before[lineStart...], as: UTF8.self).unicodeScalars.count + 1
                position = SourcePosition(file: file, line: firstLine + newlines, column: column)
                excerpt = line(newlines + 1, of: text)
            }
            let what =
                problem.contains("control characters")
                ? "YAML 中不能有控制字符（如 ESC、NUL 等看不见的字符），请删除这个字符"
                : "YAML 格式错误：\(translate(problem, line: position.line, text: text))"
            var diagnostic = Diagnostic.error("yaml.encoding", what, at: position)
            diagnostic.excerpt = excerpt
            return diagnostic
        default:
            return .error("yaml.syntax", "YAML 无法解析", at: SourcePosition(file: file, line: firstLine))
        }
    }

    /// libyaml's English problem texts, in the words a writer understands.
    static func translate(_ problem: String, line: Int, text: String) -> String {
        for (english, chinese) in knownProblems where problem.contains(english) {
            return chinese
        }
        // An unknown problem: Chinese first, libyaml's English only in brackets.
        return "无法解析这里的内容（\(problem)）"
    }

    /// The 1-based line `number` of `text`, for an excerpt.
    static func line(_ number: Int, of text: String) -> String? {
        var current = 1
        var start = text.startIndex
        var index = text.startIndex
        while index < text.endIndex {
            if text[index] == "\n" {
                if current == number { return String(text[start..<index]) }
                current += 1
                start = text.index(after: index)
            }
            index = text.index(after: index)
        }
        return current == number ? String(text[start...]) : nil
    }

    /// The line of the second occurrence of `key` as a mapping key at or after `line`.
    private static func duplicateKeyLine(_ key: String, after line: Int, in text: String) -> Int? {
        var seen = 0
        var number = 0
        for rawLine in text.split(separator: "\n", omittingEmptySubsequences: false) {
            number += 1
            guard number >= line else { continue }
            var trimmed = rawLine.drop { $0 == " " }
            if trimmed.hasPrefix("- ") { trimmed = trimmed.dropFirst(2).drop { $0 == " " } }
            if trimmed.hasPrefix(key + ":") || trimmed.hasPrefix("\"\(key)\":") || trimmed.hasPrefix("'\(key)':") {
                seen += 1
                if seen == 2 { return number }
            }
        }
        return nil
    }
}
