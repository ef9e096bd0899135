import HuibaoModel

/// Writes the WeChat fragment token by token: the state of one `WeChatExport` run.
struct WeChatWriter {
    let styles: WeChatStyles
    private(set) var output = ""
    private(set) var footnotes: [WeChatFragment.Footnote] = []
    private var footnoteNumbers: [String: Int] = [:]
    /// The outside links being written, innermost last: their number and text so far.
    private var links: [(number: Int?, text: String)] = []
    /// Elements whose end tag must be written, innermost last (nil: the start tag was dropped).
    private var open: [(name: String, written: String?)] = []
    /// Inside `<pre>`: line breaks and indentation are kept.
    private var preDepth = 0
    /// Inside an element whose content is dropped (script, style…): its name and nesting.
    private var skipping: (name: String, depth: Int)?
    /// The last character written as text, to decide how a line break joins.
    private var lastCharacter: Character?

    static let blocks: Set<String> = [
        "p", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "ul", "ol", "li", "pre", "hr",
    ]
    /// Blocks whose start tag ends its line in the output (they hold other blocks).
    static let containers: Set<String> = ["blockquote", "ul", "ol"]
    static let droppedWithContent: Set<String> = [
        "script", "style", "template", "iframe", "object", "embed", "noscript", "textarea", "title", "head", "svg",
        "math", "select", "canvas", "video", "audio",
    ]
    static let rename = ["b": "strong", "i": "em"]

    /// The as-of date for masking when local images become placeholders; nil keeps them.
    let placeholders: Day?

    init(styles: WeChatStyles, placeholders: Day? = nil) {
        self.styles = styles
        self.placeholders = placeholders
        output = "<section style=\"\(Self.attribute(styles["section"]))\">\n"
    }

    mutating func write(_ tokens: [HTMLToken]) {
        for (index, token) in tokens.enumerated() {
            if var skip = skipping {
                switch token {
                case .start(let name, _, let selfClosing) where name == skip.name && !selfClosing: skip.depth += 1
                case .end(let name) where name == skip.name: skip.depth -= 1
                default: break
                }
                skipping = skip.depth == 0 ? nil : skip
                continue
            }
            switch token {
            case .start(let name, let attributes, let selfClosing):
                start(Self.rename[name] ?? name, attributes, selfClosing: selfClosing)
            case .end(let name):
                end(Self.rename[name] ?? name)
            case .text(let text):
                let before = index > 0 ? tokens[index - 1] : nil
                let after = index + 1 < tokens.count ? tokens[index + 1] : nil
                self.text(
                    text, afterBlock: before.map(Self.isBlockBoundary) ?? true,
                    beforeBlock: after.map(Self.isBlockBoundary) ?? true,
                    next: Self.firstCharacter(after: index, in: tokens))
            }
        }
        while let element = open.popLast() {
            if let written = element.written { output += "</\(written)>" }
        }
    }

    /// Ends the fragment with the 引用链接 list when there were outside links.
    mutating func closeFootnotes() {
        if !footnotes.isEmpty {
            output += "<section style=\"\(Self.attribute(styles["footnotes"]))\">\n"
            output += "<p style=\"\(Self.attribute(styles["footnotes-title"]))\">\(WeChatExport.footnotesTitle)</p>\n"
            for (index, note) in footnotes.enumerated() {
                let label = note.text.isEmpty || note.text == note.url ? "" : note.text + "："
                output += "<p style=\"\(Self.attribute(styles["footnote"]))\">[\(index + 1)] \(label)\(note.url)</p>\n"
            }
            output += "</section>\n"
        }
        output += "</section>\n"
    }

    // MARK: - Tags

    private mutating func start(_ name: String, _ attributes: [String: String], selfClosing: Bool) {
        switch name {
        case "p", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "ul", "li", "pre", "strong", "em":
            openTag(name, extra: "")
        case "ol":
            let start = attributes["start"].flatMap { $0.allSatisfy(\.isASCIIDigit) && !$0.isEmpty ? $0 : nil }
            openTag(name, extra: start.map { " start=\"\($0)\"" } ?? "")
        case "code":
            if preDepth > 0 { open.append((name, nil)) } else { openTag(name, extra: "") }
        case "a":
            let href = attributes["href"] ?? ""
            if WeChatExport.staysLink(href) {
                openTag(name, extra: " href=\"\(Self.attribute(href))\"")
            } else {
                links.append((WeChatExport.isOutside(href) ? footnoteNumber(href) : nil, ""))
                open.append((name, nil))
            }
        case "img":
            let src = attributes["src"] ?? ""
            if let asOf = placeholders, !src.isEmpty, !WeChatExport.isWebImage(src) {
                let text = HTMLEscaping.escape(WeChatExport.placeholder(for: src, asOf: asOf))
                output += "<strong style=\"\(Self.attribute(styles["img-placeholder"]))\">\(text)</strong>"
                return
            }
            guard WeChatExport.isUsableImage(src) else { return }
            let alt = attributes["alt"] ?? ""
            output +=
                "<img src=\"\(Self.attribute(src))\" alt=\"\(Self.attribute(alt))\" style=\"\(Self.attribute(styles["img"]))\">"
        case "hr":
            output += "<hr style=\"\(Self.attribute(styles["hr"]))\">\n"
        case "br":
            output += "<br>"
            lastCharacter = "\n"
        default:
            if Self.droppedWithContent.contains(name) && !selfClosing {
                skipping = (name, 1)
            } else if !selfClosing && !Self.isVoid(name) {
                open.append((name, nil))
            }
        }
    }

