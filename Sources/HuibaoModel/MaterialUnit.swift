/// One counted unit as the evaluators see it: a write-up or a ledger row, with the evidence
/// kinds it needs, the kinds it has and its files per kind. A write-up counted by two
/// indicators is one unit.
public struct MaterialUnit: Sendable, Equatable {
    /// What the unit is; the same cases as an indicator's `Evidence.Source`, so pages can match them.
    public enum Source: Sendable, Hashable {
        case activity(slug: String)
        case ledgerRow(ledger: String, line: Int)
    }

    /// The files of one kind, in the order written.
    public struct KindFiles: Sendable, Equatable {
        public var kind: String
        /// Paths relative to `Content/`, existing or not.
        public var files: [MaterialFile]

        public init(kind: String, files: [MaterialFile]) {
            self.kind = kind
            self.files = files
        }
    }

    public var source: Source
    /// The write-up's title, or the row's first cell.
    public var title: String
    public var date: Day
    /// The write-up's category, or the categories of the indicators counting the row.
    public var categories: [String]
    /// The indicators counting it (ids, attachment order).
    public var indicatorIDs: [String]
    /// Whether it is an internal write-up (内部): outside the team its title is 内部记录.
    public var isInternal: Bool
    /// The source file (`Content/activities/…md` or `Content/ledgers/…csv`) as the user sees it.
    public var file: String
    /// The kinds it needs, in the order of `evidence_required` (or of the evidence columns).
    public var needed: [String]
    /// Every kind named with at least one existing file, in the order written.
    public var present: [String]
    /// Every kind named, with its files (missing ones included), in the order written.
    public var files: [KindFiles]

    public init(
        source: Source, title: String, date: Day, categories: [String], indicatorIDs: [String], isInternal: Bool,
        file: String, needed: [String], files: [KindFiles]
    ) {
        self.source = source
        self.title = title
        self.date = date
        self.categories = categories
        self.indicatorIDs = indicatorIDs
        self.isInternal = isInternal
        self.file = file
        self.needed = needed
        self.files = files
        present = files.compactMap { $0.files.contains(where: \.exists) ? $0.kind : nil }
    }

    /// The needed kinds it lacks (缺：签到表、照片), in `needed` order.
    public var missing: [String] { needed.filter { !present.contains($0) } }

    /// Whether it has every kind it needs.
    public var isComplete: Bool { needed.allSatisfy(present.contains) }

    /// Whether it belongs to `scope`.
    public func isIn(_ scope: MaterialScope) -> Bool {
        switch scope {
        case .all: return true
        case .category(let name): return categories.contains(name)
        case .indicator(let id): return indicatorIDs.contains(id)
        }
    }
}

/// Completeness of one scope: its counted units, how many are complete, and per kind
/// `[present, needed]`.
public struct MaterialSummary: Sendable, Equatable {
    /// One kind's count: `needed` counted units need it, `present` of them have it.
    public struct KindCount: Sendable, Equatable {
        public var kind: String
        public var present: Int
        public var needed: Int

        public init(kind: String, present: Int, needed: Int) {
            self.kind = kind
            self.present = present
            self.needed = needed
        }
    }

    /// The counted units in scope, by date (write-ups before rows on one day, then in source order).
    public var units: [MaterialUnit]
    public var complete: Int
    /// Per kind, in order of first need.
    public var kinds: [KindCount]

    public init(units: [MaterialUnit]) {
        self.units = units
        complete = units.count(where: \.isComplete)
        var order: [String] = []
        var counts: [String: (present: Int, needed: Int)] = [:]
        for unit in units {
            for kind in unit.needed {
                if counts[kind] == nil { order.append(kind) }
                let has = unit.present.contains(kind) ? 1 : 0
                counts[kind, default: (0, 0)] = (
                    counts[kind, default: (0, 0)].present + has, counts[kind, default: (0, 0)].needed + 1
                )
            }
        }
        kinds = order.map { KindCount(kind: $0, present: counts[$0]!.present, needed: counts[$0]!.needed) }
    }

    /// Counted units in scope (the share's denominator).
    public var counted: Int { units.count }

