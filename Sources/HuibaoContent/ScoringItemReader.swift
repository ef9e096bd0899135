import HuibaoModel

/// Reads one 评分项 of a scheme: its id (it names an archive folder), points, rule, bands,
/// source and materials, and checks that the rule fits the source.
enum ScoringItemReader {
    static let rules: [String: ScoringRule] = {
        var result: [String: ScoringRule] = [:]
        for rule in ScoringRule.allCases {
            result[rule.rawValue] = rule
            result[rule.englishName] = rule
        }
        return result
    }()

    static func read(
        _ value: YAMLValue, what: String, context: ScoringReader.Context, ids: inout ItemIDs,
        into reader: inout FieldReader
    ) -> ScoringItem? {
        let schema = Schemas.scoringItem
        guard let fields = reader.fields(value, schema: schema, what: what) else { return nil }
        let idPair = reader.required(fields, "id", schema: schema, what: what)
        let id = idPair.flatMap { pair in reader.string(pair).flatMap { checkID($0, at: pair.value.position, ids: &ids, into: &reader) } }
        let name = reader.required(fields, "name", schema: schema, what: what).flatMap { reader.string($0) }
        let points = reader.required(fields, "points", schema: schema, what: what).flatMap { reader.score($0) }
        let ruleText = reader.optional(fields, "rule_text").flatMap { reader.string($0) } ?? ""
        var rule: ScoringRule?
        var ruleOK = true
        if let pair = reader.optional(fields, "rule"), let text = reader.filledString(pair) {
            rule = rules[text.lowercased()]
            if rule == nil {
                reader.error(
                    "value.enum", "“\(pair.key)”应为 比例/档位/履约/佐证/人工（ratio/bands/compliance/evidence/manual），这里写的是“\(text)”",
                    at: pair.value.position)
                ruleOK = false
            }
        }
        let bandsPair = reader.optional(fields, "bands")
        let bands = bandsPair.map { readBands($0, into: &reader) }
        let sourcePair = reader.optional(fields, "source")
        var sourceOK = true
        var source: ScoringSource?
        if let sourcePair {
            source = readSource(sourcePair, context: context, into: &reader)
            sourceOK = source != nil
        }
        let resolved =
            rule
            ?? (bandsPair != nil
                ? .bands
                : {
                    switch source {
                    case .indicator?: return .ratio
                    case .staffing?, .budget?: return .compliance
                    case .evidence?: return .evidence
                    case nil: return .manual
                    }
                }())
        if ruleOK, sourceOK, !fits(resolved, source: source, bands: bandsPair, context: context) {
            reader.error(
                "scoring.rule-source", ruleSourceMessage(resolved, source: source, hasBands: bandsPair != nil, context: context),
                at: (fields["rule"] ?? sourcePair ?? bandsPair)?.keyPosition ?? fields.position)
            ruleOK = false
        }
        var replacementShare = Percent(hundredths: 10_000)
        if let pair = reader.optional(fields, "replacement_share") {
            if resolved != .compliance || source != .staffing {
                reader.error(
                    "scoring.replacement-share", "“\(pair.key)”只用于按“履约”计分、依据为“人员配备”的评分项；请删掉这一行", at: pair.keyPosition)
            } else if let share = reader.percent(pair) {
                if share.hundredths > 10_000 {
                    reader.error("value.range", "“\(pair.key)”应在 0 到 100% 之间，这里是 \(share.text)", at: pair.value.position)
                } else {
                    replacementShare = share
                }
            }
        }
        let evidence = reader.optional(fields, "evidence").map { reader.stringList($0) } ?? []
        let materials = reader.optional(fields, "materials").map { readMaterials($0, context: context, into: &reader) } ?? []
        guard let id, let name, let points, ruleOK, sourceOK, bands ?? [] != nil else { return nil }
        var item = ScoringItem(
            id: id, name: name, points: points, ruleText: ruleText, rule: resolved, bands: bands.flatMap { $0 } ?? [],
            replacementShare: replacementShare, source: source, evidence: evidence, materials: materials)
        item.declaredAt = idPair?.value.position
        return item
    }

