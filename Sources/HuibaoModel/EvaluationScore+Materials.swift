extension EvaluationScore {
    /// What each counted unit needs and has at `asOf`, from its 佐证材料 (`MaterialUnits`):
    /// every kind it requires (`evidence_required` or its rows' evidence columns) and whether
    /// an existing file of that kind is named. The 佐证 rule, the items' `materials` counts and
    /// 待补材料 read it.
    public static func unitMaterials(_ content: SiteContent, asOf: Day) -> UnitMaterials {
        let units = MaterialUnits(content, asOf: asOf).units
        var byFile: [String: MaterialUnit] = [:]
        var byRow: [MaterialUnit.Source: MaterialUnit] = [:]
        for unit in units {
            switch unit.source {
            case .activity: byFile[unit.file] = unit
            case .ledgerRow: byRow[unit.source] = unit
            }
        }
        let activities = byFile
        let rows = byRow
        return { scoringUnit in
            let unit: MaterialUnit?
            switch scoringUnit {
            case .activity(let file): unit = activities[file]
            case .ledgerRow(let ledger, let line): unit = rows[.ledgerRow(ledger: ledger, line: line)]
            }
            guard let unit else { return [] }
            return unit.needed.map { (kind: $0, present: unit.present.contains($0)) }
        }
    }
}