    /// The completeness share as an exact fraction complete / counted; nil when nothing is counted.
    public var share: (numerator: Int, denominator: Int)? { counted == 0 ? nil : (complete, counted) }

    /// The share as a percent with two decimals, rounded half up ("83.33%"); nil when nothing is counted.
    public var shareText: String? {
        Ratio.percentText(numerator: Int64(complete), denominator: Int64(counted), decimals: 2)
    }
}

/// Every counted unit of a site at one date with what it needs and has: the pure API the
/// site, the 自评评分表 and the archive read evidence completeness from.
///
/// ```swift
/// let units = MaterialUnits(content, asOf: day)        // once per date
/// let summary = units.summary(in: .indicator("unions_established"))
/// summary.shareText                                      // "83.33%"
/// summary.kinds                                          // [签到表 5/6, 照片 6/6]
/// summary.units.first?.missing                           // ["签到表"]
/// ```
/// A unit counts when it is not a draft, is dated within the service period and on or before
/// `asOf` (ledger rows: matched by their indicator's query). A write-up needs the union of the
/// kinds `evidence_required` gives `全部`, its category and every indicator it counts toward
/// (count above 0); a ledger row needs exactly its indicators' evidence columns.
/// Units are listed by date; a write-up counted by two indicators, or a row by two
/// indicators, is one unit.
public struct MaterialUnits: Sendable, Equatable {
    public var asOf: Day
    /// Every counted unit, by date (write-ups before rows on one day, then in source order).
    public var units: [MaterialUnit]
    /// Where each unit is in `units`.
    private var positions: [MaterialUnit.Source: Int] = [:]

    public init(_ content: SiteContent, asOf: Day) {
        self.asOf = asOf
        let period = content.project.period
        let counts = { (day: Day) in period.contains(day) && day <= asOf }
        let requirements = content.project.materialRequirements
        let indicators = content.indicators
        let indicatorIDs = indicators.map(\.id)
        let knownIDs = Set(indicatorIDs)
        // One unit per counted write-up, made on all cores (10,000 write-ups at the bench).
        let counted = content.activities.filter { !$0.isDraft && counts($0.date) }
        var list = Parallel.map(counted) { activity -> MaterialUnit in
            let ids = activity.counts.compactMap { $0.count > 0 ? $0.indicatorID : nil }
            var needed: [String] = []
            for requirement in requirements {
                let applies: Bool
                switch requirement.scope {
                case .all: applies = true
                case .category(let name): applies = name == activity.category
                case .indicator(let id): applies = ids.contains(id)
                }
                if applies {
                    for kind in requirement.kinds where !needed.contains(kind) { needed.append(kind) }
                }
            }
            return MaterialUnit(
                source: .activity(slug: activity.slug), title: activity.title, date: activity.date,
                categories: [activity.category],
                indicatorIDs: ids.count == 1 && knownIDs.contains(ids[0]) ? ids : indicatorIDs.filter(ids.contains),
                isInternal: activity.isInternal, file: activity.file, needed: needed,
                files: Self.grouped(activity.materials, kinds: []))
        }
        // Ledger rows: one unit per (ledger, line), whichever indicators count it.
        var rowIndex: [MaterialUnit.Source: Int] = [:]
        var rows: [MaterialUnit] = []
        for indicator in indicators {
            guard case .ledger(let query) = indicator.source else { continue }
            let file = content.ledgers[query.ledger]?.file ?? "ledgers/\(query.ledger).csv"
            for entry in content.ledgerEntries[indicator.id] ?? [] where counts(entry.date) {
                let key = MaterialUnit.Source.ledgerRow(ledger: entry.ledger, line: entry.line)
                if let index = rowIndex[key] {
                    var unit = rows[index]
                    if !unit.categories.contains(indicator.category) { unit.categories.append(indicator.category) }
                    unit.indicatorIDs.append(indicator.id)
                    let needed = unit.needed + query.materialColumns.filter { !unit.needed.contains($0) }
                    let known = Set(unit.files.flatMap(\.files))
                    let files = unit.files.flatMap(\.files) + entry.materials.filter { !known.contains($0) }
                    rows[index] = MaterialUnit(
                        source: key, title: unit.title, date: unit.date, categories: unit.categories,
                        indicatorIDs: unit.indicatorIDs, isInternal: false, file: file, needed: needed,
                        files: Self.grouped(files, kinds: needed))
                } else {
                    rowIndex[key] = rows.count
                    rows.append(
                        MaterialUnit(
                            source: key, title: entry.title, date: entry.date, categories: [indicator.category],
                            indicatorIDs: [indicator.id], isInternal: false, file: file, needed: query.materialColumns,
                            files: Self.grouped(entry.materials, kinds: query.materialColumns)))
                }
            }
        }
        list += rows.sorted { ($0.date, Self.line($0)) < ($1.date, Self.line($1)) }
        // Write-ups are in date order already, rows too: a stable merge by date (the indices
        // sorted, not the units: 10,000 of them moved around cost more than the comparisons).
        if rows.isEmpty, list.indices.dropFirst().allSatisfy({ list[$0 - 1].date <= list[$0].date }) {
            units = list  // (the write-ups alone, in date order already: nothing to merge)
        } else {
            let order = list.indices.sorted { (list[$0].date, $0) < (list[$1].date, $1) }
            units = order.map { list[$0] }
        }
        positions.reserveCapacity(units.count)
        for index in units.indices { positions[units[index].source] = index }
    }

