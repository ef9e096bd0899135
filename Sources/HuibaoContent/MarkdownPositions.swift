import CCmark

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Where cmark's nodes start in the Markdown, as lines and columns in Unicode scalars.
///
/// cmark 0.30.2 reports where blocks start correctly, and inline nodes only on a
/// paragraph's first line. Otherwise:
/// - on a continuation line it counts columns from the paragraph's start column plus the
///   indentation it kept (a lazy line keeps it, other lines lose it);
/// - after reference definitions, a paragraph's inline nodes start on the definitions' line;
/// - a line break between a link's destination and its title, or after a backslash (a hard
///   line break), is not counted: columns run on from the line before;
/// - a link or image whose text spans lines starts on the line where its text ends;
/// - a code span starts after its backticks; an autolink's own columns are wrong.
/// The distance from a line's first node is right, so each line's first node is found in
/// the text (it must start the line's text with what it starts with), and an image or raw
/// HTML is placed at that distance, checked against the text (`![` or `<`), else looked for.
struct MarkdownPositions {
    let source: MarkdownSource
    /// The paragraph or heading whose inline nodes are being walked.
    private var block: Block?

    init(_ source: MarkdownSource) {
        self.source = source
    }

    /// What an inline node's text starts with.
    enum Marker {
        case image, rawHTML

        var bytes: [UInt8] {
            switch self {
            case .image: return [UInt8(ascii: "!"), UInt8(ascii: "[")]
            case .rawHTML: return [UInt8(ascii: "<")]
            }
        }
    }

    private struct Block {
        var startLine: Int
        var startColumn: Int
        var endLine: Int
        /// cmark's position of the current line's first node, moved to where the line's text
        /// starts (before a code span's backticks, before a text's indentation).
        var lineStart: (line: Int, byteColumn: Int)
        /// Whether the next inline node is the first on its line: a paragraph's first node is
        /// (reference definitions may come before it); a heading's start column is its text's.
        var awaitingLineStart: Bool
        /// Lines cmark had lost by `lineStart`'s line.
        var lineStartShift = 0
        /// The last line cmark reported for a node, and that line when a hard line break
        /// came after it: a backslash break does not count as a line for cmark.
        var lastReportedLine: Int
        var lineBeforeHardBreak: Int?
        /// Lines cmark had lost by the last node found; they only accumulate.
        var lineShift = 0
        /// The last node found, as (line, byte offset in the line): the next starts after it.
        var previous: (line: Int, offset: Int)?

        init(_ node: OpaquePointer) {
            startLine = Int(cmark_node_get_start_line(node))
            startColumn = Int(cmark_node_get_start_column(node))
            endLine = Int(cmark_node_get_end_line(node))
            lineStart = (startLine, startColumn)
            lastReportedLine = startLine
            awaitingLineStart = cmark_node_get_type(node) == CMARK_NODE_PARAGRAPH
        }
    }

    mutating func enterBlock(_ node: OpaquePointer) {
        block = Block(node)
    }

    mutating func exitBlock() {
        block = nil
    }

    /// Where a block node starts: cmark is right.
    func blockLocation(_ node: OpaquePointer) -> MarkdownLocation {
        source.location(line: Int(cmark_node_get_start_line(node)), byteColumn: Int(cmark_node_get_start_column(node)))
    }

    /// Follows every inline node in document order, before any of them is located.
    mutating func enterInline(_ node: OpaquePointer) {
        guard block != nil else { return }
        let type = cmark_node_get_type(node)
        if type == CMARK_NODE_SOFTBREAK || type == CMARK_NODE_LINEBREAK {
            block!.awaitingLineStart = true
            block!.lineBeforeHardBreak = type == CMARK_NODE_LINEBREAK ? block!.lastReportedLine : nil
            return
        }
        let reportedLine = Int(cmark_node_get_start_line(node))
        block!.lastReportedLine = max(block!.lastReportedLine, reportedLine)
        guard block!.awaitingLineStart else { return }
        block!.awaitingLineStart = false
        // After a backslash line break cmark counts on as if on the same line: so does the
        // current line start.
        if reportedLine == block!.lineBeforeHardBreak { return }
        startLine(at: node, type)
    }

