#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The visible text of a Markdown document as it is collected, for 字数: blocks and line
/// breaks become "\n" so the words of adjacent blocks never merge.
struct MarkdownText {
    private static let newline = UInt8(ascii: "\n")
    private var bytes: [UInt8] = []

    init(capacity: Int = 0) {
        bytes.reserveCapacity(capacity)
    }

    /// The text without trailing line breaks, as UTF-8 (cmark's literals are valid UTF-8),
    /// handed over without a copy: the collected text is empty afterwards.
    mutating func takeResult() -> [UInt8] {
        var result: [UInt8] = []
        swap(&result, &bytes)
        while result.last == Self.newline { result.removeLast() }
        return result
    }

    /// Appends a literal that cmark owns (copied, not freed).
    mutating func append(_ literal: UnsafePointer<CChar>?) {
        guard let literal else { return }
        let count = strlen(literal)
        literal.withMemoryRebound(to: UInt8.self, capacity: count) { start in
            bytes.append(contentsOf: UnsafeBufferPointer(start: start, count: count))
        }
    }

    /// Ends the current line unless the text is empty or already ends one.
    mutating func endBlock() {
        if let last = bytes.last, last != Self.newline {
            bytes.append(Self.newline)
        }
    }
}
