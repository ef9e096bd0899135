import HuibaoModel

extension ContentParser {
    /// How a ledger named in indicators.yml or project.yml was found.
    enum LedgerLoad {
        case read(Ledger)
        /// Found but not read (its errors reported).
        case unreadable
        /// Neither `ledgers/NAME.csv` nor `ledgers/NAME.xlsx` exists (the caller says where it is named).
        case missing
    }

    /// The roster's and the expense ledger's columns that must be there (ComplianceReader).
    static let rosterColumns: Set<String> = ["姓名", "入职日期"]
    static let expenseColumns: Set<String> = ["日期", "科目", "金额"]

    /// Every column the project reads from each ledger: what a workbook's header row must hold.
    static func ledgerColumns(categories: [IndicatorCategory], project: Project?) -> [String: Set<String>] {
        var columns: [String: Set<String>] = [:]
        for indicator in categories.flatMap(\.indicators) {
            guard case .ledger(let query) = indicator.source else { continue }
            var names: Set<String> = [query.dateColumn]
            names.formUnion(query.conditions.map(\.column))
            if case .sum(let column) = query.measure { names.insert(column) }
            names.formUnion(query.materialColumns)
            columns[query.ledger, default: []].formUnion(names)
        }
        if let name = project?.staffing.ledger { columns[name, default: []].formUnion(rosterColumns) }
        if let name = project?.budget.ledger { columns[name, default: []].formUnion(expenseColumns) }
        return columns
    }

    /// Reads ledger `name` from `ledgers/NAME.csv` or `ledgers/NAME.xlsx`; both present is an
    /// error telling which to delete.
    static func loadLedger(
        _ name: String, columns: Set<String>, files: [String: [UInt8]], prefix: String, into reader: inout FieldReader
    ) -> LedgerLoad {
        let csvPath = "ledgers/\(name).csv"
        let workbookPath = "ledgers/\(name).xlsx"
        switch (files[csvPath], files[workbookPath]) {
        case (nil, nil):
            return .missing
        case (.some, .some):
            reader.error(
                "ledger.csv-and-xlsx",
                "台账“\(name)”同时有 \(prefix + csvPath) 和 \(prefix + workbookPath)，huibao 不知道该读哪一个；请删除其中一个（如果台账在 Excel 里维护，就删除 .csv）",
                at: SourcePosition(file: prefix + workbookPath))
            return .unreadable
        case (.some(let bytes), nil):
            guard let text = SourceText.decode(bytes, file: prefix + csvPath, isLedger: true, into: &reader),
                let ledger = LedgerReader.read(text, name: name, file: prefix + csvPath, into: &reader)
            else { return .unreadable }
            return .read(ledger)
        case (nil, .some(let bytes)):
            guard
                let ledger = LedgerReader.read(
                    workbook: bytes, name: name, file: prefix + workbookPath, columns: columns, into: &reader)
            else { return .unreadable }
            return .read(ledger)
        }
    }
}