    /// Letters, digits, `.` `-` `_`; a valid path segment; not `否决`/`vetoes`; unique.
    static func checkID(_ id: String, at position: SourcePosition, ids: inout ItemIDs, into reader: inout FieldReader)
        -> String?
    {
        if id == "否决" || id == "vetoes" {
            reader.error(
                "scoring.item-id-reserved", "评分项编号不能是“\(id)”：自评得分文件用它列出否决项；请改一个编号", at: position)
            return nil
        }
        let legal = id.unicodeScalars.allSatisfy { $0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0) || ".-_".unicodeScalars.contains($0)) }
        if !legal {
            reader.error(
                "scoring.item-id", "评分项编号“\(id)”只能用英文字母、数字和 . - _（它会用作档案文件夹名），如 D2.1", at: position)
            return nil
        }
        if let problem = Slug.segmentProblem(id) {
            reader.error("name.path", "评分项编号“\(id)”不能用作文件夹名：\(problem.message)；请改一个编号", at: position)
            return nil
        }
        if ids.vetoes.contains(id) {
            reader.error("id.duplicate", "评分项编号“\(id)”与一个否决项的编号相同；请改一个", at: position)
            return nil
        }
        if let earlier = ids.seen[id] {
            reader.error("id.duplicate", "评分项编号“\(id)”重复，第 \(earlier.line) 行已用过", at: position)
            return nil
        }
        ids.seen[id] = position
        return id
    }

    /// The bands highest `min` first, or nil after an error.
    private static func readBands(_ pair: YAMLPair, into reader: inout FieldReader) -> [ScoringBand]? {
        guard let list = reader.sequence(pair) else { return nil }
        var result: [ScoringBand] = []
        var positions: [Int: SourcePosition] = [:]
        var ok = true
        for (index, value) in list.enumerated() {
            let what = "第 \(index + 1) 个档位"
            guard let fields = reader.fields(value, schema: Schemas.band, what: what) else {
                ok = false
                continue
            }
            let minPair = reader.required(fields, "min", schema: Schemas.band, what: what)
            let sharePair = reader.required(fields, "share", schema: Schemas.band, what: what)
            var values: [Percent] = []
            for pair in [minPair, sharePair].compactMap({ $0 }) {
                guard let percent = reader.percent(pair) else { continue }
                guard percent.hundredths <= 10_000 else {
                    reader.error("value.range", "“\(pair.key)”应在 0 到 100% 之间，这里是 \(percent.text)", at: pair.value.position)
                    continue
                }
                values.append(percent)
            }
            guard values.count == 2, let minPair else {
                ok = false
                continue
            }
            if let earlier = positions[values[0].hundredths] {
                reader.error(
                    "scoring.bands-duplicate", "两个档位的完成率都是 \(values[0].text)（第 \(earlier.line) 行已有）；每个完成率只能有一个档位",
                    at: minPair.value.position)
                ok = false
                continue
            }
            positions[values[0].hundredths] = minPair.value.position
            result.append(ScoringBand(min: values[0], share: values[1]))
        }
        if result.isEmpty, ok {
            reader.error("scoring.bands-empty", "“\(pair.key)”至少要有一个档位", at: pair.keyPosition)
            return nil
        }
        return ok ? result.sorted { $0.min > $1.min } : nil
    }

    /// `{指标: id}`, `{人员配备: 是}`, `{经费结构: }`, `{佐证: 全部}`, or the plain string 人员配备/经费结构.
    private static func readSource(_ pair: YAMLPair, context: ScoringReader.Context, into reader: inout FieldReader)
        -> ScoringSource?
    {
        if case .scalar(let scalar) = pair.value {
            switch scalar.text.trimming(.whitespaces) {
            case "人员配备", "staffing": return staffing(at: scalar.position, context: context, into: &reader)
            case "经费结构", "budget": return budget(at: scalar.position, context: context, into: &reader)
            default:
                reader.error(
                    "scoring.source",
                    "“\(pair.key)”应写成 {指标: 编号或名称}、{人员配备: 是}、{经费结构: 是} 或 {佐证: 全部/服务类别/指标}，这里写的是“\(scalar.text)”",
                    at: scalar.position)
                return nil
            }
        }
        guard let fields = reader.fields(pair.value, schema: Schemas.scoringSource, what: "“\(pair.key)”") else {
            return nil
        }
        guard fields.pairs.count == 1, let (name, inner) = fields.pairs.first else {
            reader.error(
                "scoring.source", "“\(pair.key)”只能写一项：指标、人员配备、经费结构或佐证，这里写了 \(fields.pairs.count) 项", at: pair.keyPosition)
            return nil
        }
        let indicatorNames = context.indicators.flatMap { [$0.id, $0.name] }
        func indicator(_ text: String) -> Indicator? { context.indicators.first { $0.id == text || $0.name == text } }
        switch name {
        case "indicator":
            guard let text = reader.filledString(inner) else { return nil }
            guard let found = indicator(text) else {
                reader.error(
                    "scoring.unknown-source", "指标“\(text)”不在 indicators.yml 中" + NameSuggestion.hint(for: text, in: indicatorNames),
                    at: inner.value.position)
                return nil
            }
            return .indicator(found.id)
        case "staffing", "budget":
            if !inner.value.isNull, reader.bool(inner) != true {
                if case .scalar = inner.value {
                    reader.error("scoring.source", "“\(inner.key)”的值应为“是”或不写", at: inner.value.position)
                }
                return nil
            }
            return name == "staffing"
                ? staffing(at: inner.keyPosition, context: context, into: &reader)
                : budget(at: inner.keyPosition, context: context, into: &reader)
        default:
            guard let text = reader.filledString(inner) else { return nil }
            if text == "全部" || text.lowercased() == "all" { return .evidence(.all) }
            if context.categories.contains(text) { return .evidence(.category(text)) }
            if let found = indicator(text) { return .evidence(.indicator(found.id)) }
            reader.error(
                "scoring.unknown-source",
                "佐证范围“\(text)”既不是“全部”，也不是 indicators.yml 中的服务类别或指标"
                    + NameSuggestion.hint(for: text, in: ["全部"] + context.categories + indicatorNames, listing: ["全部"] + context.categories),
                at: inner.value.position)
            return nil
        }
    }

    private static func staffing(at position: SourcePosition, context: ScoringReader.Context, into reader: inout FieldReader)
        -> ScoringSource?
    {
        guard context.hasStaffing else {
            reader.error(
                "scoring.unknown-source",
                "依据“人员配备”需要 project.yml 的“人员配备”写明“最少人数”和“台账”（人员台账）；请先补上，或改用人工计分",
                at: position)
            return nil
        }
        return .staffing
    }

    private static func budget(at position: SourcePosition, context: ScoringReader.Context, into reader: inout FieldReader)
        -> ScoringSource?
    {
        guard context.hasBudget else {
            reader.error(
                "scoring.unknown-source",
                "依据“经费结构”需要 project.yml 的“经费结构”写明“薪酬福利最低比例”和“台账”（经费台账）；请先补上，或改用人工计分",
                at: position)
            return nil
        }
        return .budget
    }

    static func fits(_ rule: ScoringRule, source: ScoringSource?, bands: YAMLPair?, context: ScoringReader.Context) -> Bool {
        if bands != nil, rule != .bands { return false }
        switch (rule, source) {
        case (.ratio, .indicator(let id)?), (.bands, .indicator(let id)?):
            return (rule == .ratio || bands != nil) && context.indicators.first { $0.id == id }?.target != nil
        case (.compliance, .staffing?), (.compliance, .budget?), (.evidence, .evidence?), (.manual, nil): return true
        default: return false
        }
    }

    static func ruleSourceMessage(_ rule: ScoringRule, source: ScoringSource?, hasBands: Bool, context: ScoringReader.Context)
        -> String
    {
        if hasBands, rule != .bands { return "写了“档位”就应按“档位”计分，这里的计分是“\(rule.rawValue)”；请删掉档位或把计分改为 档位" }
        if rule == .bands, !hasBands { return "按“档位”计分要写“档位”列表，如 [{完成率: 100%, 得分比例: 100%}, {完成率: 80%, 得分比例: 67%}]" }
        if case .indicator(let id)? = source, rule == .ratio || rule == .bands,
            let indicator = context.indicators.first(where: { $0.id == id })
        {
            return "指标“\(indicator.name)”没有目标（定性指标），不能按“\(rule.rawValue)”计分；请改用 人工 或 佐证"
        }
        let expected: String
        switch rule {
        case .ratio, .bands: expected = "{指标: 编号或名称}"
        case .compliance: expected = "{人员配备: 是} 或 {经费结构: 是}"
        case .evidence: expected = "{佐证: 全部/服务类别/指标}"
        case .manual: expected = "不写依据"
        }
        return "计分“\(rule.rawValue)”与依据不符：按“\(rule.rawValue)”计分，依据应为 \(expected)"
    }

    /// `{kind: file or list}`, paths relative to `Content/`; a missing file is an error at
    /// the line (and column) where it is written.
    private static func readMaterials(_ pair: YAMLPair, context: ScoringReader.Context, into reader: inout FieldReader)
        -> [ScoringMaterial]
    {
        guard case .mapping(let pairs, _) = pair.value else {
            reader.error("type.mapping", "“\(pair.key)”应为“种类: 文件”的形式，如 制度: assets/制度汇编.pdf", at: pair.value.position)
            return []
        }
        var result: [ScoringMaterial] = []
        for entry in pairs {
            let files = reader.stringEntries(entry)
            var present: [String] = []
            for (file, position) in files {
                if context.contentFiles.contains(file) {
                    present.append(file)
                } else {
                    let hint = similar(file, in: context.contentFiles).map { "；是不是“\($0)”？" } ?? "；请把文件放到这个位置，或改正路径"
                    reader.error(
                        "scoring.material-missing",
                        "评分项的佐证材料“\(entry.key)”的文件 Content/\(file) 不存在（路径相对于 Content/）" + hint,
                        at: position)
                }
            }
            result.append(ScoringMaterial(kind: entry.key, files: files.map(\.text), present: present))
        }
        return result
    }

    /// A file in the same folder as `path` whose name is close to its name (for 是不是…).
    private static func similar(_ path: String, in files: ContentPaths) -> String? {
        func split(_ path: String) -> (folder: String, name: String) {
            let parts = path.split(separator: "/", omittingEmptySubsequences: false)
            return (parts.dropLast().joined(separator: "/"), String(parts.last ?? ""))
        }
        let (folder, name) = split(path)
        let names = files.map(split).filter { $0.folder == folder }.map(\.name).sorted()
        return EditDistance.closest(to: name, in: names).map { folder.isEmpty ? $0 : folder + "/" + $0 }
    }
}
