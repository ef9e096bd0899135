/// A flat reading of an HTML fragment as cmark writes it (and, with `unsafe_html`, whatever
/// raw HTML the writer added): start tags, end tags and text, comments and doctypes dropped.
/// Text stays escaped as it was written.
enum HTMLToken: Equatable {
    case start(name: String, attributes: [String: String], selfClosing: Bool)
    case end(name: String)
    case text(String)

    /// Splits `html` into tokens; a `<` that starts no tag is kept as text.
    static func tokenize(_ html: String) -> [HTMLToken] {
        var tokens: [HTMLToken] = []
        var text = ""
        var index = html.startIndex
        func flush() {
            if !text.isEmpty { tokens.append(.text(text)) }
            text = ""
        }
        while index < html.endIndex {
            guard html[index] == "<" else {
                text.append(html[index])
                index = html.index(after: index)
                continue
            }
            let rest = html[index...]
            if rest.hasPrefix("<!--") {
                flush()
                index = rest.range(of: "-->").map(\.upperBound) ?? html.endIndex
            } else if rest.hasPrefix("<!") || rest.hasPrefix("<?") {
                flush()
                index = rest.firstIndex(of: ">").map { html.index(after: $0) } ?? html.endIndex
            } else if let (token, next) = tag(in: rest) {
                flush()
                tokens.append(token)
                index = next
            } else {
                text.append("&lt;")
                index = html.index(after: index)
            }
        }
        flush()
        return tokens
    }

    /// The tag starting at `rest` (which starts with `<`) and where it ends.
    private static func tag(in rest: Substring) -> (HTMLToken, String.Index)? {
        var index = rest.index(after: rest.startIndex)
        let closing = index < rest.endIndex && rest[index] == "/"
        if closing { index = rest.index(after: index) }
        let nameStart = index
        while index < rest.endIndex, rest[index].isLetter || rest[index].isNumber || rest[index] == "-" {
            guard rest[index].isASCII else { return nil }
            index = rest.index(after: index)
        }
        guard index > nameStart, rest[nameStart].isLetter else { return nil }
        let name = rest[nameStart..<index].lowercased()
        var attributes: [String: String] = [:]
        var selfClosing = false
        while index < rest.endIndex {
            let character = rest[index]
            if character == ">" {
                let token: HTMLToken =
                    closing ? .end(name: name) : .start(name: name, attributes: attributes, selfClosing: selfClosing)
                return (token, rest.index(after: index))
            }
            if character == "/" {
                selfClosing = true
                index = rest.index(after: index)
                continue
            }
            if character.isWhitespace {
                index = rest.index(after: index)
                continue
            }
            selfClosing = false
            let attributeStart = index
            while index < rest.endIndex, !rest[index].isWhitespace, !"=>/".contains(rest[index]) {
                index = rest.index(after: index)
            }
            let attribute = rest[attributeStart..<index].lowercased()
            guard !attribute.isEmpty else { return nil }
            var value = ""
            if index < rest.endIndex, rest[index] == "=" {
                index = rest.index(after: index)
                guard index < rest.endIndex else { return nil }
                let quote = rest[index]
                if quote == "\"" || quote == "'" {
                    let valueStart = rest.index(after: index)
                    guard let valueEnd = rest[valueStart...].firstIndex(of: quote) else { return nil }
                    value = String(rest[valueStart..<valueEnd])
                    index = rest.index(after: valueEnd)
                } else {
                    let valueStart = index
                    while index < rest.endIndex, !rest[index].isWhitespace, rest[index] != ">" {
                        index = rest.index(after: index)
                    }
                    value = String(rest[valueStart..<index])
                }
            }
            if attributes[attribute] == nil { attributes[attribute] = value }
        }
        return nil
    }
}
