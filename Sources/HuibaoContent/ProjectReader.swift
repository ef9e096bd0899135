import HuibaoModel

/// Reads `project.yml` into a `Project`, validating every key the spec lists.
public enum ProjectReader {
    static let what = "project.yml"

    public static func read(_ root: YAMLValue?, file: String, into reader: inout FieldReader) -> Project? {
        guard let root else {
            reader.error("file.empty", "project.yml 是空的：至少要写项目名称、甲方、乙方、服务期限和服务费总金额", at: SourcePosition(file: file))
            return nil
        }
        guard let fields = reader.fields(root, schema: Schemas.project, what: "project.yml ") else { return nil }
        let schema = Schemas.project
        let name = reader.required(fields, "name", schema: schema, what: what).flatMap { reader.string($0) }
        let client = reader.required(fields, "client", schema: schema, what: what).flatMap { reader.string($0) }
        let provider = reader.required(fields, "provider", schema: schema, what: what).flatMap { reader.string($0) }
        let signed = reader.optional(fields, "signed").flatMap { reader.day($0) }
        let period = reader.required(fields, "period", schema: schema, what: what).flatMap {
            readPeriod($0, into: &reader)
        }
        var amount = reader.required(fields, "amount", schema: schema, what: what).flatMap { reader.money($0) }
        if let value = amount, value <= .zero, let pair = fields["amount"] {
            reader.error("value.range", "服务费总金额应大于 0", at: pair.value.position)
            amount = nil
        }
        let unsafeHTML = reader.optional(fields, "unsafe_html").flatMap { reader.bool($0) } ?? false
        var maxChars = 3000
        if let pair = reader.optional(fields, "articles"),
            let settings = reader.fields(pair.value, schema: Schemas.articlesSettings, what: "“\(pair.key)”"),
            let maxPair = reader.optional(settings, "max_chars"), let value = reader.integer(maxPair, minimum: 1)
        {
            maxChars = value
        }
        let staffing = reader.optional(fields, "staffing").map { readStaffing($0, into: &reader) } ?? StaffingRule()
        let budget = reader.optional(fields, "budget").map { readBudget($0, into: &reader) } ?? BudgetRule()

        var evaluations: [Evaluation] = []
        if let pair = reader.optional(fields, "evaluations"), let items = reader.sequence(pair) {
            evaluations = EvaluationReader.read(items, period: period, into: &reader)
        }
        var installments: [Installment] = []
        if let pair = reader.optional(fields, "payments"), let items = reader.sequence(pair) {
            installments = InstallmentReader.read(
                items, listPosition: pair.keyPosition, fee: amount, evaluations: evaluations, into: &reader)
        }

        let ledgerTitles = reader.optional(fields, "ledger_titles").map { readLedgerTitles($0, into: &reader) } ?? [:]

        let publicPhones = reader.optional(fields, "public_phones").map { reader.stringList($0) } ?? []

        guard let name, let client, let provider, let period, let amount else { return nil }
        var project = Project(
            name: name, client: client, provider: provider, signed: signed, period: period, amount: amount,
            unsafeHTML: unsafeHTML, articleMaxChars: maxChars, staffing: staffing, budget: budget,
            evaluations: evaluations, installments: installments)
        project.ledgerTitles = ledgerTitles
        project.publicPhones = PublicPhones(publicPhones)
        return project
    }

    /// `台账名称`: a mapping of ledger name (the file name without extension) → title.
    static func readLedgerTitles(_ pair: YAMLPair, into reader: inout FieldReader) -> [String: String] {
        guard case .mapping(let pairs, _) = pair.value else {
            reader.error(
                "type.mapping", "“\(pair.key)”应为“台账名: 名称”的键值表（如 unions: 工会组建台账），这里是\(pair.value.kindName)",
                at: pair.value.position)
            return [:]
        }
        var titles: [String: String] = [:]
        for entry in pairs {
            let name = entry.key.trimming(.whitespaces)
            if let title = reader.string(entry), !name.isEmpty { titles[name] = title }
        }
        return titles
    }