    /// The counted units in `scope` and their completeness.
    public func summary(in scope: MaterialScope) -> MaterialSummary {
        MaterialSummary(units: scope == .all ? units : units.filter { $0.isIn(scope) })
    }

    /// `units[index].isComplete`, read in place (pages mark thousands of units).
    public func isComplete(at index: Int) -> Bool {
        units[index].needed.allSatisfy { units[index].present.contains($0) }
    }

    /// `units[index].missing`, read in place (a write-up page asks for its unit's).
    public func missing(at index: Int) -> [String] {
        units[index].needed.filter { !units[index].present.contains($0) }
    }

    /// The unit behind an indicator's `Evidence` item, if it is a write-up or a ledger row.
    public func unit(for source: Evidence.Source) -> MaterialUnit? {
        position(of: source).map { units[$0] }
    }

    /// Where the unit behind an `Evidence` item is in `units` (read in place: a page marking
    /// thousands of rows need not copy each unit).
    public func position(of source: Evidence.Source) -> Int? {
        let key: MaterialUnit.Source
        switch source {
        case .activity(let slug): key = .activity(slug: slug)
        case .ledgerRow(let ledger, let line): key = .ledgerRow(ledger: ledger, line: line)
        case .article, .internalRecord: return nil
        }
        return positions[key]
    }

    /// Files grouped by kind in order of first appearance; `kinds` listed first (a row's
    /// evidence columns, so an empty cell still names its kind).
    public static func grouped(_ files: [MaterialFile], kinds: [String]) -> [MaterialUnit.KindFiles] {
        // A unit names a few files: lists searched in place of a dictionary of Chinese kinds.
        var groups = kinds.map { MaterialUnit.KindFiles(kind: $0, files: []) }
        for file in files {
            if let index = groups.firstIndex(where: { $0.kind == file.kind }) {
                groups[index].files.append(file)
            } else {
                groups.append(MaterialUnit.KindFiles(kind: file.kind, files: [file]))
            }
        }
        // A kind listed twice in `kinds` has its files twice, as a lookup by kind gives them.
        for index in kinds.indices {
            if let first = groups[..<index].firstIndex(where: { $0.kind == kinds[index] }) {
                groups[index].files = groups[first].files
            }
        }
        return groups
    }

    private static func line(_ unit: MaterialUnit) -> Int {
        if case .ledgerRow(_, let line) = unit.source { return line }
        return 0
    }
}

extension SiteContent {
    /// The counted units in `scope` at `asOf` with their completeness (see ``MaterialUnits``).
    public func materials(in scope: MaterialScope, asOf: Day) -> MaterialSummary {
        MaterialUnits(self, asOf: asOf).summary(in: scope)
    }
}
