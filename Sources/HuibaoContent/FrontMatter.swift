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
        let utf8 = text.utf8
        let noFrontMatter = FrontMatterSplit(yaml: nil, yamlFirstLine: 1, body: text, bodyFirstLine: 1)
        guard let opening = nextLine(in: utf8, from: utf8.startIndex),
            isDelimiter(utf8[opening.content], allowDots: false)
        else {
            return .success(noFrontMatter)
        }
        var lineNumber = 1
        var lineStart = opening.next
        while let line = nextLine(in: utf8, from: lineStart) {
            lineNumber += 1
            if isDelimiter(utf8[line.content], allowDots: true) {
                return .success(
                    FrontMatterSplit(
                        yaml: String(text[opening.next..<lineStart]),
                        yamlFirstLine: 2,
                        body: String(text[line.next...]),
                        bodyFirstLine: lineNumber + 1))
            }
            lineStart = line.next
        }
        return .failure(FrontMatterError(line: 1))
    }

    /// The line starting at `start`: its content (without the LF) and where the next line
    /// starts; nil at the end of the text.
    private static func nextLine(
        in utf8: String.UTF8View, from start: String.Index
    ) -> (content: Range<String.Index>, next: String.Index)? {
        guard start < utf8.endIndex else { return nil }
        guard let newline = utf8[start...].firstIndex(of: UInt8(ascii: "\n")) else {
            return (start..<utf8.endIndex, utf8.endIndex)
        }
        return (start..<newline, utf8.index(after: newline))
    }

    /// Whether a line is `---` (or `...` when allowed) followed only by spaces and tabs.
    private static func isDelimiter(_ line: Substring.UTF8View, allowDots: Bool) -> Bool {
        // Most lines are told by their first byte (a front matter's lines are checked one by one).
        switch line.first {
        case UInt8(ascii: "-"): break
        case UInt8(ascii: "."): guard allowDots else { return false }
        default: return false
        }
        var bytes = line[...]
        while let last = bytes.last, last == UInt8(ascii: " ") || last == UInt8(ascii: "\t") {
            bytes = bytes.dropLast()
        }
        return bytes.elementsEqual("---".utf8) || (allowDots && bytes.elementsEqual("...".utf8))
    }
}
