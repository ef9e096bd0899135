/// A mid-term, final or other evaluation of the service, with its date and outcome.
public struct Evaluation: Sendable, Equatable {
    /// What an evaluation is for: the mid-term checkpoint, the final one, or another.
    public enum Kind: String, Sendable, Equatable {
        case midterm, final, other

        public var chineseName: String {
            switch self {
            case .midterm: return "中期"
            case .final: return "末期"
            case .other: return "其他"
            }
        }
    }

    /// The outcome as project.yml states it.
    public enum Status: String, Sendable, Equatable {
        case pending, passed, failed

        public var chineseName: String {
            switch self {
            case .pending: return "待评估"
            case .passed: return "通过"
            case .failed: return "未通过"
            }
        }
    }

    public var id: String
    public var name: String
    public var kind: Kind
    public var date: Day
    public var status: Status
    /// `score` (得分): the evaluators' announced total, when written.
    public var score: Score?
    /// Where `status` (状态) is written in project.yml; nil when it is not.
    public var statusPosition: SourcePosition?
    /// Where `score` (得分) is written in project.yml.
    public var scorePosition: SourcePosition?

    public init(id: String, name: String, kind: Kind, date: Day, status: Status = .pending, score: Score? = nil) {
        self.id = id
        self.name = name
        self.kind = kind
        self.date = date
        self.status = status
        self.score = score
    }
}

extension Evaluation {
    /// Equal values: where they are written (positions) does not make two evaluations differ.
    public static func == (a: Evaluation, b: Evaluation) -> Bool {
        a.id == b.id && a.name == b.name && a.kind == b.kind && a.date == b.date && a.status == b.status
            && a.score == b.score
    }
}
