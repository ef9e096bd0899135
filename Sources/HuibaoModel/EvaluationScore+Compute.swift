extension EvaluationScore {
    /// What one counted unit requires and has: kind → whether it has that kind. By default
    /// the units' 佐证材料 at the scoring date (`unitMaterials(_:asOf:)`).
    public typealias UnitMaterials = @Sendable (ScoringUnit) -> [(kind: String, present: Bool)]

    /// Scores `evaluation` by `scheme` at min(`asOf`, its date), with its self-scores.
    /// - Parameter figures: the figures at `asOf`, reused when the scoring date is the as-of date.
    public static func compute(
        _ content: SiteContent, evaluation: Evaluation, scheme: ScoringScheme, asOf: Day, figures: Figures? = nil,
        unitMaterials: UnitMaterials? = nil
    ) -> EvaluationScore {
        let scoringDate = min(asOf, evaluation.date)
        let atDate =
            figures.flatMap { $0.asOf == scoringDate ? $0 : nil }
            ?? Figures.compute(content, asOf: scoringDate, audience: .publicReaders)
        let selfScores = content.scoring.scores[evaluation.id] ?? SelfScores()
        let units = ScoringUnits(content, asOf: scoringDate)
        let materials = unitMaterials ?? Self.unitMaterials(content, asOf: scoringDate)
        var items: [ItemScore] = []
        for dimension in scheme.dimensions {
            for item in dimension.items {
                var scored = computeItem(item, figures: atDate, units: units, unitMaterials: materials)
                scored.dimension = dimension.name
                if let entry = selfScores.entries[item.id] {
                    scored.score = entry.score
                    scored.note = entry.note
                }
                items.append(scored)
            }
        }
        let vetoes = scheme.vetoes.map { (veto: $0, applies: selfScores.vetoes.contains($0.id)) }
        let scored = Score.sum(items.compactMap(\.score))
        let pending = Score.sum(items.filter { $0.score == nil }.map(\.item.points))
        let complete = items.allSatisfy { $0.score != nil }
        let passLine = scheme.passLine
        if vetoes.contains(where: \.applies) {
            return EvaluationScore(
                evaluation: evaluation, scheme: scheme, scoringDate: scoringDate, items: items, total: .zero,
                grade: scheme.grades.last, complete: complete, vetoes: vetoes, pendingPoints: pending, outcome: .vetoed)
        }
        let outcome: Outcome
        if scored >= passLine {
            outcome = .passed
        } else if complete || scored + pending < passLine {
            outcome = .failed
        } else {
            outcome = .undecided
        }
        return EvaluationScore(
            evaluation: evaluation, scheme: scheme, scoringDate: scoringDate, items: items, total: scored,
            grade: complete ? scheme.grade(for: scored) : nil, complete: complete, vetoes: vetoes,
            pendingPoints: pending, outcome: outcome)
    }

    /// Every evaluation a scheme applies to, scored, in project.yml order.
    public static func all(
        _ content: SiteContent, asOf: Day, figures: Figures? = nil, unitMaterials: UnitMaterials? = nil
    ) -> [EvaluationScore] {
        content.project.evaluations.compactMap { evaluation in
            content.scoring.schemes[evaluation.id].map {
                compute(
                    content, evaluation: evaluation, scheme: $0, asOf: asOf, figures: figures,
                    unitMaterials: unitMaterials)
            }
        }
    }

    static func computeItem(
        _ item: ScoringItem, figures: Figures, units: ScoringUnits, unitMaterials: UnitMaterials
    ) -> ItemScore {
        let asOfText = "截至 \(figures.asOf.isoText)"
        var result = ItemScore(
            item: item, dimension: "", computed: nil, score: nil, note: nil, figure: "", calculation: "", materials: [],
            missing: [])
        let points = item.points
        switch item.source {
        case .indicator(let id)?:
            guard let figure = figures.figure(for: id), let target = figure.indicator.target else { break }
            let stage = max(figure.expected ?? target, 0)
            let unit = figure.indicator.unit
            result.figure =
                "\(figure.indicator.name)：阶段目标 \(stage)\(unit)，完成 \(figure.value.text)\(unit)，状态 \(figure.status.chineseName)（\(asOfText)）"
            let completion = Completion(value: figure.value, stage: stage)
            if item.rule == .bands {
                let band = item.bands.first { completion.reaches($0.min) }
                let score = band.map { points.times($0.share) } ?? .zero
                result.computed = score
                if let band {
                    result.calculation =
                        "\(completion.written) ≥ \(band.min.text) → \(points.shortText) × \(band.share.text) = \(score.text)"
                } else {
                    let lowest = item.bands.last.map { " < \($0.min.text)" } ?? ""
                    result.calculation = "\(completion.written)\(lowest) → \(score.text)"
                }
            } else {
                let score = completion.capped ? points : points.scaled(by: figure.value.hundredths, over: Int64(stage) * 100)
                result.computed = score
                result.calculation =
                    completion.capped
                    ? "\(completion.written) ≥ 100% → \(points.shortText) × 100% = \(score.text)"
                    : "\(completion.written) → \(points.shortText) × \(figure.value.text) ÷ \(stage) = \(score.text)"
            }
            (result.materials, result.missing) = materialCounts(units.units(of: .indicator(id)), unitMaterials)
        case .staffing?:
            guard let staffing = figures.staffing else {
                result.computed = .zero
                result.figure = "没有人员台账"
                result.calculation = "→ 0.00"
                break
            }
            result.figure = "人员配备：\(staffing.status.rawValue)，在岗 \(staffing.headcount) 人 / 最少 \(staffing.minimum) 人（\(asOfText)）"
            switch staffing.status {
            case .met:
                result.computed = points
                result.calculation = "达标 → \(points.text)"
            case .withinReplacement:
                let score = points.times(item.replacementShare)
                result.computed = score
                result.calculation = "补员期内 → \(points.shortText) × \(item.replacementShare.text) = \(score.text)"
            case .notMet:
                result.computed = .zero
                result.calculation = "不达标 → 0.00"
            }
        case .budget?:
            guard let budget = figures.budget, budget.status != .noSpending else {
                result.computed = .zero
                result.figure = "经费结构：无支出（\(asOfText)）"
                result.calculation = "无支出 → 0.00"
                break
            }
            result.figure =
                "经费结构：\(budget.status.rawValue)，薪酬福利占比 \(budget.staffShareText ?? "—")，最低 \(budget.staffShareMin.twoDecimalText)（\(asOfText)）"
            let met = budget.status == .met
            result.computed = met ? points : .zero
            result.calculation = met ? "达标 → \(points.text)" : "\(budget.status.rawValue) → 0.00"
        case .evidence(let scope)?:
            let scoped = units.units(of: scope)
            let complete = scoped.count { unit in unitMaterials(unit).allSatisfy(\.present) }
            result.figure = "计入 \(scoped.count) 项，佐证齐全 \(complete) 项（\(asOfText)）"
            if scoped.isEmpty {
                result.computed = .zero
                result.calculation = "范围内尚无计入的记录 → 0.00"
            } else {
                let score = points.scaled(by: Int64(complete), over: Int64(scoped.count))
                result.computed = score
                let share = Ratio.percentText(numerator: Int64(complete) * 100, denominator: Int64(scoped.count) * 100, decimals: 2) ?? ""
                result.calculation =
                    "\(complete) ÷ \(scoped.count) = \(share) → \(points.shortText) × \(complete) ÷ \(scoped.count) = \(score.text)"
            }
            (result.materials, result.missing) = materialCounts(scoped, unitMaterials)
        case nil:
            break
        }
        if !item.materials.isEmpty {
            let listed = Dictionary(item.materials.map { ($0.kind, !$0.present.isEmpty) }, uniquingKeysWith: { $0 || $1 })
            var counts = result.materials
            for kind in item.evidence where !counts.contains(where: { $0.kind == kind }) {
                counts.append(MaterialCount(kind: kind, present: listed[kind] == true ? 1 : 0, needed: 1))
            }
            result.materials = counts
        }
        result.score = result.computed
        return result
    }

    /// Kind → (units that have it, units that need it), kinds in the order first met.
    /// and the units that lack a kind.
    static func materialCounts(_ units: [ScoringUnit], _ unitMaterials: UnitMaterials) -> (
        [MaterialCount], [MissingMaterials]
    ) {
        var order: [String] = []
        var counts: [String: (present: Int, needed: Int)] = [:]
        var missing: [MissingMaterials] = []
        for unit in units {
            var lacking: [String] = []
            for (kind, present) in unitMaterials(unit) {
                if counts[kind] == nil { order.append(kind) }
                counts[kind, default: (0, 0)].needed += 1
                if present { counts[kind]!.present += 1 } else { lacking.append(kind) }
            }
            if !lacking.isEmpty { missing.append(MissingMaterials(unit: unit, kinds: lacking)) }
        }
        return (order.map { MaterialCount(kind: $0, present: counts[$0]!.present, needed: counts[$0]!.needed) }, missing)
    }
}

/// Completion r = value / T of a 比例 or 档位 item: exact, compared exactly, written rounded down.
struct Completion {
    var value: Quantity
    var stage: Int

    /// r ≥ 1 (T = 0 counts as r = 1).
    var capped: Bool { stage == 0 || value >= Quantity(stage) }

    /// r ≥ `share` (capped at 1): value × 10000 ≥ share × T × 100, in hundredths.
    func reaches(_ share: Percent) -> Bool {
        if capped { return share.hundredths <= 10_000 }
        let lhs = value.hundredths.multipliedFullWidth(by: 10_000)
        let rhs = (Int64(share.hundredths) * Int64(stage)).multipliedFullWidth(by: 100)
        return (lhs.high, lhs.low) >= (rhs.high, rhs.low)
    }

    /// `39 ÷ 35 = 111.4%` (value / T before the cap, one decimal rounded down), or the T = 0 case.
    var written: String {
        guard stage > 0 else { return "阶段目标为 0，完成率按 100% 计" }
        let permille = max(value.hundredths, 0) * 10 / Int64(stage)
        return "\(value.text) ÷ \(stage) = \(permille / 10).\(permille % 10)%"
    }
}
