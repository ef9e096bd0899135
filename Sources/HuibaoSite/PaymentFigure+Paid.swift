import HuibaoModel

extension PaymentFigure {
    /// 实付 as pages show it: the amount written, else for a paid installment the amount due
    /// (paid in full); nil while unpaid.
    var shownPaidAmount: Money? {
        paidAmount ?? (status == .paid ? installment.amount : nil)
    }
}
