import Foundation
import HuibaoModel

/// Reads `indicators.yml` (服务指标) into categories of indicators.
public enum IndicatorsReader {
    public static func read(
        _ root: YAMLValue?, file: String, hasMidterm: Bool?, into reader: inout FieldReader
    ) -> [IndicatorCategory] {
        guard let root else {
            reader.error("file.empty", "indicators.yml 是空的：请按服务指标附件写出服务类别和指标", at: SourcePosition(file: file))
            return []
        }
        guard let fields = reader.fields(root, schema: Schemas.indicatorsFile, what: "indicators.yml "),
            let pair = reader.required(fields, "categories", schema: Schemas.indicatorsFile, what: "indicators.yml "),
            let items = reader.sequence(pair)
        else { return [] }

        var categories: [IndicatorCategory] = []
        var ids: [String: SourcePosition] = [:]
        var names: [String: SourcePosition] = [:]
        var categoryNames: [String: SourcePosition] = [:]
        var categoryPaths = PathNameCheck(what: "服务类别名称", route: Routes.category)
        var ledgerPaths = PathNameCheck(what: "台账名称", route: Routes.ledger)
        for (index, item) in items.enumerated() {
            let what = "第 \(index + 1) 个服务类别"
            guard let category = reader.fields(item, schema: Schemas.category, what: what),
                let namePair = reader.required(category, "name", schema: Schemas.category, what: what),
                let name = reader.string(namePair)
            else { continue }
            if let earlier = categoryNames[name] {
                reader.error("category.duplicate", "服务类别“\(name)”重复，第 \(earlier.line) 行已有", at: namePair.value.position)
                continue
            }
            categoryNames[name] = namePair.value.position
            _ = categoryPaths.check(name, at: namePair.value.position, into: &reader)
            var indicators: [Indicator] = []
            if let list = reader.optional(category, "indicators"), let entries = reader.sequence(list) {
                for entry in entries {
                    guard
                        let indicator = readIndicator(
                            entry, category: name, hasMidterm: hasMidterm, ids: &ids, names: &names, into: &reader)
                    else { continue }
                    if case .ledger(let query) = indicator.source, let position = query.declaredAt,
                        !ledgerPaths.check(query.ledger, at: position, into: &reader)
                    {
                        continue
                    }
                    indicators.append(indicator)
                }
            }
            categories.append(IndicatorCategory(name: name, indicators: indicators))
        }
        return categories
    }

    private static func readIndicator(
        _ entry: YAMLValue, category: String, hasMidterm: Bool?, ids: inout [String: SourcePosition],
        names: inout [String: SourcePosition], into reader: inout FieldReader
    ) -> Indicator? {
        let what = "“\(category)”下的指标"
        let schema = Schemas.indicator
        guard let fields = reader.fields(entry, schema: schema, what: what) else { return nil }
        let idPair = reader.required(fields, "id", schema: schema, what: what)
        let namePair = reader.required(fields, "name", schema: schema, what: what)
        var id = idPair.flatMap { reader.string($0) }
        var name = namePair.flatMap { reader.string($0) }
        if let value = id, let idPair, !value.unicodeScalars.allSatisfy(isIDScalar) {
            reader.error(
                "indicator.id-format", "指标编号“\(value)”只能由小写英文字母、数字和下划线组成（如 unions_established）",
                at: idPair.value.position)
            id = nil
        }
        if let value = id, let idPair {
            if let earlier = ids[value] {
                reader.error(
                    "indicator.duplicate-id", "指标编号“\(value)”重复，第 \(earlier.line) 行已有", at: idPair.value.position)
                id = nil
            } else {
                ids[value] = idPair.value.position
            }
        }
        if let value = name, let namePair {
            if let earlier = names[value] {
                reader.error(
                    "indicator.duplicate-name", "指标名称“\(value)”重复，第 \(earlier.line) 行已有", at: namePair.value.position)
                name = nil
            } else {
                names[value] = namePair.value.position
            }
        }
        var target: Int?
        if let pair = reader.optional(fields, "target") {
            target = reader.integer(pair, maximum: ValueLimits.target)
            if let value = target, value < 1 {
                reader.error(
                    "indicator.target", "目标应为不小于 1 的整数，这里是 \(value)（没有数量目标的指标请不写“目标”）", at: pair.value.position)
                target = nil
            }
        }
        var midtermTarget: Int?
        if let pair = reader.optional(fields, "midterm_target") {
            midtermTarget = reader.integer(pair, minimum: 0, maximum: ValueLimits.target)
            if let value = midtermTarget {
                if let target, value > target {
                    reader.error("indicator.midterm-target", "中期目标 \(value) 不能大于目标 \(target)", at: pair.value.position)
                    midtermTarget = nil
                } else if fields["target"] == nil {
                    reader.error("indicator.midterm-target", "只有写了“目标”的指标才能写中期目标", at: pair.keyPosition)
                    midtermTarget = nil
                } else if hasMidterm == false {
                    reader.error(
                        "indicator.midterm-without-evaluation", "写了中期目标，但 project.yml 里没有中期评估（类型 midterm）",
                        at: pair.keyPosition)
                    midtermTarget = nil
                }
            }
        }
        var source = IndicatorSource.activities
        if let pair = reader.optional(fields, "from") {
            guard let parsed = readSource(pair, into: &reader) else { return nil }
            source = parsed
        }
        guard let id, let name else { return nil }
        return Indicator(
            id: id, name: name, category: category,
            unit: reader.optional(fields, "unit").flatMap { reader.string($0) } ?? "",
            standard: reader.optional(fields, "standard").flatMap { reader.string($0) } ?? "",
            target: target, midtermTarget: midtermTarget, source: source)
    }

