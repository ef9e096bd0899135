import CCmark
import CMarkdownArena
import HuibaoModel

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// A Markdown body rendered once: its HTML, its plain text for 字数, and what needs checking.
public struct RenderedMarkdown: Sendable, Equatable {
    /// The HTML as cmark wrote it (valid UTF-8: cmark replaces invalid input and entities).
    public var htmlBytes: [UInt8]
    public var html: String { String(decoding: htmlBytes, as: UTF8.self) }
    /// The visible text as UTF-8, blocks and line breaks separated by "\n": no syntax, no
    /// image alt text, no link targets, no raw HTML.
    public var textBytes: [UInt8]
    public var text: String { String(decoding: textBytes, as: UTF8.self) }
    /// The 字数 of `text`, counted on its bytes.
    public var characterCount: Int { chineseCharacterCount(utf8: textBytes) }
    /// Every image, in document order, with its URL as written (before any rewrite).
    public var images: [MarkdownReference]
    /// Where each raw HTML block and inline HTML tag starts.
    public var rawHTML: [MarkdownLocation]

    public init(htmlBytes: [UInt8], text: String, images: [MarkdownReference], rawHTML: [MarkdownLocation]) {
        self.init(htmlBytes: htmlBytes, textBytes: Array(text.utf8), images: images, rawHTML: rawHTML)
    }

    init(htmlBytes: [UInt8], textBytes: [UInt8], images: [MarkdownReference], rawHTML: [MarkdownLocation]) {
        self.htmlBytes = htmlBytes
        self.textBytes = textBytes
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
        // Every node, buffer and the HTML come from this thread's arena, released at once at
        // the end (a third of cmark's time went to malloc and free otherwise).
        defer { huibao_markdown_arena_reset() }
        guard let parser = cmark_parser_new_with_mem(parseOptions, huibao_markdown_arena()) else {
            return RenderedMarkdown(htmlBytes: [], text: "", images: [], rawHTML: [])
        }
        markdown.withCString { cmark_parser_feed(parser, $0, byteCount) }
        let finished = cmark_parser_finish(parser)
        cmark_parser_free(parser)
        guard let document = finished else {
            return RenderedMarkdown(htmlBytes: [], text: "", images: [], rawHTML: [])
        }

        var walk = MarkdownWalk(markdown: markdown)
        walk.run(document, rewriteImageURL: rewriteImageURL)

        var html: [UInt8] = []
        if let rendered = cmark_render_html(document, renderOptions) {
            let count = strlen(rendered)
            // Copied without decoding: validating each body as a String cost as much as cmark.
            html = [UInt8](unsafeUninitializedCapacity: count) { buffer, initialized in
                if let base = buffer.baseAddress { memcpy(base, rendered, count) }
                initialized = count
            }
            // Arena memory: released by the reset above, never by free().
        }
        return RenderedMarkdown(
            htmlBytes: html, textBytes: walk.text.takeResult(), images: walk.images, rawHTML: walk.rawHTML)
    }
}
