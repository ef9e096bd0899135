/// An activity write-up (活动记录) as loaded: front matter values plus rendered body.
///
/// A value type whose fields live in one shared, copy-on-write box: sites hold tens of
/// thousands of write-ups and pass them through filters and sorts, and copying a box costs
/// one reference count instead of one per field.
public struct Activity: Sendable, Equatable {
    /// The fields; never mutated once shared (``storage`` is copied first).
    final class Storage: @unchecked Sendable {
        var file: String
        var title: String
        var date: Day
        var category: String
        var counts: [IndicatorCount]
        var location: String?
        var participants: Int?
        var companies: [String]
        var staff: [String]
        var tags: [String]
        var isDraft: Bool
        var isInternal: Bool
        var slug: String
        var body: RenderedBody

        init(
            file: String,
            title: String,
            date: Day,
            category: String,
            counts: [IndicatorCount],
            location: String?,
            participants: Int?,
            companies: [String],
            staff: [String],
            tags: [String],
            isDraft: Bool,
            isInternal: Bool,
            slug: String,
            body: RenderedBody
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

        func copy() -> Storage {
            Storage(
                file: file,
                title: title,
                date: date,
                category: category,
                counts: counts,
                location: location,
                participants: participants,
                companies: companies,
                staff: staff,
                tags: tags,
                isDraft: isDraft,
                isInternal: isInternal,
                slug: slug,
                body: body)
        }
    }

    private var storage: Storage

    private mutating func unique() -> Storage {
        if !isKnownUniquelyReferenced(&storage) { storage = storage.copy() }
        return storage
    }

    /// The file, relative to the source folder (`Content/activities/2025-06/宣讲.md`).
    public var file: String {
        get { storage.file }
        set { unique().file = newValue }
    }
    public var title: String {
        get { storage.title }
        set { unique().title = newValue }
    }
    public var date: Day {
        get { storage.date }
        set { unique().date = newValue }
    }
    public var category: String {
        get { storage.category }
        set { unique().category = newValue }
    }
    /// Contributions to indicators, resolved to indicator ids, in the order written.
    public var counts: [IndicatorCount] {
        get { storage.counts }
        set { unique().counts = newValue }
    }
    public var location: String? {
        get { storage.location }
        set { unique().location = newValue }
    }
    public var participants: Int? {
        get { storage.participants }
        set { unique().participants = newValue }
    }
    public var companies: [String] {
        get { storage.companies }
        set { unique().companies = newValue }
    }
    public var staff: [String] {
        get { storage.staff }
        set { unique().staff = newValue }
    }
    public var tags: [String] {
        get { storage.tags }
        set { unique().tags = newValue }
    }
    public var isDraft: Bool {
        get { storage.isDraft }
        set { unique().isDraft = newValue }
    }
    public var isInternal: Bool {
        get { storage.isInternal }
        set { unique().isInternal = newValue }
    }
    /// The page path under `activities/` (`2025-06/宣讲`).
    public var slug: String {
        get { storage.slug }
        set { unique().slug = newValue }
    }
    public var body: RenderedBody {
        get { storage.body }
        set { unique().body = newValue }
    }

    public init(
        file: String, title: String, date: Day, category: String, counts: [IndicatorCount] = [],
        location: String? = nil, participants: Int? = nil, companies: [String] = [],
        staff: [String] = [], tags: [String] = [], isDraft: Bool = false, isInternal: Bool = false,
        slug: String, body: RenderedBody = RenderedBody()
    ) {
        storage = Storage(
            file: file,
            title: title,
            date: date,
            category: category,
            counts: counts,
            location: location,
            participants: participants,
            companies: companies,
            staff: staff,
            tags: tags,
            isDraft: isDraft,
            isInternal: isInternal,
            slug: slug,
            body: body)
    }

    /// True when both are copies of one parsed value (one box): then they were read from the
    /// same bytes, which lets a cache skip comparing them.
    public func isSameParse(as other: Activity) -> Bool { storage === other.storage }

    public static func == (lhs: Activity, rhs: Activity) -> Bool {
        if lhs.storage === rhs.storage { return true }
        let a = lhs.storage
        let b = rhs.storage
        return a.file == b.file && a.title == b.title && a.date == b.date && a.category == b.category && a.location == b.location && a.participants == b.participants && a.isDraft == b.isDraft && a.isInternal == b.isInternal && a.slug == b.slug
            && a.counts == b.counts && a.companies == b.companies && a.staff == b.staff && a.tags == b.tags
            && a.body == b.body
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
