import CCmark

/// One pass over a parsed cmark document: collects text, images and raw HTML positions,
/// and rewrites image URLs in place before the HTML is rendered.
struct MarkdownWalk {
    var source: MarkdownSource
    var text: MarkdownText
    var images: [MarkdownReference] = []
    var rawHTML: [MarkdownLocation] = []

    /// The paragraph or heading the iterator is in, whose lines hold the current inline nodes.
    private var leaf: MarkdownSource.LeafBlock?
    /// How many images the iterator is inside (their alt text is not counted).
    private var imageDepth = 0

    init(source: MarkdownSource, byteCount: Int) {
        self.source = source
        text = MarkdownText(capacity: byteCount)
    }

    mutating func run(_ document: OpaquePointer, rewriteImageURL: (String) -> String?) {
        guard let iterator = cmark_iter_new(document) else { return }
        defer { cmark_iter_free(iterator) }
        while true {
            let event = cmark_iter_next(iterator)
            if event == CMARK_EVENT_DONE { break }
            guard let node = cmark_iter_get_node(iterator) else { continue }
            let type = cmark_node_get_type(node)
            let entering = event == CMARK_EVENT_ENTER
            if entering { leaf?.enter(node) }
            switch type {
            case CMARK_NODE_DOCUMENT:
                break
            case CMARK_NODE_PARAGRAPH, CMARK_NODE_HEADING:
                text.endBlock()
                leaf = entering ? MarkdownSource.LeafBlock(node) : nil
            case CMARK_NODE_TEXT where imageDepth == 0:
                text.append(cmark_node_get_literal(node))
            case CMARK_NODE_CODE:
                text.append(cmark_node_get_literal(node))
            case CMARK_NODE_CODE_BLOCK:
                text.endBlock()
                text.append(cmark_node_get_literal(node))
                text.endBlock()
            case CMARK_NODE_SOFTBREAK where imageDepth == 0, CMARK_NODE_LINEBREAK where imageDepth == 0:
                text.endBlock()
            case CMARK_NODE_IMAGE:
                if entering {
                    imageDepth += 1
                    image(node, rewriteImageURL: rewriteImageURL)
                } else {
                    imageDepth -= 1
                }
            case CMARK_NODE_HTML_INLINE:
                let start = Self.start(of: node)
                rawHTML.append(source.locateInline(start, marker: .rawHTML, in: &leaf))
            case CMARK_NODE_HTML_BLOCK:
                text.endBlock()
                let start = Self.start(of: node)
                rawHTML.append(source.location(line: start.line, byteColumn: start.byteColumn))
            case CMARK_NODE_TEXT, CMARK_NODE_SOFTBREAK, CMARK_NODE_LINEBREAK:
                break  // inside an image: alt text
            case CMARK_NODE_LINK, CMARK_NODE_EMPH, CMARK_NODE_STRONG, CMARK_NODE_CUSTOM_INLINE:
                break
            default:
                text.endBlock()  // block quotes, lists, items, thematic breaks, custom blocks
            }
        }
    }

    private mutating func image(_ node: OpaquePointer, rewriteImageURL: (String) -> String?) {
        let url = cmark_node_get_url(node).map { String(cString: $0) } ?? ""
        let location = source.locateInline(Self.start(of: node), marker: .image, in: &leaf)
        images.append(MarkdownReference(url: url, line: location.line, column: location.column))
        if let replacement = rewriteImageURL(url) {
            cmark_node_set_url(node, replacement)
        }
    }

    private static func start(of node: OpaquePointer) -> (line: Int, byteColumn: Int) {
        (Int(cmark_node_get_start_line(node)), Int(cmark_node_get_start_column(node)))
    }
}
