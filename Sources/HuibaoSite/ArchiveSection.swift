import HuibaoModel

/// One folder of the evaluation archive: a scoring item, or an indicator without a scheme,
/// with the units counted for it at the archive's date.
public struct ArchiveSection: Sendable, Equatable {
    /// The item's or indicator's id and name (`D2.1`, `组建工会`).
    public var id: String
    public var name: String
    public var units: [ArchiveUnit]

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
    public static func perIndicator(
        _ content: SiteContent, asOf: Day,
        materials: (Evidence.Source) -> (files: [ArchiveMaterial], missing: [String]) = { _ in ([], []) }
    ) -> [ArchiveSection] {
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
                return ArchiveUnit(date: evidence.date, title: title, kind: kind, materials: files, missing: missing)
            }
            return ArchiveSection(id: figure.indicator.id, name: figure.indicator.name, units: units)
        }
    }
}
