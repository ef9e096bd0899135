/// An evaluation scored by its scheme at its scoring date: every item, the total, the grade
/// and what the tranche tied to it becomes.
public struct EvaluationScore: Sendable, Equatable {
    public var evaluation: Evaluation
    public var scheme: ScoringScheme
    /// min(as-of, the evaluation's date).
    public var scoringDate: Day
    public var items: [ItemScore]
    /// The sum of the rounded item scores (0.00 when a veto applies); without the 待评 items.
    public var total: Score
    /// Nil while any item is 待评 and no veto applies.
    public var grade: ScoringGrade?
    /// True when every item has a score (or a veto applies).
    public var complete: Bool
    /// The scheme's vetoes with whether the scores file lists each.
    public var vetoes: [(veto: ScoringVeto, applies: Bool)]
    /// The points of the items still 待评.
    public var pendingPoints: Score
    public var outcome: Outcome

    /// What the result means for the tranche (content-format.md "Scoring").
    public enum Outcome: String, Sendable, Equatable {
        case passed = "通过"
        case failed = "未通过"
        case undecided = "待定"
        /// A veto applies.
        case vetoed = "不满足条件"
    }

    public var passLine: Score { scheme.passLine }
    public var vetoApplies: Bool { vetoes.contains { $0.applies } }

    public static func == (a: EvaluationScore, b: EvaluationScore) -> Bool {
        a.evaluation == b.evaluation && a.scheme == b.scheme && a.scoringDate == b.scoringDate && a.items == b.items
            && a.total == b.total && a.grade == b.grade && a.complete == b.complete
            && a.vetoes.map(\.veto) == b.vetoes.map(\.veto) && a.vetoes.map(\.applies) == b.vetoes.map(\.applies)
            && a.outcome == b.outcome
    }
}

/// One item's score with how it was reached.
public struct ItemScore: Sendable, Equatable {
    public var item: ScoringItem
    /// The dimension it belongs to.
    public var dimension: String
    /// What huibao computed; nil for a manual item.
    public var computed: Score?
    /// The score that counts: the self-score when there is one, else the computed one; nil: 待评.
    public var score: Score?
    /// The self-score's note, when the scores file has an entry.
    public var note: String?
    /// The figure it draws on, in words (目标、完成、完成率、状态 at the scoring date).
    public var figure: String
    /// The calculation written out (`39 ÷ 35 = 111.4% ≥ 100% → 4 × 100% = 4.00`).
    public var calculation: String
    /// Kind → (present, needed), in the order kinds were first met.
    public var materials: [MaterialCount]
    /// The counted units of its source that lack a kind they require (待补材料), in unit order.
    public var missing: [MissingMaterials] = []

    /// True when a self-score replaces a computed one (人工调整).
    public var isOverride: Bool { computed != nil && note != nil }
}

/// Of the units needing one kind of evidence, how many have it: the same count as a
/// scope's completeness (`MaterialSummary.KindCount`).
public typealias MaterialCount = MaterialSummary.KindCount

/// One counted unit and the kinds it lacks.
public struct MissingMaterials: Sendable, Equatable {
    public var unit: ScoringUnit
    public var kinds: [String]

    public init(unit: ScoringUnit, kinds: [String]) {
        self.unit = unit
        self.kinds = kinds
    }
}

/// A counted unit (a write-up or a ledger row), as evidence completeness sees it.
public enum ScoringUnit: Hashable, Sendable {
    /// A write-up, by its file.
    case activity(file: String)
    case ledgerRow(ledger: String, line: Int)
}
