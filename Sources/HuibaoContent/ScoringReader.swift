import HuibaoModel

/// Reads a 评分细则 (scoring.yml or scoring/<id>.yml), every key in English or Chinese, and
/// reports every problem at its line: sums, grades, ids, sources, rules, bands.
enum ScoringReader {
    /// What a scheme is checked against.
    struct Context {
        var evaluations: [Evaluation]
        var indicators: [Indicator]
        var categories: [String]
        /// A roster and a minimum are configured (the staffing source resolves).
        var hasStaffing: Bool
        /// An expense ledger and a share are configured (the budget source resolves).
        var hasBudget: Bool
        /// Every file inside `Content/`, for `materials`.
        var contentFiles: ContentPaths
    }

    static func read(_ root: YAMLValue?, file: String, context: Context, into reader: inout FieldReader) -> ScoringScheme? {
        guard let root else {
            reader.error("file.empty", "评分细则是空的：至少要写总分、等级、合格等级和一级指标", at: SourcePosition(file: file))
            return nil
        }
        let schema = Schemas.scoring
        let what = "评分细则"
        guard let fields = reader.fields(root, schema: schema, what: what) else { return nil }
        let name = reader.optional(fields, "name").flatMap { reader.string($0) } ?? "评分细则"
        var appliesTo: [String]?
        if let pair = reader.optional(fields, "applies_to") {
            appliesTo = readAppliesTo(pair, evaluations: context.evaluations, into: &reader)
        }
        let totalPair = reader.required(fields, "total", schema: schema, what: what)
        let total = totalPair.flatMap { reader.score($0) }
        let grades = reader.required(fields, "grades", schema: schema, what: what).flatMap { readGrades($0, into: &reader) }
        var passGrade: String?
        if let pair = reader.required(fields, "pass_grade", schema: schema, what: what), let text = reader.string(pair),
            let grades
        {
            if grades.contains(where: { $0.name == text }) {
                passGrade = text
            } else if !grades.isEmpty {
                reader.error(
                    "scoring.pass-grade",
                    "合格等级“\(text)”不是“等级”中的一个" + NameSuggestion.hint(for: text, in: grades.map(\.name)),
                    at: pair.value.position)
            }
        }
        let vetoes = reader.optional(fields, "vetoes").map { readVetoes($0, into: &reader) } ?? []
        var dimensions: [ScoringDimension] = []
        var ids = ItemIDs(vetoes: Set(vetoes.map(\.id)))
        if let pair = reader.required(fields, "dimensions", schema: schema, what: what), let list = reader.sequence(pair) {
            for (index, value) in list.enumerated() {
                if let dimension = readDimension(value, index: index, context: context, ids: &ids, into: &reader) {
                    dimensions.append(dimension)
                }
            }
        }
        if let total, let totalPair, !dimensions.isEmpty {
            let sum = Score.sum(dimensions.map(\.points))
            if sum != total {
                reader.error(
                    "scoring.sum",
                    "总分是 \(total.shortText)，但各一级指标的分值合计是 \(sum.shortText)（\(dimensions.map { $0.points.shortText }.joined(separator: " + "))）；请核对，两者应相等",
                    at: totalPair.value.position)
            }
        }
        guard let total, let grades, let passGrade, !dimensions.isEmpty else { return nil }
        return ScoringScheme(
            name: name, file: file, appliesTo: appliesTo, total: total, grades: grades, passGrade: passGrade,
            vetoes: vetoes, dimensions: dimensions)
    }

    /// Evaluation ids (not kinds): a list, or one line split at 、，,.
    private static func readAppliesTo(_ pair: YAMLPair, evaluations: [Evaluation], into reader: inout FieldReader)
        -> [String]
    {
        var written: [(String, SourcePosition)] = []
        if case .sequence(let items, _) = pair.value {
            for item in items {
                guard case .scalar(let scalar) = item else {
                    reader.error("type.scalar", "“\(pair.key)”的每一项应为评估编号，这里是\(item.kindName)", at: item.position)
                    continue
                }
                written.append((scalar.text.trimming(.whitespaces), scalar.position))
            }
        } else {
            written = reader.stringList(pair).map { ($0, pair.value.position) }
        }
        let known = evaluations.map(\.id)
        var result: [String] = []
        for (id, position) in written where !id.isEmpty {
            guard known.contains(id) else {
                reader.error(
                    "scoring.unknown-evaluation",
                    "适用评估“\(id)”不是 project.yml 中的评估编号" + NameSuggestion.hint(for: id, in: known),
                    at: position)
                continue
            }
            if !result.contains(id) { result.append(id) }
        }
        return result
    }

