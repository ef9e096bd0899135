import HuibaoModel

/// A Word document as a list of blocks, written to a .docx package (`DocxPackage`) that is
/// the same bytes for the same blocks and day (documents.md "Word and Excel", "Every writer"):
/// A4 portrait, built-in heading styles, 宋体/黑体 as East Asian fonts, 第 X 页 共 Y 页 in the
/// footer, no rsids or generated ids.
public struct DocxDocument: Sendable {
    /// The document's title (docProps `dc:title`).
    public var title: String
    /// Who made it (docProps `dc:creator`), e.g. the 乙方.
    public var author: String
    public var blocks: [DocxBlock]
    /// The footer's page numbers (第 X 页 共 Y 页); false leaves the footer out.
    public var pageNumbers = true

    public init(title: String, author: String = "huibao", blocks: [DocxBlock] = []) {
        self.title = title
        self.author = author
        self.blocks = blocks
    }

    /// Appends a block.
    public mutating func append(_ block: DocxBlock) { blocks.append(block) }

    /// Appends blocks.
    public mutating func append(contentsOf more: [DocxBlock]) { blocks.append(contentsOf: more) }

    /// The .docx file's bytes, every zip entry and docProps dated `day`.
    public func docx(day: Day) throws(OfficePackage.Failure) -> [UInt8] {
        try DocxPackage.package(self, day: day).zipped(day: day)
    }
}

/// One block of a Word document, in reading order.
public enum DocxBlock: Sendable {
    /// A heading in Word's built-in style `Heading1`…`Heading3` (level 1–3; others are clamped),
    /// listed in the table of contents and the navigation pane.
    case heading(level: Int, text: String)
    case paragraph(DocxParagraph)
    /// A bulleted or numbered list.
    case list(DocxList)
    case table(DocxTable)
    /// A picture on a line of its own, with its caption below when it has one.
    case image(DocxImage)
    case pageBreak
    /// A table-of-contents field (`TOC \o "1-3" \h \z \u`) under a 目录 title, its cached result
    /// already listing the document's headings so it shows without updating fields.
    case tableOfContents(title: String)
    /// The cover: the kind of document, the title, label–value lines, warnings in red.
    case cover(DocxCover)
    /// The seal and signature block: 乙方（盖章）, 负责人（签字） and 日期 lines left blank.
    case signature(DocxSignature)
}

/// Paper and margins, in twentieths of a point (twips): A4 portrait.
public enum DocxPage {
    public static let width = 11906
    public static let height = 16838
    public static let marginTop = 1440
    public static let marginBottom = 1440
    public static let marginLeft = 1588
    public static let marginRight = 1588
    public static let headerDistance = 851
    public static let footerDistance = 992
    /// The width between the margins: what a table may take.
    public static let textWidth = width - marginLeft - marginRight
    /// EMU per twip (images are sized in EMU).
    public static let emuPerTwip = 635
}
