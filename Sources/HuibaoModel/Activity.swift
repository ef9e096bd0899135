/// An activity write-up (活动记录) as loaded: front matter values plus rendered body.
///
/// A value type whose fields live in one shared, copy-on-write box: sites hold tens of
/// thousands of write-ups and pass them through filters and sorts, and copying a box costs
/// one reference count instead of one per field.
public struct Activity: Sendable, Equatable {
    /// The values themselves.
    struct Fields: Sendable, Equatable {
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
        var materials: [MaterialFile] = []
        var reportPhotos: [String] = []
        var titlePosition: SourcePosition?
        var staffPositions: [SourcePosition] = []
    }

    /// The box; never changed once shared (``update(_:)`` copies it first).
    final class Box: @unchecked Sendable {
        var fields: Fields
        init(_ fields: Fields) { self.fields = fields }
    }

    private var box: Box

    /// Changes the fields, copying the box first when another value shares it.
    private mutating func update(_ change: (inout Fields) -> Void) {
        if !isKnownUniquelyReferenced(&box) { box = Box(box.fields) }
        change(&box.fields)
    }

    /// The file, relative to the source folder (`Content/activities/2025-06/宣讲.md`).
    public var file: String {
        get { box.fields.file }
        set { update { $0.file = newValue } }
    }
    public var title: String {
        get { box.fields.title }
        set { update { $0.title = newValue } }
    }
    public var date: Day {
        get { box.fields.date }
        set { update { $0.date = newValue } }
    }
    public var category: String {
        get { box.fields.category }
        set { update { $0.category = newValue } }
    }
    /// Contributions to indicators, resolved to indicator ids, in the order written.
    public var counts: [IndicatorCount] {
        get { box.fields.counts }
        set { update { $0.counts = newValue } }
    }
    public var location: String? {
        get { box.fields.location }
        set { update { $0.location = newValue } }
    }
    public var participants: Int? {
        get { box.fields.participants }
        set { update { $0.participants = newValue } }
    }
    public var companies: [String] {
        get { box.fields.companies }
        set { update { $0.companies = newValue } }
    }
    public var staff: [String] {
        get { box.fields.staff }
        set { update { $0.staff = newValue } }
    }
    public var tags: [String] {
        get { box.fields.tags }
        set { update { $0.tags = newValue } }
    }
    public var isDraft: Bool {
        get { box.fields.isDraft }
        set { update { $0.isDraft = newValue } }
    }
    public var isInternal: Bool {
        get { box.fields.isInternal }
        set { update { $0.isInternal = newValue } }
    }
    /// The page path under `activities/` (`2025-06/宣讲`).
    public var slug: String {
        get { box.fields.slug }
        set { update { $0.slug = newValue } }
    }
    public var body: RenderedBody {
        get { box.fields.body }
        set { update { $0.body = newValue } }
    }
    /// The evidence files (佐证材料) it names, in the order written (kind by kind).
    public var materials: [MaterialFile] {
        get { box.fields.materials }
        set { update { $0.materials = newValue } }
    }
    /// The images its `报告照片` names, as paths relative to `Content/`, in the order written.
    public var reportPhotos: [String] {
        get { box.fields.reportPhotos }
        set { update { $0.reportPhotos = newValue } }
    }
    /// Where its `title` key is written: `evidence.missing` warnings point there.
    public var titlePosition: SourcePosition? {
        get { box.fields.titlePosition }
        set { update { $0.titlePosition = newValue } }
    }

    /// Where each entry of `staff` is written (same order): staff-name warnings point there.
    public var staffPositions: [SourcePosition] {
        get { box.fields.staffPositions }
        set { update { $0.staffPositions = newValue } }
    }

    public init(
        file: String, title: String, date: Day, category: String, counts: [IndicatorCount] = [],
        location: String? = nil, participants: Int? = nil, companies: [String] = [],
        staff: [String] = [], tags: [String] = [], isDraft: Bool = false, isInternal: Bool = false,
        slug: String, body: RenderedBody = RenderedBody()
    ) {
        box = Box(
            Fields(
                file: file, title: title, date: date, category: category, counts: counts, location: location,
                participants: participants, companies: companies, staff: staff, tags: tags, isDraft: isDraft,
                isInternal: isInternal, slug: slug, body: body))
    }

    /// True when both are copies of one parsed value (one box): then they were read from the
    /// same bytes, which lets a cache skip comparing them.
    public func isSameParse(as other: Activity) -> Bool { box === other.box }

    public static func == (lhs: Activity, rhs: Activity) -> Bool {
        lhs.box === rhs.box || lhs.box.fields == rhs.box.fields
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
    /// The HTML as UTF-8 bytes, as cmark wrote it: pages copy it into their own bytes, so
    /// 10,000 bodies are never decoded into strings (and validated) on the way to the disk.
    public var htmlBytes: [UInt8]
    public var characterCount: Int
    /// Local images the body references, as paths relative to `Content/`, to copy into the site.
    public var media: [String]

    /// The HTML as text (for reports, articles and the WeChat export).
    public var html: String { String(decoding: htmlBytes, as: UTF8.self) }

    public init(html: String = "", characterCount: Int = 0, media: [String] = []) {
        self.init(htmlBytes: Array(html.utf8), characterCount: characterCount, media: media)
    }

    public init(htmlBytes: [UInt8], characterCount: Int, media: [String]) {
        self.htmlBytes = htmlBytes
        self.characterCount = characterCount
        self.media = media
    }
}
