/// The layout rendered once for every page of the same depth and section, with the page's
/// title and content left as holes: on a build of 10,000 write-up pages, the header,
/// navigation and footer are the same bytes each time.
///
/// Exact by construction: it is only made when the layout (with its partials) names nothing
/// but the values every page sets the same way for a depth and section — `site`, `home`,
/// `css`, `progressJSON`, `indicatorsCSV`, `indicatorsXLSX`, `nav` (whose items always have `title`, `href`
/// and `current`) — besides `title` and `content`; the holes are found by rendering the
/// layout with two marker values whose escaped and raw forms differ. A page with an empty
/// title or content is rendered in full.
struct LayoutMemo: Sendable {
    private enum Piece: Sendable {
        case bytes([UInt8])
        case title(escaped: Bool)
        case content(escaped: Bool)
    }

    private let pieces: [Piece]

    /// The names the page context holds the same way for all pages of one depth and section.
    static let pageNames: Set<String> = ["title", "content", "site", "home", "css", "progressJSON", "indicatorsCSV", "indicatorsXLSX", "nav"]
    /// The values `PageRenderer.layoutValues` adds for the layout.
    static let layoutValueNames: Set<String> = ["site", "home", "css", "progressJSON", "indicatorsCSV", "indicatorsXLSX", "nav"]
    /// What each navigation item holds (always, with a value that is never missing).
    static let navigationNames: Set<String> = ["title", "href", "current"]

    private static let titleMarker = "\u{E000}huibao-title&\u{E000}"
    private static let contentMarker = "\u{E000}huibao-content&\u{E000}"

    /// - Parameter probe: a page context with everything but `title` and `content`.
    init?(layout: FastTemplate, partials: [String: FastTemplate], otherTemplates: Set<String>, probe: [String: Any]) {
        guard Self.namesOnlyPageValues(layout.tokens, inNavigation: false, partials: partials, depth: 0) else {
            return nil
        }
        var context = probe
        context["title"] = Self.titleMarker
        context["content"] = HTMLBytes(bytes: Array(Self.contentMarker.utf8))
        var rendered: [UInt8] = []
        guard
            layout.render(
                context, partials: partials, otherTemplates: otherTemplates, emptyTextIsMissing: true, into: &rendered)
        else { return nil }
        let markers: [([UInt8], Piece)] = [
            (Array(HTMLEscaping.escape(Self.titleMarker).utf8), .title(escaped: true)),
            (Array(Self.titleMarker.utf8), .title(escaped: false)),
            (Array(HTMLEscaping.escape(Self.contentMarker).utf8), .content(escaped: true)),
            (Array(Self.contentMarker.utf8), .content(escaped: false)),
        ]
        // Split the rendering at the markers; any other U+E000 (in the layout's own text or
        // the site's values) means the holes cannot be told apart: no memo.
        let privateUse: [UInt8] = Array("\u{E000}".utf8)
        var pieces: [Piece] = []
        var literal: [UInt8] = []
        var index = 0
        while index < rendered.count {
            if rendered[index] == privateUse[0] {
                guard let (marker, piece) = markers.first(where: { Self.matches($0.0, in: rendered, at: index) }) else {
                    if Self.matches(privateUse, in: rendered, at: index) { return nil }
                    literal.append(rendered[index])
                    index += 1
                    continue
                }
                if !literal.isEmpty { pieces.append(.bytes(literal)) }
                literal = []
                pieces.append(piece)
                index += marker.count
            } else {
                literal.append(rendered[index])
                index += 1
            }
        }
        if !literal.isEmpty { pieces.append(.bytes(literal)) }
        self.pieces = pieces
    }

    /// The page: the layout's bytes with the title and content in their holes; nil for an
    /// empty title or content (a section on them would render otherwise).
    func render(title: String, content: [UInt8]) -> [UInt8]? {
        guard !title.isEmpty, !content.isEmpty else { return nil }
        var out: [UInt8] = []
        out.reserveCapacity(content.count + 4_096)
        for piece in pieces {
            switch piece {
            case .bytes(let bytes): out.append(contentsOf: bytes)
            case .title(let escaped): HTMLEscaping.append(title, escaped: escaped, into: &out)
            case .content(let escaped): HTMLEscaping.append(html: content, escaped: escaped, into: &out)
            }
        }
        return out
    }

    private static func matches(_ marker: [UInt8], in bytes: [UInt8], at index: Int) -> Bool {
        index + marker.count <= bytes.count && bytes[index..<index + marker.count].elementsEqual(marker)
    }

    /// Whether every name in `tokens` is one of the page values (or, directly inside a
    /// `{{#nav}}` section, a navigation item's): then nothing else of a page reaches the layout.
    private static func namesOnlyPageValues(
        _ tokens: [FastTemplate.Token], inNavigation: Bool, partials: [String: FastTemplate], depth: Int
    ) -> Bool {
        guard depth < 16 else { return false }  // recursive partials
        func allowed(_ name: FastTemplate.Name) -> Bool {
            // `.` is whatever is on top: the page context, a navigation item or a page value.
            if name.isCurrent { return true }
            guard let first = name.parts.first else { return false }
            if name.fromTopOnly && !inNavigation { return false }  // `.x` reads only the top value
            return pageNames.contains(first) || (inNavigation && navigationNames.contains(first))
        }
        for token in tokens {
            switch token {
            case .text:
                continue
            case .variable(let name, _):
                guard allowed(name) else { return false }
            case .section(let name, let inner), .invertedSection(let name, let inner):
                guard allowed(name) else { return false }
                // Inside `{{#nav}}` each item is on top; inside any other section the names
                // must be page values (they fall through whatever is on top).
                let isNavigation = !inNavigation && !name.isCurrent && name.parts == ["nav"]
                if case .invertedSection = token {
                    // `{{^nav}}` renders only for an empty list: never for the navigation.
                    guard namesOnlyPageValues(inner, inNavigation: false, partials: partials, depth: depth + 1)
                    else { return false }
                } else if !namesOnlyPageValues(
                    inner, inNavigation: isNavigation, partials: partials, depth: depth + 1)
                {
                    return false
                }
            case .partial(let name, _):
                guard let partial = partials[name] else { return false }
                guard
                    namesOnlyPageValues(partial.tokens, inNavigation: inNavigation, partials: partials, depth: depth + 1)
                else { return false }
            }
        }
        return true
    }
}
