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

    /// The text without trailing line breaks.
    var result: String {
        var end = bytes.count
        while end > 0 && bytes[end - 1] == Self.newline { end -= 1 }
        return String(decoding: bytes[..<end], as: UTF8.self)
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
