import HuibaoModel

extension ArchiveSection {
    /// Each counted unit's evidence files that exist (in the order written, by kind) and the
    /// kinds it lacks, from the 佐证材料 model at `asOf` (`MaterialUnits`).
    public static func materials(
        _ content: SiteContent, asOf: Day
    ) -> @Sendable (Evidence.Source) -> (files: [ArchiveMaterial], missing: [String]) {
        let units = MaterialUnits(content, asOf: asOf)
        return { source in
            guard let unit = units.unit(for: source) else { return ([], []) }
            let files = unit.files.flatMap { group in
                group.files.filter(\.exists).map { ArchiveMaterial(kind: group.kind, contentPath: $0.path) }
            }
            return (files, unit.missing)
        }
    }
}