    /// Makes `node`, the first on its line, the current line's start.
    private mutating func startLine(at node: OpaquePointer, _ type: cmark_node_type) {
        guard var block else { return }
        defer { self.block = block }
        let start = Self.start(of: node)
        let (firstBytes, indentation) = Self.firstBytes(of: node, type)
        // The line: the first from the expected one whose text starts as the node does.
        let expected = start.line + block.lineShift
        let last = min(max(block.endLine, expected), source.lines.count)
        var line = expected
        if let firstBytes, expected >= 1 {
            line =
                (expected...max(expected, last)).first { candidate in
                    guard let byte = source.byte(line: candidate, offset: textStart(candidate, block)) else {
                        return false
                    }
                    return byte == firstBytes.0 || byte == firstBytes.1 || byte == firstBytes.2
                } ?? expected
        }
        block.lineStartShift = line - start.line
        block.lineShift = max(block.lineShift, block.lineStartShift)
        var column = start.byteColumn + indentation
        if type == CMARK_NODE_CODE {
            let text = textStart(line, block)
            var ticks = 0
            while source.byte(line: line, offset: text + ticks) == UInt8(ascii: "`") { ticks += 1 }
            column -= ticks
        }
        block.lineStart = (start.line, column)
    }

    /// Learns the line breaks cmark lost inside a link or image that just ended (between
    /// its destination and title): it reports the end on the line where its text ends.
    mutating func exitLink(_ node: OpaquePointer) {
        guard var block, Int(cmark_node_get_end_line(node)) == block.lineStart.line, !Self.isAutolink(node) else {
            return
        }
        let reportedLine = block.lineStart.line
        let line = reportedLine + block.lineStartShift
        let last = min(max(block.endLine, line), source.lines.count)
        guard line >= 1 && line <= last else { return }
        let offset = textStart(line, block) + Int(cmark_node_get_end_column(node)) - block.lineStart.byteColumn
        let end = source.follow(line: line, offset: offset, through: last)
        if end.line > line && !end.offsets.isEmpty {
            block.lineShift = max(block.lineShift, end.line - reportedLine)
            self.block = block
        }
    }

    /// Where an image or raw HTML node starts.
    mutating func locate(_ node: OpaquePointer, marker: Marker) -> MarkdownLocation {
        var reported = Self.start(of: node)
        guard var block, !source.lines.isEmpty else {
            return source.location(line: reported.line, byteColumn: reported.byteColumn)
        }
        defer { self.block = block }
        if reported.line <= 0 {
            reported = (block.startLine, block.startColumn)
        }
        let marker = marker.bytes
        let onLineStartLine = reported.line == block.lineStart.line
        let first = reported.line + (onLineStartLine ? block.lineStartShift : block.lineShift)
        guard first >= 1 && first <= source.lines.count else {
            return source.location(line: reported.line, byteColumn: reported.byteColumn)
        }
        let fromLineStart = onLineStartLine ? reported.byteColumn - block.lineStart.byteColumn : nil

        // The usual case: at that distance from the line's first node, on its line.
        if let fromLineStart {
            let offset = textStart(first, block) + fromLineStart
            if isFree(first, offset, block) && source.matches(marker, line: first, offset: offset) {
                return accept(first, offset, reportedLine: reported.line, onLineStartLine, &block)
            }
        }
        let last = min(max(block.endLine, first), source.lines.count)
        let followed = fromLineStart.map {
            source.follow(line: first, offset: textStart(first, block) + $0, through: last)
        }
        let offsetInText = reported.byteColumn - block.startColumn
        for line in first...last {
            if let followed, followed.line == line, line > first,
                let offset = followed.offsets.first(where: {
                    isFree(line, $0, block) && source.matches(marker, line: line, offset: $0)
                })
            {
                return accept(line, offset, reportedLine: reported.line, onLineStartLine, lostLineBreak: true, &block)
            }
            var candidates: [Int] = []
            if let fromLineStart { candidates.append(textStart(line, block) + fromLineStart) }
            if line == block.startLine { candidates.append(reported.byteColumn - 1) }
            // After a line break inside a code span or raw HTML, cmark counts from where it
            // takes the line's text to start.
            candidates += source.possibleTextStarts(line).map { $0 + offsetInText }
            if let offset = candidates.first(where: {
                isFree(line, $0, block) && source.matches(marker, line: line, offset: $0)
            }) {
                return accept(line, offset, reportedLine: reported.line, onLineStartLine, &block)
            }
            // Otherwise the marker nearest to the likeliest column, when this line has one.
            let hint = candidates[0]
            let offsets = source.occurrences(of: marker, line: line).filter { isFree(line, $0, block) }
            if let nearest = offsets.min(by: { abs($0 - hint) < abs($1 - hint) }) {
                return accept(line, nearest, reportedLine: reported.line, onLineStartLine, &block)
            }
        }
        return source.location(line: reported.line, byteColumn: reported.byteColumn)
    }

    /// Whether a node can start at (line, offset): after the last one found.
    private func isFree(_ line: Int, _ offset: Int, _ block: Block) -> Bool {
        guard let previous = block.previous else { return true }
        return (line, offset) > previous
    }

