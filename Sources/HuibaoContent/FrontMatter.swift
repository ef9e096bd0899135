import Foundation

/// A Markdown file cut into its front matter and its body, each with the file line it starts on.
public struct FrontMatterSplit: Sendable, Equatable {
    /// The YAML between the `---` lines (possibly empty), nil when the file has no front matter.
    public var yaml: String?
    /// The file line where `yaml` starts, to add to the YAML parser's 1-based lines minus one.
    public var yamlFirstLine: Int
    public var body: String
    /// The file line where `body` starts.
    public var bodyFirstLine: Int

    public init(yaml: String?, yamlFirstLine: Int, body: String, bodyFirstLine: Int) {
        self.yaml = yaml
        self.yamlFirstLine = yamlFirstLine
        self.body = body
        self.bodyFirstLine = bodyFirstLine
    }
}

/// A front matter opened by `---` and never closed.
public struct FrontMatterError: Error, Equatable {
    /// The line of the opening `---`.
    public var line: Int

    public init(line: Int) {
        self.line = line
    }
}

/// Splits the front matter (between `---` lines) off a Markdown file's text.
public enum FrontMatter {
    /// Splits `text` (LF line endings, no BOM). A first line `---` opens the front matter;
    /// the next line `---` or `...` closes it (trailing spaces and tabs allowed on both).
    public static func split(_ text: String) -> Result<FrontMatterSplit, FrontMatterError> {
        // The lines are found in the text's bytes (`memchr` for each line feed); only the two
        // parts are made as strings, from their byte offsets (every offset is a line's start).
        let found: Found = text.withUTF8Bytes { bytes in
            guard !bytes.isEmpty else { return .noFrontMatter }
            let openingEnd = lineEnd(in: bytes, from: 0)
            guard isDelimiter(bytes, 0..<openingEnd, allowDots: false) else { return .noFrontMatter }
            let yamlStart = min(openingEnd + 1, bytes.count)
            var lineNumber = 1
            var lineStart = yamlStart
            while lineStart < bytes.count {
                let end = lineEnd(in: bytes, from: lineStart)
                lineNumber += 1
                if isDelimiter(bytes, lineStart..<end, allowDots: true) {
                    return .closed(
                        yaml: yamlStart..<lineStart, bodyStart: min(end + 1, bytes.count), bodyLine: lineNumber + 1)
                }
                lineStart = end + 1
            }
            return .unclosed
        }
        switch found {
        case .noFrontMatter:
            return .success(FrontMatterSplit(yaml: nil, yamlFirstLine: 1, body: text, bodyFirstLine: 1))
        case .unclosed:
            return .failure(FrontMatterError(line: 1))
        case .closed(let yaml, let bodyStart, let bodyLine):
            let utf8 = text.utf8
            let index = { (offset: Int) in utf8.index(utf8.startIndex, offsetBy: offset) }
            return .success(
                FrontMatterSplit(
                    yaml: String(text[index(yaml.lowerBound)..<index(yaml.upperBound)]), yamlFirstLine: 2,
                    body: String(text[index(bodyStart)...]), bodyFirstLine: bodyLine))
        }
    }

    /// What the bytes hold: no front matter, one never closed, or one closed (byte ranges).
    private enum Found {
        case noFrontMatter
        case unclosed
        case closed(yaml: Range<Int>, bodyStart: Int, bodyLine: Int)
    }

    /// Where the line starting at `start` ends: its line feed, or the end of the text.
    private static func lineEnd(in bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
        guard let base = bytes.baseAddress, start < bytes.count,
            let found = memchr(base + start, Int32(UInt8(ascii: "\n")), bytes.count - start)
        else { return bytes.count }
        return UnsafeRawPointer(found).assumingMemoryBound(to: UInt8.self) - base
    }

    /// Whether a line is `---` (or `...` when allowed) followed only by spaces and tabs.
    private static func isDelimiter(_ bytes: UnsafeBufferPointer<UInt8>, _ line: Range<Int>, allowDots: Bool) -> Bool {
        // Most lines are told by their first byte (a front matter's lines are checked one by one).
        guard let first = line.first.map({ bytes[$0] }) else { return false }
        switch first {
        case UInt8(ascii: "-"): break
        case UInt8(ascii: "."): guard allowDots else { return false }
        default: return false
        }
        var end = line.upperBound
        while end > line.lowerBound, bytes[end - 1] == UInt8(ascii: " ") || bytes[end - 1] == UInt8(ascii: "\t") {
            end -= 1
        }
        guard end - line.lowerBound == 3 else { return false }
        return bytes[line.lowerBound + 1] == first && bytes[line.lowerBound + 2] == first
    }
}
