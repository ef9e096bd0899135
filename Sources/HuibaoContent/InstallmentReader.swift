import HuibaoModel

/// Reads the `payments` (付款计划) list of project.yml and resolves every amount to the fen.
enum InstallmentReader {
    /// An installment as written, before amounts are resolved.
    private struct Draft {
        var id: String
        var name: String
        var share: Percent?
        var amount: Money?
        var trigger: Installment.Trigger
        var condition: String
        var paidOn: Day?
        var paidAmount: Money?
        var position: SourcePosition
        var amountPosition: SourcePosition
        var paidAmountPosition: SourcePosition?
    }

    static func read(
        _ items: [YAMLValue], listPosition: SourcePosition, fee: Money?, evaluations: [Evaluation],
        into reader: inout FieldReader
    ) -> [Installment] {
        var drafts: [Draft] = []
        var seenIDs: [String: SourcePosition] = [:]
        var complete = true
        for (index, item) in items.enumerated() {
            guard let draft = readOne(item, index: index, evaluations: evaluations, into: &reader) else {
                complete = false
                continue
            }
            if let earlier = seenIDs[draft.id] {
                reader.error("id.duplicate", "付款编号“\(draft.id)”重复，第 \(earlier.line) 行已用过", at: draft.position)
                complete = false
                continue
            }
            seenIDs[draft.id] = draft.position
            drafts.append(draft)
        }
        guard complete, let fee, !drafts.isEmpty else { return [] }
        guard let amounts = resolveAmounts(drafts, fee: fee, listPosition: listPosition, into: &reader) else {
            return []
        }
        return zip(drafts, amounts).map { draft, amount in
            Installment(
                id: draft.id, name: draft.name, share: draft.share, amount: amount, trigger: draft.trigger,
                condition: draft.condition, paidOn: draft.paidOn, paidAmount: draft.paidAmount)
        }
    }

    private static func readOne(
        _ item: YAMLValue, index: Int, evaluations: [Evaluation], into reader: inout FieldReader
    ) -> Draft? {
        let what = "第 \(index + 1) 期付款"
        guard let fields = reader.fields(item, schema: Schemas.installment, what: what) else { return nil }
        let id = reader.optional(fields, "id").flatMap { reader.string($0) } ?? String(index + 1)
        let name = reader.optional(fields, "name").flatMap { reader.string($0) } ?? "第\(index + 1)期"
        let sharePair = reader.optional(fields, "share")
        let amountPair = reader.optional(fields, "amount")
        var share = sharePair.flatMap { reader.percent($0) }
        if let value = share, value.hundredths > 10000, let pair = sharePair {
            reader.error("value.range", "“\(pair.key)”不能超过 100%，这里是 \(value.text)", at: pair.value.position)
            share = nil
        }
        let amount = amountPair.flatMap { reader.money($0) }
        if sharePair == nil && amountPair == nil {
            reader.error("payment.amount-missing", "\(what)需要写“比例”（share）或“金额”（amount）", at: fields.position)
            return nil
        }
        if (sharePair != nil && share == nil) || (amountPair != nil && amount == nil) { return nil }

        let duePair = reader.optional(fields, "due")
        let afterPair = reader.optional(fields, "after")
        var trigger: Installment.Trigger?
        switch (duePair, afterPair) {
        case (nil, nil):
            reader.error("payment.trigger-missing", "\(what)需要写“应付日期”（due）或“条件评估”（after）之一", at: fields.position)
        case (.some, .some):
            reader.error(
                "payment.trigger-both", "\(what)的“应付日期”和“条件评估”只能写一个",
                at: afterPair!.keyPosition)
        case (let due?, nil):
            trigger = reader.day(due).map { .due($0) }
        case (nil, let after?):
            if let evaluationID = reader.filledString(after) {
                if evaluations.contains(where: { $0.id == evaluationID }) {
                    trigger = .after(evaluationID: evaluationID)
                } else {
                    var message = "\(what)的条件评估“\(evaluationID)”不存在"
                    if let close = EditDistance.closest(to: evaluationID, in: evaluations.map(\.id)) {
                        message += "；是不是“\(close)”？"
                    } else if !evaluations.isEmpty {
                        message += "（已有：\(evaluations.map(\.id).joined(separator: "、"))）"
                    }
                    reader.error("payment.unknown-evaluation", message, at: after.value.position)
                }
            }
        }
        let condition = reader.optional(fields, "condition").flatMap { reader.string($0) } ?? ""
        let paidOn = reader.optional(fields, "paid_on").flatMap { reader.day($0) }
        let paidAmount = reader.optional(fields, "paid_amount").flatMap { reader.money($0) }
        if let paidAmount, let written = amount, paidAmount != written,
            let pair = reader.optional(fields, "paid_amount")
        {
            reader.warning(
                "payment.paid-differs", "\(name)的实付金额 \(paidAmount.decimalString) 元与应付金额 \(written.decimalString) 元不同",
                at: pair.value.position)
        }
        guard let trigger else { return nil }
        return Draft(
            id: id, name: name, share: share, amount: amount, trigger: trigger, condition: condition,
            paidOn: paidOn, paidAmount: paidAmount, position: fields.position,
            amountPosition: amountPair?.value.position ?? sharePair?.value.position ?? fields.position,
            paidAmountPosition: reader.optional(fields, "paid_amount")?.value.position)
    }

    /// The spec's rules: with shares everywhere, shares add to 100 % and the remainder goes to
    /// the last; a written amount agrees with its share to the fen; amounts add to the fee.
    private static func resolveAmounts(
        _ drafts: [Draft], fee: Money, listPosition: SourcePosition, into reader: inout FieldReader
    ) -> [Money]? {
        let allShares = drafts.allSatisfy { $0.share != nil }
        var computed: [Money]
        if allShares {
            let shares = drafts.map { $0.share! }
            let total = shares.reduce(0) { $0 + $1.hundredths }
            guard total == 10000 else {
                reader.error(
                    "payment.shares-total",
                    "各期付款比例合计为 \(Percent(hundredths: total).text)，应正好是 100%", at: listPosition)
                return nil
            }
            computed = Money.allocate(fee, shares: shares)
        } else {
            computed = drafts.map { $0.amount ?? fee.share($0.share!) }
        }
        var agree = true
        for (draft, amount) in zip(drafts, computed) {
            if let written = draft.amount, draft.share != nil, written != amount {
                reader.error(
                    "payment.share-amount-mismatch",
                    "“\(draft.name)”的金额 \(written.decimalString) 元与比例 \(draft.share!.text) 算出的 \(amount.decimalString) 元不一致",
                    at: draft.amountPosition)
                agree = false
            }
        }
        guard agree else { return nil }
        for (draft, amount) in zip(drafts, computed) where draft.amount == nil {
            if let paid = draft.paidAmount, paid != amount {
                reader.warning(
                    "payment.paid-differs",
                    "\(draft.name)的实付金额 \(paid.decimalString) 元与应付金额 \(amount.decimalString) 元不同",
                    at: draft.paidAmountPosition ?? draft.position)
            }
        }
        let sum = Money.sum(computed)
        guard sum == fee else {
            reader.error(
                "payment.amounts-total",
                "各期付款金额合计 \(sum.decimalString) 元，与服务费总金额 \(fee.decimalString) 元不符", at: listPosition)
            return nil
        }
        return computed
    }
}
