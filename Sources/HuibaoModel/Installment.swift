/// One installment of the fee, with its amount already resolved to the fen.
public struct Installment: Sendable, Equatable {
    /// What makes an installment payable: a due date, or an evaluation passing.
    public enum Trigger: Sendable, Equatable {
        case due(Day)
        case after(evaluationID: String)
    }

    public var id: String
    public var name: String
    /// The share of the fee as written, if any.
    public var share: Percent?
    /// The amount: as written, or the fee × share (remainder on the last installment).
    public var amount: Money
    public var trigger: Trigger
    public var condition: String
    public var paidOn: Day?
    public var paidAmount: Money?

    public init(
        id: String, name: String, share: Percent? = nil, amount: Money, trigger: Trigger,
        condition: String = "", paidOn: Day? = nil, paidAmount: Money? = nil
    ) {
        self.id = id
        self.name = name
        self.share = share
        self.amount = amount
        self.trigger = trigger
        self.condition = condition
        self.paidOn = paidOn
        self.paidAmount = paidAmount
    }
}
