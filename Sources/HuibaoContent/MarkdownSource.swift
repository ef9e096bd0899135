import CCmark

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The Markdown's bytes by line: turns cmark's byte positions into columns in Unicode
/// scalars, and corrects the inline positions cmark 0.30.2 gets wrong.
///
/// cmark's inline columns are right on a paragraph's first line. On a continuation line it
/// counts from the paragraph's own start column, so a line indented differently (or a lazy
/// line in a block quote) is off by the difference. It starts a paragraph's inlines at the
/// paragraph's first line even when reference definitions took that line, and it loses the
/// line break inside a multi-line link destination. So a reported position is checked
/// against the source (an image starts with `![`, raw HTML with `<`) and, when wrong,
/// looked for on the paragraph's following lines.
struct MarkdownSource {
    private let markdown: String
    private var loaded: (bytes: [UInt8], lines: [Range<Int>])?

    init(_ markdown: String) {
        self.markdown = markdown
    }

    /// A paragraph or heading whose inline nodes are being located.
    struct LeafBlock {
        var startLine: Int
        var startColumn: Int
        var endLine: Int
        /// cmark's position of the first inline node on the current line: the node that
        /// starts the block or follows a line break, where the line's text starts.
        var lineStart: (line: Int, byteColumn: Int)
        /// Whether the next inline node starts a line. A paragraph's first node does, also
        /// after reference definitions; a heading's start column is its text's (`#` included).
        var awaitingLineStart: Bool
        /// Lines cmark had lost by the last located node; they only accumulate.
        var lineShift = 0
        /// The last located node, as (line, byte offset in the line): the next starts after it.
        var previous: (line: Int, offset: Int)?

        init(_ node: OpaquePointer) {
            startLine = Int(cmark_node_get_start_line(node))
            startColumn = Int(cmark_node_get_start_column(node))
            endLine = Int(cmark_node_get_end_line(node))
            lineStart = (startLine, startColumn)
            awaitingLineStart = cmark_node_get_type(node) == CMARK_NODE_PARAGRAPH
        }

        /// Follows the inline nodes in document order, before any of them is located.
        mutating func enter(_ node: OpaquePointer) {
            let type = cmark_node_get_type(node)
            if type == CMARK_NODE_SOFTBREAK || type == CMARK_NODE_LINEBREAK {
                awaitingLineStart = true
            } else if awaitingLineStart {
                // After reference definitions the text may keep the line's indentation.
                var indentation = 0
                if type == CMARK_NODE_TEXT, var byte = cmark_node_get_literal(node) {
                    while byte.pointee == CChar(UInt8(ascii: " ")) || byte.pointee == CChar(UInt8(ascii: "\t")) {
                        indentation += 1
                        byte += 1
                    }
                }
                lineStart = (Int(cmark_node_get_start_line(node)), Int(cmark_node_get_start_column(node)) + indentation)
                awaitingLineStart = false
            }
        }
    }

    /// The location of cmark's (line, byte column), trusted as it is (block nodes).
    mutating func location(line: Int, byteColumn: Int) -> MarkdownLocation {
        let lines = load().lines
        let line = min(max(line, 1), lines.count)
        return MarkdownLocation(line: line, column: scalarColumn(line: line, offset: byteColumn - 1))
    }

    /// What an inline node's source starts with.
    enum Marker {
        case image, rawHTML

        var bytes: [UInt8] {
            switch self {
            case .image: return [UInt8(ascii: "!"), UInt8(ascii: "[")]
            case .rawHTML: return [UInt8(ascii: "<")]
            }
        }
    }

    /// The location of an inline node that starts with `marker`, given cmark's report.
    mutating func locateInline(
        _ reported: (line: Int, byteColumn: Int), marker: Marker, in leaf: inout LeafBlock?
    ) -> MarkdownLocation {
        guard var block = leaf, load().lines.count > 0 else {
            return location(line: reported.line, byteColumn: reported.byteColumn)
        }
        defer { leaf = block }
        var reported = reported
        if reported.line <= 0 {
            reported = (block.startLine, block.startColumn)
        }
        let marker = marker.bytes
        let lineCount = load().lines.count
        let first = reported.line + block.lineShift
        guard first >= 1 && first <= lineCount else {
            return location(line: reported.line, byteColumn: reported.byteColumn)
        }
        let last = min(max(block.endLine, first), lineCount)

        func accept(_ line: Int, _ offset: Int) -> MarkdownLocation {
            block.lineShift = line - reported.line
            block.previous = (line, offset)
            return MarkdownLocation(line: line, column: scalarColumn(line: line, offset: offset))
        }
        // cmark counts a continuation line's columns from the block's start column, plus
        // the indentation it kept (a lazy line keeps it, other lines lose it): the distance
        // from the line's first node is right, where that node is on the line may not be.
        let fromLineStart = reported.line == block.lineStart.line ? reported.byteColumn - block.lineStart.byteColumn : nil
        let offsetInText = reported.byteColumn - block.startColumn
        for line in first...last {
            let textStarts = possibleTextStarts(line)
            var candidates: [Int] = []
            if let fromLineStart { candidates.append(textStarts[0] + fromLineStart) }
            if line == block.startLine { candidates.append(reported.byteColumn - 1) }
            // After a line break inside a code span or raw HTML, cmark counts from where it
            // thinks the line's text starts.
            candidates += textStarts.map { $0 + offsetInText }
            if let offset = candidates.first(where: { isAfter(block.previous, line, $0) && matches(marker, line, $0) }) {
                return accept(line, offset)
            }
            // Otherwise the marker nearest to that column, when this line has one.
            let hint = textStarts[0] + (fromLineStart ?? offsetInText)
            let offsets = occurrences(of: marker, line: line).filter { isAfter(block.previous, line, $0) }
            if let nearest = offsets.min(by: { abs($0 - hint) < abs($1 - hint) }) {
                return accept(line, nearest)
            }
        }
        return location(line: reported.line, byteColumn: reported.byteColumn)
    }

