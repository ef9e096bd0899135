/// A Markdown body as plain blocks of styled text, for documents that are not HTML (the Word
/// month report): what cmark parsed, without HTML. Raw HTML is left out, as on the site.
public indirect enum TextBlock: Sendable, Equatable {
    /// A heading of level 1–6, as written.
    case heading(level: Int, spans: [TextSpan])
    case paragraph([TextSpan])
    /// A list; each item is its own blocks (paragraphs, nested lists).
    case list(ordered: Bool, start: Int, items: [[TextBlock]])
    case quote([TextBlock])
    case code(String)
    /// An image on its own: its path in `Content/` when it is a local file there (nil for a
    /// remote or missing one), and its alt text.
    case image(path: String?, alt: String)
    /// A thematic break (`---`).
    case rule
}

/// A piece of text with the emphasis Markdown gave it; a line break is "\n".
public struct TextSpan: Sendable, Equatable {
    public var text: String
    public var strong: Bool
    public var emphasis: Bool
    public var code: Bool

    public init(_ text: String, strong: Bool = false, emphasis: Bool = false, code: Bool = false) {
        self.text = text
        self.strong = strong
        self.emphasis = emphasis
        self.code = code
    }
}
