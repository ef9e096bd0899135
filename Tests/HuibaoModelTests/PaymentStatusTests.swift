import Testing

@testable import HuibaoModel

private func day(_ text: String) -> Day { Day.parse(text)! }

@Suite("Installment status at the as-of date")
struct PaymentStatusTests {
    let midterm = Evaluation(id: "midterm", name: "中期评估", kind: .midterm, date: day("2025-10-15"), status: .passed)
    let failed = Evaluation(id: "final", name: "末期评估", kind: .final, date: day("2026-04-28"), status: .failed)

    func status(_ installment: Installment, _ asOf: String) -> PaymentStatus {
        PaymentStatus.of(installment, evaluations: [midterm, failed], asOf: day(asOf))
    }

    @Test func paidOnOrBeforeTheAsOfDate() {
        let first = Installment(
            id: "1", name: "首期", amount: Money(fen: 41_191_250), trigger: .due(day("2025-05-08")),
            paidOn: day("2025-04-30"))
        #expect(status(first, "2025-04-30") == .paid)
        #expect(status(first, "2025-04-29") == .pending)  // paid later than the as-of date: not yet paid
    }

    @Test func dueDateItselfIsStillPending() {
        let first = Installment(id: "1", name: "首期", amount: Money(fen: 100), trigger: .due(day("2025-05-08")))
        #expect(status(first, "2025-05-08") == .pending)
        #expect(status(first, "2025-05-09") == .overdue)
    }

    @Test func passedEvaluationMakesItPayable() {
        let second = Installment(
            id: "2", name: "中期款", amount: Money(fen: 100), trigger: .after(evaluationID: "midterm"))
        #expect(status(second, "2025-10-14") == .pending)
        #expect(status(second, "2025-10-15") == .overdue)
        var paid = second
        paid.paidOn = day("2025-11-10")
        #expect(status(paid, "2025-11-10") == .paid)
    }

    @Test func failedEvaluationMeansConditionNotMet() {
        let last = Installment(id: "3", name: "尾款", amount: Money(fen: 100), trigger: .after(evaluationID: "final"))
        #expect(status(last, "2026-04-27") == .pending)
        #expect(status(last, "2026-04-28") == .conditionNotMet)
    }

    @Test func pendingEvaluationKeepsItPending() {
        let pending = Evaluation(id: "final", name: "末期评估", kind: .final, date: day("2026-04-28"), status: .pending)
        let last = Installment(id: "3", name: "尾款", amount: Money(fen: 100), trigger: .after(evaluationID: "final"))
        #expect(PaymentStatus.of(last, evaluations: [pending], asOf: day("2026-06-01")) == .pending)
    }
}
