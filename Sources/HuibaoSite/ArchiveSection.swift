import HuibaoModel

/// One folder of the evaluation archive: a scoring item, or an indicator without a scheme,
/// with the units counted for it at the archive's date.
public struct ArchiveSection: Sendable, Equatable {
    /// The item's or indicator's id and name (`D2.1`, `组建工会`).
    public var id: String
    public var name: String
    public var units: [ArchiveUnit]
    /// Files of the section itself, not of a unit (a scoring item's `materials` 佐证材料).
    public var materials: [ArchiveMaterial] = []
    /// Whether the folder holds the roster (a 履约 item on 人员配备) or the expense rows (经费结构).
    public var holdsRoster = false
    public var holdsExpenses = false

    public init(id: String, name: String, units: [ArchiveUnit]) {
        self.id = id
        self.name = name
        self.units = units
    }

    /// The folder's name: `<id>-<name>`, cleaned for every file system.
    public var folder: String { ArchiveName.clean(id + "-" + name) }
}

/// One counted unit in the archive: a write-up, an article or a ledger row, with its
/// evidence files (佐证材料) and the kinds it lacks.
public struct ArchiveUnit: Sendable, Equatable {
    public enum Kind: Sendable, Equatable {
        case activity(internal: Bool)
        case article
        case ledgerRow(ledger: String, line: Int)
    }

    public var date: Day
    /// The write-up's title (`内部记录` for an internal one), or a ledger row's first cell.
    public var title: String
    public var kind: Kind
    /// The files by kind, in the order they are listed; paths relative to `Content/`.
    public var materials: [ArchiveMaterial]
    /// The kinds the unit needs and does not have.
    public var missing: [String]
    /// What the unit is, so one counted by two indicators is one unit (`activity:<slug>`).
    public var key: String = ""

    public init(date: Day, title: String, kind: Kind, materials: [ArchiveMaterial] = [], missing: [String] = []) {
        self.date = date
        self.title = title
        self.kind = kind
        self.materials = materials
        self.missing = missing
    }
}

/// One evidence file of a unit: its kind and its path relative to `Content/`.
public struct ArchiveMaterial: Sendable, Equatable {
    public var kind: String
    public var contentPath: String

    public init(kind: String, contentPath: String) {
        self.kind = kind
        self.contentPath = contentPath
    }
}

extension ArchiveSection {
    /// The sections without a scoring scheme: one per indicator, in attachment order, with
    /// the units its figure counts at `asOf` (drafts never; internal write-ups as 内部记录).
    /// - Parameter materials: a unit's files and missing kinds, by its evidence source.
    ///   Nil: the 佐证材料 model's (`materials(_:asOf:)`).
    public static func perIndicator(
        _ content: SiteContent, asOf: Day,
        materials: ((Evidence.Source) -> (files: [ArchiveMaterial], missing: [String]))? = nil
    ) -> [ArchiveSection] {
        let materials = materials ?? Self.materials(content, asOf: asOf)
        // The team's figures (no drafts) know each write-up's page; the counts are the same
        // in every audience.
        let figures = Figures.compute(content, asOf: asOf, audience: .team(drafts: false))
        var internalSlugs = Set<String>()
        for activity in content.activities where activity.isInternal { internalSlugs.insert(activity.slug) }
        return figures.indicators.map { figure in
            let units = figure.evidence.compactMap { evidence -> ArchiveUnit? in
                let kind: ArchiveUnit.Kind
                var title = evidence.title
                switch evidence.source {
                case .activity(let slug):
                    let hidden = internalSlugs.contains(slug)
                    kind = .activity(internal: hidden)
                    if hidden { title = "内部记录" }
                case .article: kind = .article
                case .ledgerRow(let ledger, let line): kind = .ledgerRow(ledger: ledger, line: line)
                case .internalRecord: return nil
                }
                let (files, missing) = materials(evidence.source)
                var unit = ArchiveUnit(date: evidence.date, title: title, kind: kind, materials: files, missing: missing)
                switch evidence.source {
                case .activity(let slug): unit.key = "activity:" + slug
                case .article(let slug): unit.key = "article:" + slug
                case .ledgerRow(let ledger, let line): unit.key = "row:\(ledger):\(line)"
                case .internalRecord: break
                }
                return unit
            }
            return ArchiveSection(id: figure.indicator.id, name: figure.indicator.name, units: units)
        }
    }
}

extension ArchiveSection {
    /// The sections with a scoring scheme: one per item, in scheme order, holding what its
    /// source provides at the scoring date (the earlier of `asOf` and the evaluation's date):
    /// an indicator's counted units, the units in a 佐证 scope (each once), the roster for
    /// 人员配备, the expense rows for 经费结构, nothing for a manual item; plus the item's
    /// own `materials` that exist.
    public static func perItem(
        _ content: SiteContent, scheme: ScoringScheme, evaluation: Evaluation, asOf: Day,
        materials: ((Evidence.Source) -> (files: [ArchiveMaterial], missing: [String]))? = nil
    ) -> [ArchiveSection] {
        let scoringDate = min(asOf, evaluation.date)
        let byIndicator = perIndicator(content, asOf: scoringDate, materials: materials)
        let categoryOf = Dictionary(content.indicators.map { ($0.id, $0.category) }, uniquingKeysWith: { a, _ in a })
        func units(where included: (String) -> Bool) -> [ArchiveUnit] {
            var keys = Set<String>()
            var result: [ArchiveUnit] = []
            for section in byIndicator where included(section.id) {
                for unit in section.units where keys.insert(unit.key).inserted { result.append(unit) }
            }
            return result
        }
        return scheme.items.map { item in
            var section = ArchiveSection(id: item.id, name: item.name, units: [])
            switch item.source {
            case .indicator(let id)?: section.units = units { $0 == id }
            case .evidence(.all)?: section.units = units { _ in true }
            case .evidence(.category(let name))?: section.units = units { categoryOf[$0] == name }
            case .evidence(.indicator(let id))?: section.units = units { $0 == id }
            case .staffing?: section.holdsRoster = true
            case .budget?: section.holdsExpenses = true
            case nil: break
            }
            section.materials = item.materials.flatMap { material in
                material.present.map { ArchiveMaterial(kind: material.kind, contentPath: $0) }
            }
            return section
        }
    }
}
