/// A run of text with one formatting.
public struct DocxRun: Sendable, Equatable {
    public var text: String
    public var bold = false
    public var italic = false
    public var underline = false
    /// A colour as six hex digits (`C00000` for a warning); nil: automatic.
    public var color: String?
    /// True for code: a monospaced Latin font.
    public var monospaced = false

    public init(
        _ text: String, bold: Bool = false, italic: Bool = false, underline: Bool = false, color: String? = nil,
        monospaced: Bool = false
    ) {
        self.text = text
        self.bold = bold
        self.italic = italic
        self.underline = underline
        self.color = color
        self.monospaced = monospaced
    }

    /// The red of warnings.
    public static let warningColor = "C00000"

    /// A red, bold run: a warning.
    public static func warning(_ text: String) -> DocxRun { DocxRun(text, bold: true, color: warningColor) }
}

/// A paragraph: runs in one style.
public struct DocxParagraph: Sendable, Equatable {
    /// The paragraph styles the writer defines (`DocxStyles`).
    public enum Style: String, Sendable {
        case normal = "Normal"
        case title = "Title"
        case subtitle = "Subtitle"
        case caption = "Caption"
        case quote = "Quote"
        case code = "HTMLPreformatted"
        /// A smaller note, such as the line under a table.
        case note = "Note"
    }

    public enum Alignment: String, Sendable {
        case left, center, right
        /// Justified (`both`).
        case justified = "both"
    }

    public var runs: [DocxRun]
    public var style: Style
    public var alignment: Alignment?
    /// Keeps the paragraph on the page of the next one (a label above a picture).
    public var keepWithNext = false

    public init(_ runs: [DocxRun], style: Style = .normal, alignment: Alignment? = nil, keepWithNext: Bool = false) {
        self.runs = runs
        self.style = style
        self.alignment = alignment
        self.keepWithNext = keepWithNext
    }

    /// A paragraph of one plain run.
    public init(_ text: String, style: Style = .normal, alignment: Alignment? = nil) {
        self.init([DocxRun(text)], style: style, alignment: alignment)
    }
}

/// A bulleted or numbered list; items may be nested (level 0–2).
public struct DocxList: Sendable, Equatable {
    public struct Item: Sendable, Equatable {
        public var runs: [DocxRun]
        /// 0 for the outer list, 1 and 2 for nested ones.
        public var level: Int

        public init(_ runs: [DocxRun], level: Int = 0) {
            self.runs = runs
            self.level = level
        }
    }

    public var ordered: Bool
    /// The first number of an ordered list.
    public var start: Int
    public var items: [Item]

    public init(ordered: Bool, start: Int = 1, items: [Item]) {
        self.ordered = ordered
        self.start = start
        self.items = items
    }
}
