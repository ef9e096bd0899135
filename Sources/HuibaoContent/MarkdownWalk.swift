import CCmark

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// One pass over a parsed cmark document: collects text, images and raw HTML positions,
/// and rewrites image URLs in place before the HTML is rendered.
struct MarkdownWalk {
    /// Where nodes start; nil for a text with neither images nor raw HTML, whose nodes are never located.
    var positions: MarkdownPositions?
    var text: MarkdownText
    var images: [MarkdownReference] = []
    var rawHTML: [MarkdownLocation] = []
    /// How many images the iterator is inside (their alt text is not counted).
    private var imageDepth = 0

    /// - Parameter markdown: the text cmark parsed.
    init(markdown: String) {
        let count = markdown.utf8.count
        positions = Self.mayHaveLocatedNodes(markdown) ? MarkdownPositions(MarkdownSource(markdown)) : nil
        text = MarkdownText(capacity: count)
    }

    /// Whether `markdown` can hold an image (always written `![`) or raw HTML (always `<`):
    /// only those nodes are located, and following positions costs a walk over every line.
    static func mayHaveLocatedNodes(_ markdown: String) -> Bool {
        var markdown = markdown
        return markdown.withUTF8 { bytes in
            guard let base = bytes.baseAddress else { return false }
            if memchr(base, Int32(UInt8(ascii: "<")), bytes.count) != nil { return true }
            // Each "!" (rare in Chinese text, which uses "！"), checked for a "[" after it.
            var start = 0
            while start < bytes.count, let found = memchr(base + start, Int32(UInt8(ascii: "!")), bytes.count - start) {
                let index = base.distance(to: found.assumingMemoryBound(to: UInt8.self))
                if index + 1 < bytes.count && bytes[index + 1] == UInt8(ascii: "[") { return true }
                start = index + 1
            }
            return false
        }
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
            if entering { positions?.enterInline(node) }
            switch type {
            case CMARK_NODE_DOCUMENT:
                break
            case CMARK_NODE_PARAGRAPH, CMARK_NODE_HEADING:
                text.endBlock()
                if entering { positions?.enterBlock(node) } else { positions?.exitBlock() }
            case CMARK_NODE_TEXT where imageDepth == 0, CMARK_NODE_CODE where imageDepth == 0:
                text.append(cmark_node_get_literal(node))
            case CMARK_NODE_SOFTBREAK where imageDepth == 0, CMARK_NODE_LINEBREAK where imageDepth == 0:
                text.endBlock()
            case CMARK_NODE_TEXT, CMARK_NODE_CODE, CMARK_NODE_SOFTBREAK, CMARK_NODE_LINEBREAK:
                break  // inside an image: alt text
            case CMARK_NODE_CODE_BLOCK:
                text.endBlock()
                text.append(cmark_node_get_literal(node))
                text.endBlock()
            case CMARK_NODE_IMAGE:
                if entering {
                    imageDepth += 1
                    image(node, rewriteImageURL: rewriteImageURL)
                } else {
                    imageDepth -= 1
                    positions?.exitLink(node)
                }
            case CMARK_NODE_LINK:
                if !entering { positions?.exitLink(node) }
            case CMARK_NODE_HTML_INLINE:
                rawHTML.append(locate(node, marker: .rawHTML))
            case CMARK_NODE_HTML_BLOCK:
                text.endBlock()
                rawHTML.append(positions?.blockLocation(node) ?? Self.unknownLocation)
            case CMARK_NODE_EMPH, CMARK_NODE_STRONG, CMARK_NODE_CUSTOM_INLINE:
                break
            default:
                text.endBlock()  // block quotes, lists, items, thematic breaks, custom blocks
            }
        }
    }

    private mutating func image(_ node: OpaquePointer, rewriteImageURL: (String) -> String?) {
        let url = cmark_node_get_url(node).map { String(cString: $0) } ?? ""
        let location = locate(node, marker: .image)
        images.append(MarkdownReference(url: url, line: location.line, column: location.column))
        if let replacement = rewriteImageURL(url) {
            cmark_node_set_url(node, replacement)
        }
    }

    /// Where a located node starts (`mayHaveLocatedNodes` makes sure positions are followed).
    private mutating func locate(_ node: OpaquePointer, marker: MarkdownPositions.Marker) -> MarkdownLocation {
        positions?.locate(node, marker: marker) ?? Self.unknownLocation
    }

    private static let unknownLocation = MarkdownLocation(line: 1, column: 1)
}