    /// Records a node found at (line, offset) and returns its location.
    private func accept(
        _ line: Int, _ offset: Int, reportedLine: Int, _ onLineStartLine: Bool, lostLineBreak: Bool = false,
        _ block: inout Block
    ) -> MarkdownLocation {
        block.lineShift = line - reportedLine
        if onLineStartLine && !lostLineBreak { block.lineStartShift = block.lineShift }
        block.previous = (line, offset)
        return MarkdownLocation(line: line, column: source.scalarColumn(line: line, offset: offset))
    }

    /// Where the block's text starts on `line`: its start column on its first line.
    private func textStart(_ line: Int, _ block: Block) -> Int {
        line == block.startLine ? block.startColumn - 1 : source.possibleTextStarts(line)[0]
    }

    /// cmark's start of an inline node. A link or image whose text spans lines is reported
    /// on the line where its text ends (the column is right for the line it starts on):
    /// its first child with a position tells the line. An autolink's own position is wrong.
    private static func start(of node: OpaquePointer) -> (line: Int, byteColumn: Int) {
        var line = Int(cmark_node_get_start_line(node))
        let column = Int(cmark_node_get_start_column(node))
        let type = cmark_node_get_type(node)
        guard type == CMARK_NODE_IMAGE || type == CMARK_NODE_LINK else { return (line, column) }
        if isAutolink(node), let text = cmark_node_first_child(node) {
            // Its text's position is right; the `<` is just before it.
            return (Int(cmark_node_get_start_line(text)), Int(cmark_node_get_start_column(text)) - 1)
        }
        var lineBreaks = 0
        var child = cmark_node_first_child(node)
        while let current = child {
            let childType = cmark_node_get_type(current)
            if childType == CMARK_NODE_SOFTBREAK || childType == CMARK_NODE_LINEBREAK {
                lineBreaks += 1
            } else if cmark_node_get_start_line(current) > 0 {
                line = min(line, Int(cmark_node_get_start_line(current)) - lineBreaks)
                break
            }
            child = cmark_node_next(current)
        }
        return (line, column)
    }

    /// Whether a link is an autolink (`<http://…>`): it has no destination to lose a line
    /// break after, and cmark 0.30.2 reports its start and end columns too far right.
    private static func isAutolink(_ node: OpaquePointer) -> Bool {
        guard cmark_node_get_type(node) == CMARK_NODE_LINK, let child = cmark_node_first_child(node),
            cmark_node_next(child) == nil, cmark_node_get_type(child) == CMARK_NODE_TEXT,
            let text = cmark_node_get_literal(child), var url = cmark_node_get_url(node)
        else { return false }
        if strncmp(url, "mailto:", 7) == 0 && strncmp(text, "mailto:", 7) != 0 { url += 7 }
        return strcmp(url, text) == 0
    }

    /// The bytes an inline node's text can start with (nil: anything), and for a text node
    /// the indentation before its first other character.
    private static func firstBytes(
        of node: OpaquePointer, _ type: cmark_node_type
    ) -> (bytes: (UInt8, UInt8, UInt8)?, indentation: Int) {
        switch type {
        case CMARK_NODE_TEXT:
            guard var byte = cmark_node_get_literal(node) else { return (nil, 0) }
            var indentation = 0
            while byte.pointee == CChar(UInt8(ascii: " ")) || byte.pointee == CChar(UInt8(ascii: "\t")) {
                indentation += 1
                byte += 1
            }
            guard byte.pointee != 0 else { return (nil, indentation) }
            // Or the backslash of an escape, or the ampersand of an entity.
            return ((UInt8(bitPattern: byte.pointee), UInt8(ascii: "\\"), UInt8(ascii: "&")), indentation)
        case CMARK_NODE_CODE: return ((UInt8(ascii: "`"), UInt8(ascii: "`"), UInt8(ascii: "`")), 0)
        case CMARK_NODE_HTML_INLINE: return ((UInt8(ascii: "<"), UInt8(ascii: "<"), UInt8(ascii: "<")), 0)
        case CMARK_NODE_IMAGE: return ((UInt8(ascii: "!"), UInt8(ascii: "!"), UInt8(ascii: "!")), 0)
        case CMARK_NODE_LINK: return ((UInt8(ascii: "["), UInt8(ascii: "<"), UInt8(ascii: "[")), 0)
        case CMARK_NODE_EMPH, CMARK_NODE_STRONG: return ((UInt8(ascii: "*"), UInt8(ascii: "_"), UInt8(ascii: "*")), 0)
        default: return (nil, 0)
        }
    }
}
