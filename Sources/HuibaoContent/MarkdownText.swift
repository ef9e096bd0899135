/// The visible text of a Markdown document as it is collected, for 字数: blocks and line
/// breaks become "\n" so the words of adjacent blocks never merge.
struct MarkdownText {
    private var text = ""

    /// The text without trailing line breaks.
    var result: String {
        var result = text
        while result.utf8.last == UInt8(ascii: "\n") { result.removeLast() }
        return result
    }

    /// Appends a literal that cmark owns (copied, not freed).
    mutating func append(_ literal: UnsafePointer<CChar>?) {
        guard let literal else { return }
        text += String(cString: literal)
    }

    /// Ends the current line unless the text is empty or already ends one.
    mutating func endBlock() {
        if let last = text.utf8.last, last != UInt8(ascii: "\n") {
            text.append("\n")
        }
    }
}