    private static func isIDScalar(_ scalar: Unicode.Scalar) -> Bool {
        ("a"..."z").contains(scalar) || ("0"..."9").contains(scalar) || scalar == "_"
    }

    private static func readSource(_ pair: YAMLPair, into reader: inout FieldReader) -> IndicatorSource? {
        let schema = Schemas.source
        guard let fields = reader.fields(pair.value, schema: schema, what: "“\(pair.key)”") else { return nil }
        if let articles = reader.optional(fields, "articles") {
            guard let text = reader.string(articles), ["submitted", "已报送"].contains(text) else {
                reader.error("source.articles", "“\(articles.key)”只能写 已报送（submitted）", at: articles.value.position)
                return nil
            }
            if let ledger = fields["ledger"] {
                reader.error("source.both", "数据来源不能同时写台账和稿件", at: ledger.keyPosition)
                return nil
            }
            if let evidence = fields["evidence"] {
                reader.error("source.evidence", "“\(evidence.key)”只能用在台账数据来源中（稿件没有佐证列）", at: evidence.keyPosition)
                return nil
            }
            return .articlesSubmitted
        }
        let what = "数据来源"
        guard let ledgerPair = reader.required(fields, "ledger", schema: schema, what: what),
            let ledger = reader.string(ledgerPair)
        else { return nil }
        let countPair = reader.optional(fields, "count")
        let sumPair = reader.optional(fields, "sum")
        var measure: LedgerQuery.Measure?
        switch (countPair, sumPair) {
        case (nil, nil):
            reader.error("source.measure", "台账数据来源需要写“计数: 行数”（count: rows）或“求和: 列名”（sum）", at: fields.position)
        case (.some, .some):
            reader.error("source.measure", "“计数”和“求和”只能写一个", at: sumPair!.keyPosition)
        case (let count?, nil):
            if let text = reader.filledString(count) {
                if ["rows", "行数"].contains(text) {
                    measure = .rows
                } else {
                    reader.error("source.count", "“\(count.key)”只能写 行数（rows）", at: count.value.position)
                }
            }
        case (nil, let sum?):
            measure = reader.filledString(sum).map { .sum(column: $0) }
        }
        var conditions: [LedgerCondition] = []
        if let wherePair = reader.optional(fields, "where") {
            guard case .mapping(let pairs, _) = wherePair.value else {
                reader.error("type.mapping", "“\(wherePair.key)”应为“列名: 值”的形式", at: wherePair.value.position)
                return nil
            }
            for condition in pairs {
                guard let value = reader.scalar(condition, expected: "一个值") else { continue }
                conditions.append(
                    LedgerCondition(column: condition.key, value: value.text.trimmingCharacters(in: .whitespaces)))
            }
        }
        let datePair = reader.required(fields, "date", schema: schema, what: "台账数据来源")
        let dateColumn = datePair.flatMap { reader.string($0) }
        let materialColumns = reader.optional(fields, "evidence").map { MaterialsReader.columns($0, into: &reader) } ?? []
        guard let measure, let dateColumn else { return nil }
        var query = LedgerQuery(
            ledger: ledger, measure: measure, conditions: conditions, dateColumn: dateColumn,
            declaredAt: ledgerPair.value.position)
        query.materialColumns = materialColumns
        return .ledger(query)
    }
}