    private mutating func openTag(_ name: String, extra: String) {
        output += "<\(name)\(extra) style=\"\(Self.attribute(styles[name]))\">"
        if Self.containers.contains(name) { output += "\n" }
        if name == "pre" { preDepth += 1 }
        open.append((name, name))
    }

    private mutating func end(_ name: String) {
        guard let index = open.lastIndex(where: { $0.name == name }) else { return }
        while open.count > index {
            let element = open.removeLast()
            if let written = element.written {
                output += "</\(written)>"
                if Self.blocks.contains(written) { output += "\n" }
                if written == "pre" { preDepth -= 1 }
            } else if element.name == "a", let link = links.popLast(), let number = link.number {
                output += "<sup style=\"\(Self.attribute(styles["sup"]))\">[\(number)]</sup>"
                if footnotes[number - 1].text.isEmpty { footnotes[number - 1].text = link.text }
            }
        }
    }

    private mutating func footnoteNumber(_ url: String) -> Int {
        if let number = footnoteNumbers[url] { return number }
        footnotes.append(WeChatFragment.Footnote(text: "", url: Self.attribute(url)))
        footnoteNumbers[url] = footnotes.count
        return footnotes.count
    }

    // MARK: - Text

    private mutating func text(_ raw: String, afterBlock: Bool, beforeBlock: Bool, next: Character?) {
        if preDepth > 0 {
            writeCode(raw)
            return
        }
        var text = Substring(raw)
        if afterBlock { text = text.drop { $0 == "\n" || $0 == " " || $0 == "\t" } }
        if beforeBlock {
            while let last = text.last, last == "\n" || last == " " || last == "\t" { text = text.dropLast() }
        }
        var result = ""
        var index = text.startIndex
        while index < text.endIndex {
            let character = text[index]
            index = text.index(after: index)
            guard character == "\n" else {
                result.append(character)
                continue
            }
            // A line break inside a paragraph: nothing between Chinese characters, else a space.
            let before = result.last ?? lastCharacter
            let after = index < text.endIndex ? text[index] : next
            if !Self.isWide(before) && !Self.isWide(after) && before != " " { result.append(" ") }
        }
        guard !result.isEmpty else { return }
        output += result
        lastCharacter = result.last
        for index in links.indices { links[index].text += result }
    }

    /// Code keeps its lines and indentation: line breaks become `<br>`, leading spaces `&nbsp;`.
    private mutating func writeCode(_ raw: String) {
        var text = Substring(raw)
        if text.last == "\n" { text = text.dropLast() }
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map { line -> String in
            let indentation = line.prefix { $0 == " " || $0 == "\t" }
            let spaces = indentation.reduce(0) { $0 + ($1 == "\t" ? 4 : 1) }
            return String(repeating: "&nbsp;", count: spaces) + line.dropFirst(indentation.count)
        }
        output += lines.joined(separator: "<br>")
        lastCharacter = lines.last?.last
    }

    // MARK: - Helpers

    static func isBlockBoundary(_ token: HTMLToken) -> Bool {
        switch token {
        case .start(let name, _, _), .end(let name): return blocks.contains(name) || name == "br"
        case .text: return false
        }
    }

    static func isVoid(_ name: String) -> Bool {
        ["area", "base", "col", "input", "link", "meta", "source", "track", "wbr", "param"].contains(name)
    }

    /// The first character of the text after `index`, skipping inline tags.
    static func firstCharacter(after index: Int, in tokens: [HTMLToken]) -> Character? {
        for token in tokens[(index + 1)...] {
            switch token {
            case .text(let text): if let first = text.first { return first }
            case .start, .end: if isBlockBoundary(token) { return nil }
            }
        }
        return nil
    }

    /// CJK characters and punctuation, full-width forms, and the marks 字数 counts with them.
    static func isWide(_ character: Character?) -> Bool {
        guard let scalar = character?.unicodeScalars.first else { return false }
        return scalar.value >= 0x2E80
            || [0x2014, 0x2026, 0x2018, 0x2019, 0x201C, 0x201D, 0x00B7].contains(scalar.value)
    }

    /// Text for a double-quoted attribute; entities already in it are kept.
    static func attribute(_ text: String) -> String {
        var result = ""
        for character in text {
            switch character {
            case "\"": result += "&quot;"
            case "<": result += "&lt;"
            default: result.append(character)
            }
        }
        return result
    }
}

extension Character {
    fileprivate var isASCIIDigit: Bool { isASCII && isNumber }
}
