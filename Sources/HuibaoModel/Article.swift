/// An outreach article (宣传稿件) on its way to the media.
public struct Article: Sendable, Equatable {
    /// Where an article stands in review and submission.
    public enum Status: String, Sendable, Equatable, CaseIterable {
        case draft, review, approved, submitted, published

        public var chineseName: String {
            switch self {
            case .draft: return "草稿"
            case .review: return "待审"
            case .approved: return "已审"
            case .submitted: return "已报送"
            case .published: return "已刊发"
            }
        }

        /// Submitted and published articles count toward the articles indicator.
        public var isSubmitted: Bool { self == .submitted || self == .published }
    }

    public var file: String
    public var title: String
    public var date: Day
    public var author: String?
    public var status: Status
    public var outlets: [Outlet]
    /// The page path under `articles/`.
    public var slug: String
    public var body: RenderedBody
    /// Where the front matter starts and where `status` is written, for review warnings.
    public var positions: ArticlePositions

    public init(
        file: String, title: String, date: Day, author: String? = nil, status: Status,
        outlets: [Outlet] = [], slug: String, body: RenderedBody = RenderedBody(),
        positions: ArticlePositions? = nil
    ) {
        self.file = file
        self.title = title
        self.date = date
        self.author = author
        self.status = status
        self.outlets = outlets
        self.slug = slug
        self.body = body
        self.positions = positions ?? ArticlePositions(frontMatter: SourcePosition(file: file))
    }

    /// The day the article counts: its earliest outlet `submitted` date, else its own date.
    public var countedOn: Day {
        outlets.compactMap(\.submitted).min() ?? date
    }

    /// The status the dates prove at `asOf`, for a board drawn at a past date: nil when the
    /// article is dated after `asOf`; a sent article not yet submitted by then stands at 已审,
    /// and a published one whose outlets all published after `asOf` at 已报送. Without dates to
    /// go by, the written status stands.
    public func status(at asOf: Day) -> Status? {
        guard date <= asOf else { return nil }
        guard status.isSubmitted else { return status }
        if countedOn > asOf { return .approved }
        let published = outlets.compactMap(\.published)
        if status == .published, !published.isEmpty, !published.contains(where: { $0 <= asOf }) { return .submitted }
        return status
    }
}

/// One outlet an article went to (报送渠道).
public struct Outlet: Sendable, Equatable {
    public var name: String
    public var submitted: Day?
    public var published: Day?
    public var url: String?
    /// Where the outlet's entry starts in the front matter, for review warnings.
    public var position: SourcePosition?

    public init(
        name: String, submitted: Day? = nil, published: Day? = nil, url: String? = nil, position: SourcePosition? = nil
    ) {
        self.name = name
        self.submitted = submitted
        self.published = published
        self.url = url
        self.position = position
    }
}

/// Where an article's front matter says what review warnings point at.
public struct ArticlePositions: Sendable, Equatable {
    /// The front matter's first key.
    public var frontMatter: SourcePosition
    /// The `status` key, when written.
    public var status: SourcePosition?

    public init(frontMatter: SourcePosition, status: SourcePosition? = nil) {
        self.frontMatter = frontMatter
        self.status = status
    }
}