    private mutating func load() -> (bytes: [UInt8], lines: [Range<Int>]) {
        if let loaded { return loaded }
        let bytes = markdown.utf8.withContiguousStorageIfAvailable(Array.init) ?? Array(markdown.utf8)
        let lines = bytes.withUnsafeBufferPointer(Self.lineRanges)
        loaded = (bytes, lines)
        return (bytes, lines)
    }

    /// The byte range of every line, without its line ending (LF, CRLF or CR, as cmark reads them).
    private static func lineRanges(_ bytes: UnsafeBufferPointer<UInt8>) -> [Range<Int>] {
        guard let base = bytes.baseAddress else { return [0..<0] }
        var lines: [Range<Int>] = []
        var start = 0
        if memchr(base, Int32(UInt8(ascii: "\r")), bytes.count) == nil {
            // The usual case (text decoded by `TextDecoding`): find each LF with memchr.
            while start < bytes.count, let found = memchr(base + start, Int32(UInt8(ascii: "\n")), bytes.count - start) {
                let end = base.distance(to: found.assumingMemoryBound(to: UInt8.self))
                lines.append(start..<end)
                start = end + 1
            }
        } else {
            var index = 0
            while index < bytes.count {
                let byte = bytes[index]
                if byte == UInt8(ascii: "\n") || byte == UInt8(ascii: "\r") {
                    lines.append(start..<index)
                    if byte == UInt8(ascii: "\r") && index + 1 < bytes.count && bytes[index + 1] == UInt8(ascii: "\n") {
                        index += 1
                    }
                    start = index + 1
                }
                index += 1
            }
        }
        lines.append(start..<bytes.count)
        return lines
    }

    private func lineRange(_ line: Int) -> Range<Int> {
        guard let lines = loaded?.lines, line >= 1 && line <= lines.count else { return 0..<0 }
        return lines[line - 1]
    }

    /// 1 + the Unicode scalars before byte `offset` of `line` (clamped to the line).
    private func scalarColumn(line: Int, offset: Int) -> Int {
        guard let bytes = loaded?.bytes else { return max(offset + 1, 1) }
        let range = lineRange(line)
        let end = range.lowerBound + min(max(offset, 0), range.count)
        var column = 1
        for index in range.lowerBound..<end where bytes[index] & 0xC0 != 0x80 {
            column += 1
        }
        return column
    }

    /// Where a paragraph's text may start on a continuation line, most likely first: after
    /// the indentation and block-quote markers (cmark strips them), at the line's start (a
    /// lazy line keeps its indentation), or after any of its `>` markers.
    private func possibleTextStarts(_ line: Int) -> [Int] {
        guard let bytes = loaded?.bytes else { return [0] }
        let range = lineRange(line)
        let isSpace = { (byte: UInt8) in byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t") }
        let contentStart = bytes[range].firstIndex { !isSpace($0) && $0 != UInt8(ascii: ">") } ?? range.upperBound
        var starts = [contentStart - range.lowerBound, 0]
        for index in range.lowerBound..<contentStart where bytes[index] == UInt8(ascii: ">") {
            starts.append(index + 1 - range.lowerBound)
            if index + 1 < contentStart && isSpace(bytes[index + 1]) {
                starts.append(index + 2 - range.lowerBound)
            }
        }
        return starts
    }

    private func matches(_ marker: [UInt8], _ line: Int, _ offset: Int) -> Bool {
        guard let bytes = loaded?.bytes else { return false }
        let range = lineRange(line)
        guard offset >= 0 && offset + marker.count <= range.count else { return false }
        let start = range.lowerBound + offset
        return bytes[start..<start + marker.count].elementsEqual(marker)
    }

    private func occurrences(of marker: [UInt8], line: Int) -> [Int] {
        (0..<max(lineRange(line).count, 0)).filter { matches(marker, line, $0) }
    }

    private func isAfter(_ previous: (line: Int, offset: Int)?, _ line: Int, _ offset: Int) -> Bool {
        guard let previous else { return true }
        return (line, offset) > previous
    }
}
