import HuibaoModel

extension PageRenderer {
    /// Evidence completeness for the pages, when the project names evidence at all (most
    /// projects without it pay nothing and their pages stay as they were).
    static func materialUnits(_ content: SiteContent, asOf: Day) -> MaterialUnits? {
        let hasColumns = content.indicators.contains {
            if case .ledger(let query) = $0.source { return !query.materialColumns.isEmpty }
            return false
        }
        guard !content.project.materialRequirements.isEmpty || hasColumns
            || content.activities.contains(where: { !$0.materials.isEmpty })
        else { return nil }
        return MaterialUnits(content, asOf: asOf)
    }

    /// Each indicator's evidence summary, made once for all its pages (nil without evidence).
    static func materialSummaries(_ units: MaterialUnits?, indicators: [Indicator]) -> [String: MaterialSummary]? {
        guard let units else { return nil }
        var members: [String: [MaterialUnit]] = [:]
        for unit in units.units {
            for id in unit.indicatorIDs where members[id]?.last?.source != unit.source {
                members[id, default: []].append(unit)
            }
        }
        return Dictionary(
            indicators.map { ($0.id, MaterialSummary(units: members[$0.id] ?? [])) }, uniquingKeysWith: { a, _ in a })
    }

    /// `✓` or `缺：签到表、照片`.
    static func materialMark(_ unit: MaterialUnit) -> String {
        unit.isComplete ? "✓" : "缺：" + unit.missing.joined(separator: "、")
    }

    /// `83.33%（5/6）`, or `—` when nothing in scope is counted.
    static func materialShareText(_ summary: MaterialSummary) -> String {
        guard let text = summary.shareText else { return "—（还没有计入的记录）" }
        return "\(text)（\(summary.complete)/\(summary.counted)）"
    }

    /// The 佐证 column of an indicator's evidence row: empty for articles and hidden records.
    func materialMark(for source: Evidence.Source) -> String {
        guard let units = materialUnits, let index = units.position(of: source) else { return "" }
        return units.units[index].isComplete ? "✓" : "缺：" + units.units[index].missing.joined(separator: "、")
    }

    /// The indicator page's evidence values: the share and whether rows show the 佐证 column.
    func materialContext(indicator: Indicator) -> [String: Any] {
        // Only where some counted unit needs a kind: elsewhere every row would read ✓.
        guard let summaries = materialSummaries, indicator.source != .articlesSubmitted,
            let summary = summaries[indicator.id]
        else { return ["hasMaterials": false] }
        guard !summary.kinds.isEmpty else { return ["hasMaterials": false] }
        return ["hasMaterials": true, "materialsShare": Self.materialShareText(summary)]
    }

    /// The dashboard's evidence line: the project's share.
    func materialDashboardContext() -> [String: Any] {
        guard let units = materialUnits else { return ["hasMaterials": false] }
        return ["hasMaterials": true, "materialsShare": Self.materialShareText(units.summary(in: .all))]
    }

    /// A write-up page's 佐证材料: each kind with its files (the team's site links them, images
    /// as thumbnails; other audiences see the kinds only) and the kinds it still lacks.
    func materialContext(activity: Activity, from path: SitePath) -> [String: Any] {
        guard let units = materialUnits else { return ["hasMaterials": false] }
        // The unit's fields read in place (a copy of the whole unit per page cost as much).
        let index = units.position(of: .activity(slug: activity.slug))
        let groups = index.map { units.units[$0].files } ?? MaterialUnits.grouped(activity.materials, kinds: [])
        let missing = index.map { units.units[$0].missing } ?? []
        guard !groups.isEmpty || !missing.isEmpty else { return ["hasMaterials": false] }
        let publishes = isTeam
        let kinds = groups.map { group -> [String: Any] in
            let files = group.files.map { file -> [String: Any] in
                let name = String(file.path.split(separator: "/").last ?? "")
                guard publishes, file.exists else {
                    return ["name": name, "href": "", "thumb": "", "absent": !file.exists && publishes]
                }
                let href = Routes.materialLink(file.path, from: path)
                return ["name": name, "href": href, "thumb": thumbnailLink(file.path, href: href, from: path), "absent": false]
            }
            return ["kind": group.kind, "files": publishes ? files : [], "count": group.files.filter(\.exists).count]
        }
        return [
            "hasMaterials": true, "materials": kinds, "materialsPublished": publishes,
            "materialsMissing": missing.isEmpty ? "" : "缺：" + missing.joined(separator: "、"),
            "materialsComplete": index.map { missing.isEmpty && !units.units[$0].needed.isEmpty } ?? false,
        ]
    }

    /// The image a write-up page shows for an evidence file: its downscaled thumbnail when it
    /// has one (over 64 KB), else the image itself (`href`, its link); "" for a file that is
    /// not an image.
    func thumbnailLink(_ contentPath: String, href: String, from path: SitePath) -> String {
        guard MaterialFiles.isImage(contentPath) else { return "" }
        return materialThumbnails.contains(contentPath) ? Routes.materialThumbnail(contentPath).link(from: path) : href
    }
}
