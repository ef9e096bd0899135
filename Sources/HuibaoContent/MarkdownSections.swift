import CCmark
import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Finds a part of a Markdown text by its heading (the month notes' 本月小结): the lines under
/// the first top-level heading whose text contains a word, up to the next heading of the same
/// or a higher level.
enum MarkdownSections {
    /// The lines of the section as written, with the (1-based) line of `markdown` it starts on;
    /// the whole text when it has no heading at all; nil when it has headings and none names `word`.
    static func section(containing word: String, in markdown: String) -> (text: String, firstLine: Int)? {
        let headings = topLevelHeadings(markdown)
        guard !headings.isEmpty else { return (markdown, 1) }
        guard let index = headings.firstIndex(where: { $0.text.contains(word) }) else { return nil }
        let heading = headings[index]
        let lines = markdown.split(separator: "\n", omittingEmptySubsequences: false)
        let next = headings[(index + 1)...].first { $0.level <= heading.level }
        // Lines count from 1; the section is the lines after the heading's last line.
        let last = lastLine(of: heading, in: lines)
        let start = min(last, lines.count)
        // (A final line break leaves an empty last element, which is no line of the text.)
        let lineCount = markdown.hasSuffix("\n") ? lines.count - 1 : lines.count
        let end = min((next?.startLine ?? lineCount + 1) - 1, lineCount)
        guard start < end else { return ("", last + 1) }
        return (lines[start..<end].joined(separator: "\n") + "\n", last + 1)
    }

    /// The heading's last line: its first for `## 标题`, the underline of a setext heading
    /// (`标题` over `---` or `===`; cmark's own end line for those is not reliable).
    static func lastLine(of heading: Heading, in lines: [Substring]) -> Int {
        guard heading.startLine >= 1, heading.startLine <= lines.count else { return heading.startLine }
        let first = lines[heading.startLine - 1].drop { $0 == " " }
        if first.hasPrefix("#") { return heading.startLine }
        var number = heading.startLine + 1
        while number <= lines.count {
            let text = lines[number - 1].trimmingCharacters(in: .whitespaces)
            if !text.isEmpty, text.allSatisfy({ $0 == "-" }) || text.allSatisfy({ $0 == "=" }) { return number }
            number += 1
        }
        return heading.startLine
    }

    struct Heading: Equatable {
        var level: Int
        var text: String
        var startLine: Int
        var endLine: Int
    }

    /// The headings directly in the document (not inside quotes or lists), in order.
    static func topLevelHeadings(_ markdown: String) -> [Heading] {
        let byteCount = markdown.utf8.count
        guard let document = markdown.withCString({ cmark_parse_document($0, byteCount, CMARK_OPT_DEFAULT) }) else {
            return []
        }
        defer { cmark_node_free(document) }
        var headings: [Heading] = []
        var node = cmark_node_first_child(document)
        while let current = node {
            if cmark_node_get_type(current) == CMARK_NODE_HEADING {
                headings.append(
                    Heading(
                        level: Int(cmark_node_get_heading_level(current)), text: text(of: current),
                        startLine: Int(cmark_node_get_start_line(current)),
                        endLine: Int(cmark_node_get_end_line(current))))
            }
            node = cmark_node_next(current)
        }
        return headings
    }

    /// The literal text inside a node (text and code spans).
    private static func text(of node: OpaquePointer) -> String {
        guard let iterator = cmark_iter_new(node) else { return "" }
        defer { cmark_iter_free(iterator) }
        var text = ""
        while case let event = cmark_iter_next(iterator), event != CMARK_EVENT_DONE {
            guard event == CMARK_EVENT_ENTER, let child = cmark_iter_get_node(iterator) else { continue }
            let type = cmark_node_get_type(child)
            if type == CMARK_NODE_TEXT || type == CMARK_NODE_CODE, let literal = cmark_node_get_literal(child) {
                text += String(cString: literal)
            }
        }
        return text
    }
}
