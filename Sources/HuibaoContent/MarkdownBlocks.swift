import CCmark
import HuibaoModel

/// Turns Markdown into `TextBlock`s by walking cmark's tree (never a hand-written parser):
/// headings, paragraphs with bold, italic and code spans, lists, quotes, code blocks, images
/// and rules; raw HTML is left out. An image inside a paragraph splits it, so each image
/// stands on its own.
enum MarkdownBlocks {
    /// - Parameter resolveImage: an image URL's path in `Content/`, or nil.
    static func blocks(_ markdown: String, resolveImage: (String) -> String?) -> [TextBlock] {
        let byteCount = markdown.utf8.count
        guard let document = markdown.withCString({ cmark_parse_document($0, byteCount, CMARK_OPT_DEFAULT) }) else {
            return []
        }
        defer { cmark_node_free(document) }
        return withoutActuallyEscaping(resolveImage) { children(of: document, resolveImage: $0) }
    }

    private static func literal(_ node: OpaquePointer) -> String {
        cmark_node_get_literal(node).map { String(cString: $0) } ?? ""
    }

    private static func children(of node: OpaquePointer, resolveImage: @escaping (String) -> String?) -> [TextBlock] {
        var blocks: [TextBlock] = []
        var child = cmark_node_first_child(node)
        while let current = child {
            blocks += block(current, resolveImage: resolveImage)
            child = cmark_node_next(current)
        }
        return blocks
    }

    private static func block(_ node: OpaquePointer, resolveImage: @escaping (String) -> String?) -> [TextBlock] {
        switch cmark_node_get_type(node) {
        case CMARK_NODE_HEADING:
            var inline = Inline(resolveImage: resolveImage)
            inline.walk(node)
            return [.heading(level: Int(cmark_node_get_heading_level(node)), spans: inline.spans)]
        case CMARK_NODE_PARAGRAPH:
            var inline = Inline(resolveImage: resolveImage)
            inline.walk(node)
            return inline.blocks()
        case CMARK_NODE_LIST:
            var items: [[TextBlock]] = []
            var item = cmark_node_first_child(node)
            while let current = item {
                items.append(children(of: current, resolveImage: resolveImage))
                item = cmark_node_next(current)
            }
            return [
                .list(
                    ordered: cmark_node_get_list_type(node) == CMARK_ORDERED_LIST,
                    start: Int(cmark_node_get_list_start(node)), items: items)
            ]
        case CMARK_NODE_BLOCK_QUOTE:
            return [.quote(children(of: node, resolveImage: resolveImage))]
        case CMARK_NODE_CODE_BLOCK:
            var code = literal(node)
            if code.hasSuffix("\n") { code.removeLast() }
            return [.code(code)]
        case CMARK_NODE_THEMATIC_BREAK:
            return [.rule]
        default:
            return []  // raw HTML blocks: left out, as on the site
        }
    }

    /// The inline content of one paragraph or heading: spans, and the images that split it.
    private struct Inline {
        let resolveImage: (String) -> String?
        var spans: [TextSpan] = []
        var finished: [TextBlock] = []
        var strong = 0
        var emphasis = 0

        init(resolveImage: @escaping (String) -> String?) {
            self.resolveImage = resolveImage
        }

        mutating func append(_ text: String, code: Bool = false) {
            guard !text.isEmpty else { return }
            let span = TextSpan(text, strong: strong > 0, emphasis: emphasis > 0, code: code)
            if let last = spans.last, last.strong == span.strong, last.emphasis == span.emphasis, last.code == span.code
            {
                spans[spans.count - 1].text += text
            } else {
                spans.append(span)
            }
        }

        /// A soft break: a space between Latin words, nothing between Chinese characters.
        mutating func softBreak() {
            guard let last = spans.last?.text.unicodeScalars.last, last.isASCII else { return }
            append(" ")
        }

        mutating func walk(_ node: OpaquePointer) {
            var child = cmark_node_first_child(node)
            while let current = child {
                visit(current)
                child = cmark_node_next(current)
            }
        }

        mutating func visit(_ node: OpaquePointer) {
            switch cmark_node_get_type(node) {
            case CMARK_NODE_TEXT: append(MarkdownBlocks.literal(node))
            case CMARK_NODE_CODE: append(MarkdownBlocks.literal(node), code: true)
            case CMARK_NODE_SOFTBREAK: softBreak()
            case CMARK_NODE_LINEBREAK: append("\n")
            case CMARK_NODE_STRONG:
                strong += 1
                walk(node)
                strong -= 1
            case CMARK_NODE_EMPH:
                emphasis += 1
                walk(node)
                emphasis -= 1
            case CMARK_NODE_LINK: walk(node)
            case CMARK_NODE_IMAGE:
                var alt = Inline(resolveImage: resolveImage)
                alt.walk(node)
                let url = cmark_node_get_url(node).map { String(cString: $0) } ?? ""
                flush()
                finished.append(.image(path: resolveImage(url), alt: alt.spans.map(\.text).joined()))
            default: break  // inline HTML: left out
            }
        }

        /// Ends the paragraph so far (before an image).
        mutating func flush() {
            if spans.contains(where: { !$0.text.allSatisfy(\.isWhitespace) }) { finished.append(.paragraph(spans)) }
            spans = []
        }

        mutating func blocks() -> [TextBlock] {
            flush()
            return finished
        }
    }
}