    static func readPeriod(_ pair: YAMLPair, into reader: inout FieldReader) -> ServicePeriod? {
        guard let value = PeriodLine.mapping(pair, into: &reader),
            let fields = reader.fields(value, schema: Schemas.period, what: "“\(pair.key)”")
        else { return nil }
        let what = "“\(pair.key)”"
        let start = reader.required(fields, "start", schema: Schemas.period, what: what).flatMap { reader.day($0) }
        let end = reader.required(fields, "end", schema: Schemas.period, what: what).flatMap { reader.day($0) }
        guard let start, let end else { return nil }
        guard let start = plausible(start, fields["start"]!, into: &reader), let end = plausible(end, fields["end"]!, into: &reader)
        else { return nil }
        guard end > start else {
            reader.error(
                "period.order", "服务期限的结束日期（\(end.isoText)）应晚于开始日期（\(start.isoText)）",
                at: fields["end"]?.value.position ?? fields.position)
            return nil
        }
        // A period of more than ten years is a typo in a year (2026 → 9026), never a contract:
        // it would build a page for every month.
        guard end - start <= maximumPeriodDays else {
            reader.error(
                "period.too-long",
                "服务期限从 \(start.isoText) 到 \(end.isoText)，超过 10 年；是不是写错了年份？",
                at: fields["end"]?.value.position ?? fields.position)
            return nil
        }
        return ServicePeriod(start: start, end: end)
    }

    /// Ten years and their leap days.
    static let maximumPeriodDays = 3653

    /// `day` when its year is a plausible contract year (2000–2099), else an error with the hint.
    private static func plausible(_ day: Day, _ pair: YAMLPair, into reader: inout FieldReader) -> Day? {
        guard day.year < 2000 || day.year > 2099 else { return day }
        reader.error(
            "period.year", "“\(pair.key)”的年份 \(day.year) 不像是服务期限（应在 2000 到 2099 年之间）；是不是写错了年份？",
            at: pair.value.position)
        return nil
    }

    static func readStaffing(_ pair: YAMLPair, into reader: inout FieldReader) -> StaffingRule {
        guard let fields = reader.fields(pair.value, schema: Schemas.staffing, what: "“\(pair.key)”") else {
            return StaffingRule()
        }
        return StaffingRule(
            minimum: reader.optional(fields, "minimum").flatMap { reader.integer($0, minimum: 0) },
            ledger: reader.optional(fields, "ledger").flatMap { reader.string($0) },
            replacementDays: reader.optional(fields, "replacement_days").flatMap { reader.integer($0, minimum: 0) } ?? 7
        )
    }

    static func readBudget(_ pair: YAMLPair, into reader: inout FieldReader) -> BudgetRule {
        guard let fields = reader.fields(pair.value, schema: Schemas.budget, what: "“\(pair.key)”") else {
            return BudgetRule()
        }
        var share = reader.optional(fields, "staff_share_min").flatMap { reader.percent($0) }
        if let value = share, value.hundredths > 10000, let position = fields["staff_share_min"]?.value.position {
            reader.error("value.range", "薪酬福利最低比例不能超过 100%", at: position)
            share = nil
        }
        let ledger = reader.optional(fields, "ledger").flatMap { reader.string($0) }
        let items = reader.optional(fields, "staff_items").map { reader.stringList($0) } ?? []
        if ledger != nil, items.isEmpty {
            let key = Schemas.budget.key(named: "staff_items")
            reader.error("key.missing", "写了经费台账时必须写 \(key.display)：哪些科目算薪酬福利", at: fields.position)
        }
        return BudgetRule(staffShareMin: share, ledger: ledger, staffItems: items)
    }
}

extension ProjectReader {
    /// Only `public_phones` (公开电话) of a project.yml's text, for commands that read one
    /// article without the whole project (`huibao wechat`); nothing when it does not parse
    /// (`check` reports that).
    public static func publicPhones(inProjectYAML text: String) -> PublicPhones {
        guard case .success(let root?) = YAMLParsing.parse(text, file: "project.yml"),
            case .mapping(let pairs, _) = root
        else { return .none }
        var reader = FieldReader()
        for pair in pairs where Schemas.project.key(for: pair.key)?.name == "public_phones" {
            return PublicPhones(reader.stringList(pair))
        }
        return .none
    }
}

extension ProjectReader {
    /// The `evidence_required` (佐证要求) pair of project.yml, read once indicators.yml is known
    /// (its scopes name categories and indicators).
    static func materialRequirementsPair(_ root: YAMLValue?) -> YAMLPair? {
        guard case .mapping(let pairs, _) = root else { return nil }
        return pairs.first { Schemas.project.key(for: $0.key)?.name == "evidence_required" && !$0.value.isNull }
    }
}
