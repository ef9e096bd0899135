/// An activity write-up (活动记录) as loaded: front matter values plus rendered body.
public struct Activity: Sendable, Equatable {
    /// The file, relative to the source folder (`Content/activities/2025-06/宣讲.md`).
    public var file: String
    public var title: String
    public var date: Day
    public var category: String
    /// Contributions to indicators, resolved to indicator ids, in the order written.
    public var counts: [IndicatorCount]
    public var location: String?
    public var participants: Int?
    public var companies: [String]
    public var staff: [String]
    public var tags: [String]
    public var isDraft: Bool
    public var isInternal: Bool
    /// The page path under `activities/` (`2025-06/宣讲`).
    public var slug: String
    public var body: RenderedBody

    public init(
        file: String, title: String, date: Day, category: String, counts: [IndicatorCount] = [],
        location: String? = nil, participants: Int? = nil, companies: [String] = [],
        staff: [String] = [], tags: [String] = [], isDraft: Bool = false, isInternal: Bool = false,
        slug: String, body: RenderedBody = RenderedBody()
    ) {
        self.file = file
        self.title = title
        self.date = date
        self.category = category
        self.counts = counts
        self.location = location
        self.participants = participants
        self.companies = companies
        self.staff = staff
        self.tags = tags
        self.isDraft = isDraft
        self.isInternal = isInternal
        self.slug = slug
        self.body = body
    }
}

/// A write-up's contribution to one indicator.
public struct IndicatorCount: Sendable, Equatable {
    public var indicatorID: String
    public var count: Int

    public init(indicatorID: String, count: Int) {
        self.indicatorID = indicatorID
        self.count = count
    }
}

/// A Markdown body rendered to HTML, with its plain text's 字数 and the local files it shows.
public struct RenderedBody: Sendable, Equatable {
    public var html: String
    public var characterCount: Int
    /// Local images the body references, as paths relative to `Content/`, to copy into the site.
    public var media: [String]

    public init(html: String = "", characterCount: Int = 0, media: [String] = []) {
        self.html = html
        self.characterCount = characterCount
        self.media = media
    }
}
