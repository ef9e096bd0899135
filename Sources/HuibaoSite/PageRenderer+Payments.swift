import HuibaoModel

extension PageRenderer {
    func paymentRows(from page: SitePath) -> [[String: Any]] {
        figures.payments.map { figure in
            let installment = figure.installment
            let trigger = ProgressData.paymentTrigger(installment, project: content.project)
            return [
                "id": installment.id, "name": installment.name, "amount": Format.money(installment.amount),
                "amountText": installment.amount.capitalized, "share": installment.share?.text ?? "",
                "condition": installment.condition, "trigger": trigger,
                "status": figure.status.chineseName, "statusClass": figure.status.cssName,
                "paidOn": figure.paidOn?.chineseText ?? "", "paidAmount": figure.shownPaidAmount.map(Format.money) ?? "",
                "difference": figure.difference.map(Format.money) ?? "",
            ]
        }
    }

    func evaluationRows() -> [[String: Any]] {
        content.project.evaluations.map { evaluation in
            let happened = evaluation.date <= options.asOf
            return [
                "id": evaluation.id, "name": evaluation.name, "kind": evaluation.kind.chineseName,
                "date": evaluation.date.chineseText,
                "status": happened ? evaluation.status.chineseName : "待评估",
            ]
        }
    }

    func paymentsPage() -> OutputFile {
        let path = Routes.payments
        let project = content.project
        let paid = Money.sum(
            figures.payments.compactMap { $0.status == .paid ? ($0.paidAmount ?? $0.installment.amount) : nil })
        return page(
            path, title: "付款", template: "payments", section: "payments",
            [
                "payments": paymentRows(from: path), "hasPayments": !figures.payments.isEmpty,
                "evaluations": evaluationRows(), "hasEvaluations": !project.evaluations.isEmpty,
                "total": Format.money(project.amount), "totalText": project.amount.capitalized,
                "paid": Format.money(paid), "paidText": paid.capitalized,
            ])
    }
}
