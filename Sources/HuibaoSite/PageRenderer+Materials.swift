import HuibaoModel

extension PageRenderer {
    /// Evidence completeness for the pages, when the project names evidence at all (most
    /// projects without it pay nothing and their pages stay as they were).
    static func materialUnits(_ content: SiteContent, asOf: Day) -> MaterialUnits? {
        let hasColumns = content.indicators.contains {
            if case .ledger(let query) = $0.source { return !query.materialColumns.isEmpty }
            return false
        }
        guard
            !content.project.materialRequirements.isEmpty || hasColumns
                || content.activities.contains(where: { !$0.materials.isEmpty })
        else { return nil }
        return MaterialUnits(content, asOf: asOf)
    }

    /// What an indicator's page (and the dashboard) shows of its counted units' evidence: how
    /// many are counted and complete, and whether any of them needs a kind at all.
    struct MaterialShare: Sendable, Equatable {
        var counted = 0
        var complete = 0
        /// Whether some counted unit needs a kind (`MaterialSummary.kinds` not empty).
        var needsKinds = false

        /// Counts `units.units[index]`, read in place (no copy of the unit for each).
        mutating func add(_ units: MaterialUnits, at index: Int) {
            counted += 1
            if units.isComplete(at: index) { complete += 1 }
            if !units.units[index].needed.isEmpty { needsKinds = true }
        }

        /// `83.33%（5/6）`, or `—` when nothing in scope is counted (as `MaterialSummary.shareText`).
        var text: String {
            guard let text = Ratio.percentText(numerator: Int64(complete), denominator: Int64(counted), decimals: 2)
            else { return "—（还没有计入的记录）" }
            return "\(text)（\(complete)/\(counted)）"
        }
    }

    /// Each indicator's evidence share, made once for all its pages (nil without evidence):
    /// counted in place, no unit copied (10,000 write-ups at the bench).
    static func materialShares(_ units: MaterialUnits?, indicators: [Indicator]) -> [String: MaterialShare]? {
        guard let units else { return nil }
        var shares = Dictionary(indicators.map { ($0.id, MaterialShare()) }, uniquingKeysWith: { a, _ in a })
        for index in units.units.indices {
            // An indicator listed twice on one unit counts it once (the ids are in attachment order).
            let ids = units.units[index].indicatorIDs
            for (offset, id) in ids.enumerated() where !ids[..<offset].contains(id) {
                shares[id]?.add(units, at: index)
            }
        }
        return shares
    }

    /// `✓` or `缺：签到表、照片`.
    static func materialMark(_ unit: MaterialUnit) -> String {
        unit.isComplete ? "✓" : "缺：" + unit.missing.joined(separator: "、")
    }

    /// The 佐证 column of an indicator's evidence row: empty for articles and hidden records.
    func materialMark(for source: Evidence.Source) -> String {
        guard let units = materialUnits, let index = units.position(of: source) else { return "" }
        return units.isComplete(at: index) ? "✓" : "缺：" + units.missing(at: index).joined(separator: "、")
    }

    /// The indicator page's evidence values: the share and whether rows show the 佐证 column.
    func materialContext(indicator: Indicator) -> [String: Any] {
        // Only where some counted unit needs a kind: elsewhere every row would read ✓.
        guard let shares = materialShares, indicator.source != .articlesSubmitted, let share = shares[indicator.id],
            share.needsKinds
        else { return ["hasMaterials": false] }
        return ["hasMaterials": true, "materialsShare": share.text]
    }

    /// The dashboard's evidence line: the project's share.
    func materialDashboardContext() -> [String: Any] {
        guard let units = materialUnits else { return ["hasMaterials": false] }
        var share = MaterialShare()
        for index in units.units.indices { share.add(units, at: index) }
        return ["hasMaterials": true, "materialsShare": share.text]
    }

    /// A write-up page's 佐证材料 as its template reads them (`hasMaterials`, `materials`,
    /// `materialsPublished`, `materialsMissing`, `materialsComplete`), typed: the default
    /// templates get the list written by `MaterialListHTML`, others the `materials` values.
    struct MaterialValues {
        /// One kind with its files (none listed outside the team's site: the count only).
        struct Kind {
            var kind: String
            var count: Int
            var files: [File]
        }

        /// A file as the list shows it: its name, its link and thumbnail ("" for none: a
        /// missing file has neither, a file that is not an image no thumbnail).
        struct File {
            var name: String
            var href: String
            var thumb: String
            var absent: Bool
        }

        var has = false
        var kinds: [Kind] = []
        var published = false
        /// `缺：签到表、照片`, or "".
        var missing = ""
        var complete = false

        /// The `materials` values: each kind's `kind`, `count` and `files` (`name`, `href`,
        /// `thumb`, `absent` "true" or "" — typed text the template reads faster than values of
        /// any type).
        var dictionaries: [[String: Any]] {
            kinds.map { kind in
                let files = kind.files.map { file -> [String: String] in
                    ["name": file.name, "href": file.href, "thumb": file.thumb, "absent": file.absent ? "true" : ""]
                }
                return ["kind": kind.kind, "files": files, "count": kind.count]
            }
        }
    }

    /// A write-up page's 佐证材料: each kind with its files and the kinds it still lacks.
    func materialValues(activity: Activity, from path: SitePath) -> MaterialValues {
        guard let units = materialUnits else { return MaterialValues() }
        // The unit's fields read in place (a copy of the whole unit per page cost as much).
        let index = units.position(of: .activity(slug: activity.slug))
        let groups = index.map { units.units[$0].files } ?? MaterialUnits.grouped(activity.materials, kinds: [])
        let missing = index.map { units.missing(at: $0) } ?? []
        guard !groups.isEmpty || !missing.isEmpty else { return MaterialValues() }
        let publishes = isTeam
        let kinds = groups.map { group -> MaterialValues.Kind in
            let count = group.files.count(where: \.exists)
            guard publishes else { return MaterialValues.Kind(kind: group.kind, count: count, files: []) }
            let files = group.files.map { file -> MaterialValues.File in
                let name = Self.fileName(file.path)
                guard file.exists else { return MaterialValues.File(name: name, href: "", thumb: "", absent: true) }
                let href = Routes.materialLink(file.path, from: path)
                return MaterialValues.File(
                    name: name, href: href, thumb: thumbnailLink(file.path, href: href, from: path), absent: false)
            }
            return MaterialValues.Kind(kind: group.kind, count: count, files: files)
        }
        return MaterialValues(
            has: true, kinds: kinds, published: publishes,
            missing: missing.isEmpty ? "" : "缺：" + missing.joined(separator: "、"),
            complete: index.map { missing.isEmpty && !units.units[$0].needed.isEmpty } ?? false)
    }

    /// The image a write-up page shows for an evidence file: its downscaled thumbnail when it
    /// has one (over 64 KB), else the image itself (`href`, its link); "" for a file that is
    /// not an image.
    func thumbnailLink(_ contentPath: String, href: String, from path: SitePath) -> String {
        guard MaterialFiles.isImage(contentPath) else { return "" }
        // (A Chinese name normalizes to hash: no lookup when no image has a thumbnail.)
        return !materialThumbnails.isEmpty && materialThumbnails.contains(contentPath)
            ? Routes.materialThumbnail(contentPath).link(from: path) : href
    }

    /// The last segment of a path (`签到表.jpg` of `activities/2025/06/签到表.jpg`), found from
    /// the end without splitting the whole path.
    static func fileName(_ path: String) -> String {
        guard let slash = path.utf8.lastIndex(of: UInt8(ascii: "/")) else { return path }
        return String(path[path.utf8.index(after: slash)...])
    }
}
