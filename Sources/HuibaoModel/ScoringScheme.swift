/// A 评分细则 (scoring.yml or scoring/<id>.yml): dimensions of items with points and rules,
/// grades, the pass grade and the vetoes.
public struct ScoringScheme: Sendable, Equatable {
    public var name: String
    /// The file it was read from (`Content/scoring.yml`), as reports name it.
    public var file: String
    /// Evaluation ids it applies to; nil: every evaluation.
    public var appliesTo: [String]?
    public var total: Score
    /// Highest first; the last one's `min` is 0.
    public var grades: [ScoringGrade]
    public var passGrade: String
    public var vetoes: [ScoringVeto]
    public var dimensions: [ScoringDimension]

    public init(
        name: String, file: String = "Content/scoring.yml", appliesTo: [String]? = nil, total: Score,
        grades: [ScoringGrade], passGrade: String, vetoes: [ScoringVeto] = [], dimensions: [ScoringDimension]
    ) {
        self.name = name
        self.file = file
        self.appliesTo = appliesTo
        self.total = total
        self.grades = grades
        self.passGrade = passGrade
        self.vetoes = vetoes
        self.dimensions = dimensions
    }

    /// Every item in scheme order.
    public var items: [ScoringItem] { dimensions.flatMap(\.items) }

    /// The pass line: the pass grade's minimum.
    public var passLine: Score { grades.first { $0.name == passGrade }?.min ?? .zero }

    /// The first grade (highest first) whose minimum the total reaches.
    public func grade(for total: Score) -> ScoringGrade? { grades.first { $0.min <= total } ?? grades.last }

    public func applies(to evaluationID: String) -> Bool { appliesTo?.contains(evaluationID) ?? true }
}

/// A grade (等级): a name and the lowest total that earns it.
public struct ScoringGrade: Sendable, Equatable {
    public var name: String
    public var min: Score

    public init(name: String, min: Score) {
        self.name = name
        self.min = min
    }
}

/// A veto (否决项): when the scores file lists it, the total is 0.
public struct ScoringVeto: Sendable, Equatable {
    public var id: String
    public var name: String

    public init(id: String, name: String) {
        self.id = id
        self.name = name
    }
}

/// A dimension (一级指标) and its items.
public struct ScoringDimension: Sendable, Equatable {
    public var name: String
    public var points: Score
    public var items: [ScoringItem]

    public init(name: String, points: Score, items: [ScoringItem]) {
        self.name = name
        self.points = points
        self.items = items
    }
}

/// One scoring item (评分项) with its rule written out and, where a figure exists, how huibao computes it.
public struct ScoringItem: Sendable, Equatable {
    public var id: String
    public var name: String
    public var points: Score
    /// 评分标准, shown verbatim.
    public var ruleText: String
    public var rule: ScoringRule
    /// For 档位: highest `min` first.
    public var bands: [ScoringBand]
    /// For 履约 with the staffing source: the share a 补员期内 status earns (default 100%).
    public var replacementShare: Percent
    public var source: ScoringSource?
    /// 需提供材料: the kinds evaluators want to see.
    public var evidence: [String]
    /// 佐证材料 not tied to a write-up: kind → paths relative to `Content/` (that exist).
    public var materials: [ScoringMaterial]
    /// Where its id is written (for `check`'s warnings).
    public var declaredAt: SourcePosition?

    public init(
        id: String, name: String, points: Score, ruleText: String = "", rule: ScoringRule,
        bands: [ScoringBand] = [], replacementShare: Percent = Percent(hundredths: 10_000),
        source: ScoringSource? = nil, evidence: [String] = [], materials: [ScoringMaterial] = []
    ) {
        self.id = id
        self.name = name
        self.points = points
        self.ruleText = ruleText
        self.rule = rule
        self.bands = bands
        self.replacementShare = replacementShare
        self.source = source
        self.evidence = evidence
        self.materials = materials
    }
}

/// How an item is scored (计分).
public enum ScoringRule: String, Sendable, Equatable, CaseIterable {
    case ratio = "比例"
    case bands = "档位"
    case compliance = "履约"
    case evidence = "佐证"
    case manual = "人工"

    /// The English word of the scheme and of progress.json.
    public var englishName: String {
        switch self {
        case .ratio: return "ratio"
        case .bands: return "bands"
        case .compliance: return "compliance"
        case .evidence: return "evidence"
        case .manual: return "manual"
        }
    }
}

/// A band of a 档位 item: at completion ≥ `min`, points × `share`.
public struct ScoringBand: Sendable, Equatable {
    public var min: Percent
    public var share: Percent

    public init(min: Percent, share: Percent) {
        self.min = min
        self.share = share
    }
}

/// What an item's figure comes from (依据).
public enum ScoringSource: Sendable, Equatable {
    /// An indicator, by id.
    case indicator(String)
    case staffing
    case budget
    case evidence(EvidenceScope)
}

/// The scope of a 佐证 item: every counted unit, a category's, or an indicator's — the same
/// scopes as `佐证要求` (`MaterialScope`).
public typealias EvidenceScope = MaterialScope

/// Files of one kind listed on an item (`materials` 佐证材料).
public struct ScoringMaterial: Sendable, Equatable {
    public var kind: String
    /// Paths relative to `Content/`.
    public var files: [String]
    /// Those of `files` that exist.
    public var present: [String]

    public init(kind: String, files: [String], present: [String]) {
        self.kind = kind
        self.files = files
        self.present = present
    }
}

/// 自评得分 of one evaluation (scores/<id>.yml).
public struct SelfScores: Sendable, Equatable {
    /// By item id.
    public var entries: [String: SelfScore]
    /// Veto ids that apply.
    public var vetoes: [String]
    /// Every item id the file writes, also those whose entry has an error (never "unscored").
    public var written: Set<String> = []

    public init(entries: [String: SelfScore] = [:], vetoes: [String] = []) {
        self.entries = entries
        self.vetoes = vetoes
    }
}

/// One self-score with the reason an evaluator will ask for.
public struct SelfScore: Sendable, Equatable {
    public var score: Score
    public var note: String

    public init(score: Score, note: String) {
        self.score = score
        self.note = note
    }
}

/// The schemes and self-scores of every evaluation, as loaded.
public struct ScoringSetup: Sendable, Equatable {
    /// The scheme each evaluation uses, by evaluation id (only those a scheme applies to).
    public var schemes: [String: ScoringScheme]
    /// Self-scores by evaluation id.
    public var scores: [String: SelfScores]

    public init(schemes: [String: ScoringScheme] = [:], scores: [String: SelfScores] = [:]) {
        self.schemes = schemes
        self.scores = scores
    }
}
