/// A month's notes (月度小结, `months/YYYY-MM.md`): the team's own words for the month's page,
/// its month report and the evaluator report's 项目概况 / 实施情况.
public struct MonthNote: Sendable, Equatable {
    public var month: Month
    /// The file, relative to the source folder (`Content/months/2025-10.md`).
    public var file: String
    /// The `title` (标题) of the front matter, when written.
    public var title: String?
    /// The whole body, rendered for the month's page (images linked from it).
    public var body: RenderedBody
    /// The 本月小结 part alone, rendered for the same page: the section under a heading
    /// 本月小结, or the whole body when it has no heading at all; nil when it has headings
    /// but none is 本月小结.
    public var summary: RenderedBody?
    /// The whole body as blocks of text, for the Word month report.
    public var blocks: [TextBlock]

    public init(
        month: Month, file: String, title: String? = nil, body: RenderedBody, summary: RenderedBody? = nil,
        blocks: [TextBlock] = []
    ) {
        self.month = month
        self.file = file
        self.title = title
        self.body = body
        self.summary = summary
        self.blocks = blocks
    }

    /// The heading the notes show under when they have no title.
    public static let defaultTitle = "月度小结"

    /// `title`, or ``defaultTitle``.
    public var shownTitle: String { title ?? Self.defaultTitle }

    /// Every local image the notes show, for copying and checking (body and summary alike).
    public var media: [String] { body.media }
}

extension SiteContent {
    /// The month notes, oldest month first.
    public var monthNotesInOrder: [MonthNote] {
        monthNotes.keys.sorted().map { monthNotes[$0]! }
    }
}
