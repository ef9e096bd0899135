#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The Markdown's bytes by line: turns byte columns (cmark's) into columns in Unicode
/// scalars, and answers what the text holds where.
struct MarkdownSource {
    let bytes: [UInt8]
    /// The byte range of every line, without its line ending.
    let lines: [Range<Int>]
    /// The last column counted: nodes come in document order, so the next count on the same
    /// line goes on from there (linear, not quadratic, on a line with thousands of tags).
    private let lastColumn = ColumnMemo()

    init(_ markdown: String) {
        bytes = markdown.utf8.withContiguousStorageIfAvailable(Array.init) ?? Array(markdown.utf8)
        lines = bytes.withUnsafeBufferPointer(Self.lineRanges)
    }

    /// The location of a 1-based line and byte column, both clamped to the text.
    func location(line: Int, byteColumn: Int) -> MarkdownLocation {
        let line = min(max(line, 1), lines.count)
        return MarkdownLocation(line: line, column: scalarColumn(line: line, offset: byteColumn - 1))
    }

    /// 1 + the Unicode scalars before byte `offset` of `line` (clamped to the line).
    func scalarColumn(line: Int, offset: Int) -> Int {
        let range = lineRange(line)
        let end = range.lowerBound + min(max(offset, 0), range.count)
        var column = 1
        var start = range.lowerBound
        if lastColumn.line == line, lastColumn.end <= end, lastColumn.end >= range.lowerBound {
            column = lastColumn.column
            start = lastColumn.end
        }
        for index in start..<end where bytes[index] & 0xC0 != 0x80 {
            column += 1
        }
        lastColumn.line = line
        lastColumn.end = end
        lastColumn.column = column
        return column
    }

    /// The bytes of a 1-based line; empty outside the text.
    func lineRange(_ line: Int) -> Range<Int> {
        line >= 1 && line <= lines.count ? lines[line - 1] : 0..<0
    }

    /// The byte at `offset` in `line`, nil outside it.
    func byte(line: Int, offset: Int) -> UInt8? {
        let range = lineRange(line)
        return offset >= 0 && offset < range.count ? bytes[range.lowerBound + offset] : nil
    }

    /// Whether `line` holds `marker` at byte `offset`.
    func matches(_ marker: [UInt8], line: Int, offset: Int) -> Bool {
        let range = lineRange(line)
        guard offset >= 0 && offset + marker.count <= range.count else { return false }
        let start = range.lowerBound + offset
        return bytes[start..<start + marker.count].elementsEqual(marker)
    }

    /// Every byte offset in `line` where `marker` occurs.
    func occurrences(of marker: [UInt8], line: Int) -> [Int] {
        (0..<lineRange(line).count).filter { matches(marker, line: line, offset: $0) }
    }

    /// Where a paragraph's text may start on a continuation line, likeliest first: after
    /// the indentation and block-quote markers (cmark strips them), at the line's start (a
    /// lazy line keeps its indentation), or after any of its `>` markers.
    func possibleTextStarts(_ line: Int) -> [Int] {
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

    /// The places `offset` bytes into `line`, continued onto the following lines' text (a
    /// line break counting one byte) when the line is shorter: one place, or one for each
    /// of the next line's possible text starts; empty past `lastLine`.
    func follow(line: Int, offset: Int, through lastLine: Int) -> (line: Int, offsets: [Int]) {
        var line = line
        var offsets = [offset]
        while line <= lastLine {
            let length = lineRange(line).count
            let beyond = offsets[0] - length - 1
            if beyond < 0 { return (line, offsets) }
            line += 1
            offsets = line <= lastLine ? possibleTextStarts(line).map { $0 + beyond } : []
        }
        return (line, [])
    }

    /// The byte range of every line, without its line ending (LF, CRLF or CR, as cmark reads them).
    private static func lineRanges(_ bytes: UnsafeBufferPointer<UInt8>) -> [Range<Int>] {
        guard let base = bytes.baseAddress else { return [0..<0] }
        var lines: [Range<Int>] = []
        var start = 0
        if memchr(base, Int32(UInt8(ascii: "\r")), bytes.count) == nil {
            // The usual case (text decoded by `TextDecoding`): find each LF with memchr.
            while start < bytes.count, let found = memchr(base + start, Int32(UInt8(ascii: "\n")), bytes.count - start)
            {
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
}

/// Where `MarkdownSource.scalarColumn` last counted to (one parse, one thread).
final class ColumnMemo {
    var line = 0
    var end = 0
    var column = 1
}
