/// A document's cover: the kind of document (`2025年10月工作月报`), the title (the project),
/// label–value lines (甲方, 乙方, 月份, 数据截至, 报送日期 …; a nil value is a blank line to fill
/// in by hand), and warnings in red.
public struct DocxCover: Sendable, Equatable {
    public struct Line: Sendable, Equatable {
        public var label: String
        /// Nil: a blank, underlined space to write on.
        public var value: String?

        public init(_ label: String, _ value: String?) {
            self.label = label
            self.value = value
        }
    }

    public var kind: String
    public var title: String
    public var lines: [Line]
    public var warnings: [String]

    public init(kind: String, title: String, lines: [Line], warnings: [String] = []) {
        self.kind = kind
        self.title = title
        self.lines = lines
        self.warnings = warnings
    }
}

/// The seal and signature block: 乙方（盖章）, 负责人（签字） and 日期 with blank lines.
public struct DocxSignature: Sendable, Equatable {
    /// The party that seals (乙方 by default).
    public var party: String

    public init(party: String = "乙方") {
        self.party = party
    }

    /// The block's paragraphs: blanks are underlined full-width spaces.
    public var paragraphs: [DocxParagraph] {
        let blank = { (width: Int) in DocxRun(String(repeating: "\u{3000}", count: width), underline: true) }
        return [
            DocxParagraph([DocxRun("\(party)（盖章）：")]),
            DocxParagraph([DocxRun("负责人（签字）："), blank(8)]),
            DocxParagraph([DocxRun("日期："), blank(4), DocxRun("年"), blank(2), DocxRun("月"), blank(2), DocxRun("日")]),
        ]
    }
}
