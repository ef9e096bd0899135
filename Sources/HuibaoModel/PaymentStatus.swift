/// The status of an installment at an as-of date.
public enum PaymentStatus: String, Sendable, Equatable {
    case paid = "已支付"
    case conditionNotMet = "不满足条件"
    case overdue = "应付未付"
    case pending = "待支付"

    public var chineseName: String { rawValue }

    public var cssName: String {
        switch self {
        case .paid: return "paid"
        case .conditionNotMet: return "condition-not-met"
        case .overdue: return "overdue"
        case .pending: return "pending"
        }
    }

    /// The spec's rules, in order: paid on or before the as-of date; its evaluation failed
    /// by then; due date passed or evaluation passed by then; otherwise pending.
    public static func of(_ installment: Installment, evaluations: [Evaluation], asOf: Day) -> PaymentStatus {
        if let paidOn = installment.paidOn, paidOn <= asOf { return .paid }
        switch installment.trigger {
        case .due(let due):
            return asOf > due ? .overdue : .pending
        case .after(let evaluationID):
            guard let evaluation = evaluations.first(where: { $0.id == evaluationID }),
                evaluation.date <= asOf
            else { return .pending }
            switch evaluation.status {
            case .failed: return .conditionNotMet
            case .passed: return .overdue
            case .pending: return .pending
            }
        }
    }
}
