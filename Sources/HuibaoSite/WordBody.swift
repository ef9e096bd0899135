import HuibaoOffice

/// A body's HTML, as cmark writes it, as Word blocks (the Word report's write-ups and month
/// notes): paragraphs with bold, italic and code runs; the body's own headings as bold
/// paragraphs (the document's headings stay its outline); lists, nested up to three levels;
/// line breaks; a link as its text with an outside address after it; images through
/// `picture`. Other markup is dropped and its text kept.
struct WordBody {
    /// The blocks for an image (`src`, `alt`): a picture, or a line saying why there is none.
    var picture: (_ src: String, _ alt: String) -> [DocxBlock]

    private var blocks: [DocxBlock] = []
    private var runs: [DocxRun] = []
    private var bold = 0
    private var italic = 0
    private var code = 0
    private var preformatted = 0
    private var heading = false
    private var link: String?
    /// The list being built (nested lists add items at deeper levels) and its depth.
    private var list: DocxList?
    private var depth = 0

    init(picture: @escaping (_ src: String, _ alt: String) -> [DocxBlock]) {
        self.picture = picture
    }

    /// The blocks of `html`.
    static func blocks(_ html: String, picture: @escaping (_ src: String, _ alt: String) -> [DocxBlock]) -> [DocxBlock]
    {
        var body = WordBody(picture: picture)
        for token in HTMLToken.tokenize(html) { body.read(token) }
        body.endParagraph()
        body.endList()
        return body.blocks
    }

    private mutating func read(_ token: HTMLToken) {
        switch token {
        case .start(let name, let attributes, let selfClosing):
            start(name, attributes: attributes)
            if selfClosing { end(name) }
        case .end(let name): end(name)
        case .text(let text): append(text)
        }
    }

    private mutating func start(_ name: String, attributes: [String: String]) {
        switch name {
        case "p", "div", "blockquote", "tr", "dt", "dd", "figure", "figcaption", "table": endParagraph()
        case "h1", "h2", "h3", "h4", "h5", "h6":
            endParagraph()
            heading = true
        case "pre":
            endParagraph()
            preformatted += 1
        case "hr":
            endParagraph()
            blocks.append(.paragraph(DocxParagraph("——", alignment: .center)))
        case "br": runs.append(DocxRun("\n"))
        case "strong", "b": bold += 1
        case "em", "i": italic += 1
        case "code": code += 1
        case "td", "th": if !runs.isEmpty { runs.append(DocxRun("\t")) }
        case "a": link = attributes["href"].map(Self.unescaped)
        case "img":
            endParagraph()
            let src = Self.unescaped(attributes["src"] ?? "")
            let alt = Self.unescaped(attributes["alt"] ?? "")
            let pictureBlocks = picture(src, alt)
            if depth > 0, !pictureBlocks.isEmpty {
                // A picture inside a list item ends the list there; the list goes on after it.
                endList()
                blocks.append(contentsOf: pictureBlocks)
            } else {
                blocks.append(contentsOf: pictureBlocks)
            }
        case "ul", "ol":
            endParagraph()
            if list == nil {
                list = DocxList(ordered: name == "ol", start: Int(attributes["start"] ?? "") ?? 1, items: [])
            }
            depth += 1
        case "li": endParagraph()
        default: break
        }
    }

    private mutating func end(_ name: String) {
        switch name {
        case "p", "div", "blockquote", "tr", "dt", "dd", "li", "figure", "figcaption", "table": endParagraph()
        case "h1", "h2", "h3", "h4", "h5", "h6":
            endParagraph()
            heading = false
        case "pre":
            endParagraph()
            preformatted = max(0, preformatted - 1)
        case "strong", "b": bold = max(0, bold - 1)
        case "em", "i": italic = max(0, italic - 1)
        case "code": code = max(0, code - 1)
        case "a":
            if let link, Self.isOutside(link), !runs.contains(where: { $0.text.contains(link) }) {
                runs.append(DocxRun("（\(link)）"))
            }
            link = nil
        case "ul", "ol":
            endParagraph()
            depth = max(0, depth - 1)
            if depth == 0 { endList() }
        default: break
        }
    }

    private mutating func append(_ escaped: String) {
        var text = Self.unescaped(escaped)
        if preformatted == 0 {
            // Whitespace between block tags is not text; a soft line break inside Chinese text
            // is nothing, elsewhere a space.
            if runs.isEmpty && text.allSatisfy(\.isWhitespace) { return }
            if runs.isEmpty { text = String(text.drop(while: \.isNewline)) }
            let previous = (runs.last?.text.unicodeScalars.last).map { $0 == "\n" || $0.value >= 0x2E80 } ?? true
            var joined = ""
            for character in text {
                if character == "\n" {
                    let last = joined.unicodeScalars.last.map { $0.value >= 0x2E80 } ?? previous
                    if !last { joined.append(" ") }
                } else {
                    joined.append(character)
                }
            }
            text = joined
        }
        guard !text.isEmpty else { return }
        runs.append(
            DocxRun(text, bold: bold > 0 || heading, italic: italic > 0, monospaced: code > 0 || preformatted > 0))
    }

    private mutating func endParagraph() {
        while let last = runs.last, last.text.allSatisfy(\.isWhitespace) { runs.removeLast() }
        guard !runs.isEmpty else { return }
        if depth > 0, list != nil {
            list?.items.append(DocxList.Item(runs, level: min(depth - 1, 2)))
        } else {
            blocks.append(.paragraph(DocxParagraph(runs, style: preformatted > 0 ? .code : .normal)))
        }
        runs = []
    }

    private mutating func endList() {
        endParagraph()
        if let list, !list.items.isEmpty { blocks.append(.list(list)) }
        list = depth > 0 ? list.map { DocxList(ordered: $0.ordered, start: 1, items: []) } : nil
    }

    /// A link to somewhere else (a web or mail address): its address is written after its text,
    /// since a printed page cannot be clicked.
    static func isOutside(_ href: String) -> Bool {
        let lower = href.lowercased()
        return lower.hasPrefix("http://") || lower.hasPrefix("https://") || lower.hasPrefix("mailto:")
    }

    /// HTML text with its character references resolved: the named ones cmark writes
    /// (`&amp; &lt; &gt; &quot;`), `&#39; &apos; &nbsp;` and numeric ones; others kept as written.
    static func unescaped(_ text: String) -> String {
        guard text.contains("&") else { return text }
        var result = ""
        var rest = Substring(text)
        while let amp = rest.firstIndex(of: "&") {
            result += rest[..<amp]
            let after = rest[amp...]
            guard let semicolon = after.prefix(12).firstIndex(of: ";") else {
                result += "&"
                rest = rest[rest.index(after: amp)...]
                continue
            }
            let name = after[after.index(after: amp)..<semicolon]
            if let scalar = Self.character(String(name)) {
                result.unicodeScalars.append(scalar)
            } else {
                result += after[...semicolon]
            }
            rest = after[after.index(after: semicolon)...]
        }
        return result + rest
    }

    private static func character(_ name: String) -> Unicode.Scalar? {
        switch name {
        case "amp": return "&"
        case "lt": return "<"
        case "gt": return ">"
        case "quot": return "\""
        case "apos": return "'"
        case "nbsp": return "\u{00A0}"
        default:
            guard name.hasPrefix("#") else { return nil }
            let digits = name.dropFirst()
            let value =
                digits.first == "x" || digits.first == "X" ? UInt32(digits.dropFirst(), radix: 16) : UInt32(digits)
            return value.flatMap(Unicode.Scalar.init).flatMap { $0.value == 0 ? nil : $0 }
        }
    }
}
