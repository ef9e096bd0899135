import CCmark

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// A Markdown body rendered once: its HTML, its plain text for 字数, and what needs checking.
public struct RenderedMarkdown: Sendable, Equatable {
    public var html: String
    /// The visible text, blocks and line breaks separated by "\n": no syntax, no image alt
    /// text, no link targets, no raw HTML.
    public var text: String
    /// Every image, in document order, with its URL as written (before any rewrite).
    public var images: [MarkdownReference]
    /// Where each raw HTML block and inline HTML tag starts.
    public var rawHTML: [MarkdownLocation]

    public init(html: String, text: String, images: [MarkdownReference], rawHTML: [MarkdownLocation]) {
        self.html = html
        self.text = text
        self.images = images
        self.rawHTML = rawHTML
    }
}

/// A URL referenced from Markdown (an image), with where it is written.
public struct MarkdownReference: Sendable, Equatable {
    public var url: String
    /// 1-based line in the Markdown given to `Markdown.render`.
    public var line: Int
    /// 1-based column in Unicode scalars.
    public var column: Int

    public init(url: String, line: Int, column: Int) {
        self.url = url
        self.line = line
        self.column = column
    }
}

/// A place in the Markdown given to `Markdown.render`: 1-based line, column in Unicode scalars.
public struct MarkdownLocation: Sendable, Equatable {
    public var line: Int
    public var column: Int

    public init(line: Int, column: Int) {
        self.line = line
        self.column = column
    }
}

/// CommonMark rendering through cmark: one parse, one walk over the tree, one HTML render.
public enum Markdown {
    /// Renders `markdown` to HTML and collects its text, images and raw HTML.
    /// - Parameters:
    ///   - unsafeHTML: pass raw HTML through; otherwise cmark replaces it with
    ///     `<!-- raw HTML omitted -->`.
    ///   - rewriteImageURL: called with each image's URL; a non-nil result replaces the URL
    ///     in the HTML (the site points images at their copied files).
    public static func render(
        _ markdown: String, unsafeHTML: Bool = false, rewriteImageURL: (String) -> String? = { _ in nil }
    ) -> RenderedMarkdown {
        // Source positions while parsing make cmark count the line breaks inside code spans
        // and raw HTML; they only reach the HTML when asked for at render time.
        let parseOptions = CMARK_OPT_DEFAULT | CMARK_OPT_SOURCEPOS
        let renderOptions = unsafeHTML ? CMARK_OPT_UNSAFE : CMARK_OPT_DEFAULT
        let byteCount = markdown.utf8.count
        guard let document = markdown.withCString({ cmark_parse_document($0, byteCount, parseOptions) }) else {
            return RenderedMarkdown(html: "", text: "", images: [], rawHTML: [])
        }
        defer { cmark_node_free(document) }

        var walk = MarkdownWalk(source: MarkdownSource(markdown))
        walk.run(document, rewriteImageURL: rewriteImageURL)

        var html = ""
        if let rendered = cmark_render_html(document, renderOptions) {
            html = String(cString: rendered)
            free(rendered)
        }
        return RenderedMarkdown(html: html, text: walk.text.result, images: walk.images, rawHTML: walk.rawHTML)
    }
}
