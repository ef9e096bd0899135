import Foundation

/// A contract cell's numbered items (`①… ②… ③…`), as the contract writes its standards.
enum NumberedItems {
    /// One item: its text (marker, the `：` after it and surrounding blanks removed; lines
    /// joined) and whether it carried a number.
    struct Item: Equatable {
        var text: String
        var numbered: Bool
    }

    /// The circled numbers ① to ⑳ (U+2460…U+2473) and ㉑ to ㉟ (U+3251…U+325F).
    static func isMarker(_ scalar: Unicode.Scalar) -> Bool {
        (0x2460...0x2473).contains(scalar.value) || (0x3251...0x325F).contains(scalar.value)
    }

    /// The items of `cell`: one per marker, plus any text before the first marker; the whole
    /// text as one unnumbered item when it has no marker. Empty items are left out.
    static func split(_ cell: String) -> [Item] {
        var items: [Item] = []
        var current = ""
        var numbered = false
        func flush() {
            let text = clean(current)
            if !text.isEmpty { items.append(Item(text: text, numbered: numbered)) }
            current = ""
        }
        for scalar in cell.unicodeScalars {
            if isMarker(scalar) {
                flush()
                numbered = true
            } else {
                current.unicodeScalars.append(scalar)
            }
        }
        flush()
        return items
    }

    /// `text` with its lines trimmed and joined, and the `：`, `、` or `.` after a marker dropped.
    static func clean(_ text: String) -> String {
        let joined = text.split(whereSeparator: \.isNewline)
            .map { $0.trimmingCharacters(in: .whitespaces) }
            .joined()
        var result = Substring(joined)
        while let first = result.first, "：:、.．".contains(first) || first.isWhitespace { result = result.dropFirst() }
        return result.trimmingCharacters(in: .whitespaces)
    }
}