    private static func readGrades(_ pair: YAMLPair, into reader: inout FieldReader) -> [ScoringGrade]? {
        guard let list = reader.sequence(pair) else { return nil }
        var grades: [ScoringGrade] = []
        var last: (grade: ScoringGrade, position: SourcePosition)?
        var complete = true
        for (index, value) in list.enumerated() {
            let what = "第 \(index + 1) 个等级"
            guard let fields = reader.fields(value, schema: Schemas.grade, what: what) else {
                complete = false
                continue
            }
            let name = reader.required(fields, "name", schema: Schemas.grade, what: what).flatMap { reader.string($0) }
            let minPair = reader.required(fields, "min", schema: Schemas.grade, what: what)
            guard let name, let minPair, let min = reader.score(minPair) else {
                complete = false
                continue
            }
            let grade = ScoringGrade(name: name, min: min)
            if grades.contains(where: { $0.name == name }) {
                reader.error("scoring.grade-duplicate", "等级“\(name)”写了两次", at: fields.position)
                complete = false
            } else if let last, min >= last.grade.min {
                reader.error(
                    "scoring.grades-order",
                    "等级“\(name)”的最低分 \(min.shortText) 应低于上一个等级“\(last.grade.name)”的 \(last.grade.min.shortText)：等级从高到低写，最低分逐个减小",
                    at: minPair.value.position)
                complete = false
            }
            grades.append(grade)
            last = (grade, minPair.value.position)
        }
        if let last, last.grade.min != .zero {
            reader.error(
                "scoring.grades-last",
                "最后一个等级“\(last.grade.name)”的最低分应为 0（这里是 \(last.grade.min.shortText)），这样每个总分都有等级",
                at: last.position)
            complete = false
        }
        if grades.isEmpty {
            reader.error("scoring.grades-empty", "“\(pair.key)”至少要有一个等级，最后一个的最低分为 0", at: pair.keyPosition)
            return nil
        }
        return complete ? grades : nil
    }

    private static func readVetoes(_ pair: YAMLPair, into reader: inout FieldReader) -> [ScoringVeto] {
        guard let list = reader.sequence(pair) else { return [] }
        var result: [ScoringVeto] = []
        for (index, value) in list.enumerated() {
            let what = "第 \(index + 1) 个否决项"
            guard let fields = reader.fields(value, schema: Schemas.veto, what: what) else { continue }
            let idPair = reader.required(fields, "id", schema: Schemas.veto, what: what)
            let id = idPair.flatMap { reader.string($0) }
            let name = reader.required(fields, "name", schema: Schemas.veto, what: what).flatMap { reader.string($0) }
            guard let id, let idPair, let name else { continue }
            if result.contains(where: { $0.id == id }) {
                reader.error("id.duplicate", "否决项编号“\(id)”重复", at: idPair.value.position)
                continue
            }
            result.append(ScoringVeto(id: id, name: name))
        }
        return result
    }

    private static func readDimension(
        _ value: YAMLValue, index: Int, context: Context, ids: inout ItemIDs, into reader: inout FieldReader
    ) -> ScoringDimension? {
        let what = "第 \(index + 1) 个一级指标"
        let schema = Schemas.dimension
        guard let fields = reader.fields(value, schema: schema, what: what) else { return nil }
        let name = reader.required(fields, "name", schema: schema, what: what).flatMap { reader.string($0) }
        let pointsPair = reader.required(fields, "points", schema: schema, what: what)
        let points = pointsPair.flatMap { reader.score($0) }
        var items: [ScoringItem] = []
        var complete = true
        if let pair = reader.required(fields, "items", schema: schema, what: what), let list = reader.sequence(pair) {
            for (number, value) in list.enumerated() {
                if let item = ScoringItemReader.read(
                    value, what: "“\(name ?? what)”的第 \(number + 1) 个评分项", context: context, ids: &ids, into: &reader)
                {
                    items.append(item)
                } else {
                    complete = false
                }
            }
        }
        guard let name, let points, let pointsPair else { return nil }
        let sum = Score.sum(items.map(\.points))
        if complete, !items.isEmpty, sum != points {
            reader.error(
                "scoring.sum",
                "一级指标“\(name)”的分值是 \(points.shortText)，但各评分项的分值合计是 \(sum.shortText)（\(items.map { $0.points.shortText }.joined(separator: " + "))）；请核对，两者应相等",
                at: pointsPair.value.position)
        }
        return ScoringDimension(name: name, points: points, items: items)
    }
}

/// Item ids seen so far in one scheme: unique, and never a veto's.
struct ItemIDs {
    var vetoes: Set<String>
    var seen: [String: SourcePosition] = [:]
}
