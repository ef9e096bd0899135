/// One evidence file (佐证材料) a write-up or a ledger row names: its kind and its path.
public struct MaterialFile: Sendable, Equatable, Hashable {
    /// The kind as written (签到表, 照片, 会议记录, …): free text.
    public var kind: String
    /// The path relative to `Content/` (`assets/2025-06/签到表.jpg`); for a missing file, the
    /// path it was looked for at.
    public var path: String
    /// Whether the file is a regular file inside `Content/`; a missing file's kind counts as absent.
    public var exists: Bool

    public init(kind: String, path: String, exists: Bool = true) {
        self.kind = kind
        self.path = path
        self.exists = exists
    }
}

/// Where a required kind applies (`evidence_required` 佐证要求, and a scoring item's `佐证` source).
public enum MaterialScope: Sendable, Hashable {
    /// `全部` / `all`: every counted write-up (and, in a summary, every counted ledger row).
    case all
    /// A category name of indicators.yml: write-ups of that category, rows of its indicators.
    case category(String)
    /// An indicator id: the write-ups and ledger rows counted by it.
    case indicator(String)

    /// The scope a user wrote (`全部`, `all`, a category name, an indicator id or name), or nil
    /// when it names nothing in `categories`.
    public static func resolve(_ text: String, categories: [IndicatorCategory]) -> MaterialScope? {
        if text == "全部" || text.lowercased() == "all" { return .all }
        if categories.contains(where: { $0.name == text }) { return .category(text) }
        for indicator in categories.lazy.flatMap(\.indicators) where indicator.id == text || indicator.name == text {
            return .indicator(indicator.id)
        }
        return nil
    }
}

/// One row of `evidence_required` (佐证要求): the kinds every write-up in a scope needs.
public struct MaterialRequirement: Sendable, Equatable {
    public var scope: MaterialScope
    public var kinds: [String]

    public init(scope: MaterialScope, kinds: [String]) {
        self.scope = scope
        self.kinds = kinds
    }
}
