import Foundation
import HuibaoModel

/// Reads the staff roster and the expense ledger that project.yml names (the spec's
/// "Staff and budget"), reporting a missing column by name and a bad value at its line.
enum ComplianceReader {
    static func roster(_ ledger: Ledger, period: ServicePeriod, into reader: inout FieldReader) -> [StaffMember]? {
        guard
            let columns = columns(
                ["姓名", "入职日期", "离职日期", "劳动合同签订日期", "备案日期", "社工证"], required: 2, in: ledger, into: &reader)
        else { return nil }
        var result: [StaffMember] = []
        for row in ledger.rows {
            func day(_ index: Int?, _ column: String, required: Bool = false) -> Day? {
                guard let index else { return nil }
                return reader.atCell(ledger, row, column: index) { reader, at in
                    Self.day(row[index], column: column, at: at, required: required, into: &reader)
                }
            }
            let name = row[columns[0]!]
            guard !name.isEmpty else { continue }
            guard let joined = day(columns[1], "入职日期", required: true) else { continue }
            let left = day(columns[2], "离职日期")
            let signed = day(columns[3], "劳动合同签订日期")
            let filed = day(columns[4], "备案日期")
            if let left, left < joined {
                reader.atCell(ledger, row, column: columns[2]) { reader, at in
                    reader.error(
                        "roster.left-before-joined", "\(name)的离职日期 \(left.isoText) 早于入职日期 \(joined.isoText)", at: at)
                }
                continue
            }
            let certificate = columns[5].map { row[$0].trimming(.whitespaces) } ?? ""
            let member = StaffMember(
                name: name, joined: joined, left: left, contractSigned: signed, filed: filed, certificate: certificate,
                line: row.line)
            if member.isReplacementNotFiled(periodStart: period.start) {
                reader.atCell(ledger, row, column: columns[4] ?? columns[1]) { reader, at in
                    reader.warning(
                        "roster.not-filed", "\(name)在服务期开始后入职，但没有提前报甲方备案（更换人员未提前报甲方备案）", at: at)
                }
            }
            if member.isContractLate {
                reader.atCell(ledger, row, column: columns[3] ?? columns[1]) { reader, at in
                    reader.warning(
                        "roster.contract",
                        "\(name)的劳动合同\(signed == nil ? "没有签订日期" : "晚于入职日期签订")（合同要求入职即签订劳动合同）", at: at)
                }
            }
            result.append(member)
        }
        return result
    }

    static func expenses(_ ledger: Ledger, into reader: inout FieldReader) -> [Expense]? {
        guard let columns = columns(["日期", "科目", "金额", "摘要"], required: 3, in: ledger, into: &reader) else {
            return nil
        }
        var result: [Expense] = []
        var magnitudes: UInt64 = 0
        for row in ledger.rows {
            let date = reader.atCell(ledger, row, column: columns[0]) { reader, at in
                day(row[columns[0]!], column: "日期", at: at, required: true, into: &reader)
            }
            guard let date else { continue }
            let text = FullWidthDigits.normalize(row[columns[2]!]).text
            guard let amount = Money.parse(text) else {
                reader.atCell(ledger, row, column: columns[2]) { reader, at in
                    reader.error("ledger.bad-money", "“金额”的值“\(row[columns[2]!])”不是金额（元，最多两位小数）", at: at)
                }
                continue
            }
            // The magnitudes' running total bounds every sum the budget figures form (any
            // subset, any sign): none of them can overflow.
            magnitudes += amount.fen.magnitude
            if magnitudes > UInt64(NumberLimits.maximumHundredths) {
                reader.atCell(ledger, row, column: columns[2]) { reader, at in
                    reader.error(
                        "ledger.total-too-large",
                        "经费台账的金额加上这一行后合计超过上限 \(NumberLimits.maximumText) 元；请检查这一行和前面各行的“金额”是否写错",
                        at: at)
                }
                return nil
            }
            result.append(
                Expense(
                    date: date, item: row[columns[1]!], amount: amount, note: columns[3].map { row[$0] } ?? "",
                    line: row.line))
        }
        return result
    }

    /// The indices of `names` in the ledger's header; the first `required` must exist.
    private static func columns(
        _ names: [String], required: Int, in ledger: Ledger, into reader: inout FieldReader
    ) -> [Int?]? {
        let indices = names.map { ledger.columnIndex($0) }
        var complete = true
        for (index, name) in names.enumerated().prefix(required) where indices[index] == nil {
            reader.error(
                "ledger.column-missing", "台账 \(ledger.file) 中没有“\(name)”列", at: ledger.headerPosition)
            complete = false
        }
        return complete ? indices : nil
    }

    /// A date cell, or nil: when empty (an error when required) or after reporting a bad value.
    private static func day(
        _ text: String, column: String, at position: SourcePosition, required: Bool = false,
        into reader: inout FieldReader
    ) -> Day? {
        if text.isEmpty {
            if required { reader.error("ledger.date-missing", "“\(column)”不能为空", at: position) }
            return nil
        }
        guard let day = Day.parse(FullWidthDigits.normalize(text).text) else {
            reader.error("ledger.bad-date", "“\(column)”的值“\(text)”不是有效日期（如 2025-04-08）", at: position)
            return nil
        }
        return day
    }
}
