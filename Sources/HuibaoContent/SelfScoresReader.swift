import HuibaoModel

/// Reads scores/<evaluation id>.yml (自评得分): `item id: {得分, 说明}` and `否决: [veto ids]`.
enum SelfScoresReader {
    static func read(_ root: YAMLValue?, file: String, scheme: ScoringScheme, into reader: inout FieldReader) -> SelfScores {
        guard let root else { return SelfScores() }
        guard case .mapping(let pairs, _) = root else {
            reader.error(
                "type.mapping", "自评得分文件应为“评分项编号: {得分: …, 说明: …}”的形式，这里是\(root.kindName)", at: root.position)
            return SelfScores()
        }
        let items = Dictionary(scheme.items.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        let itemIDs = scheme.items.map(\.id)
        var result = SelfScores()
        var seen: [String: SourcePosition] = [:]
        for pair in pairs {
            let key = pair.key.trimming(.whitespaces)
            if let earlier = seen[key] {
                reader.error("key.duplicate", "“\(key)”写了两次，第 \(earlier.line) 行已写过，只能写一次", at: pair.keyPosition)
                continue
            }
            seen[key] = pair.keyPosition
            if key == "否决" || key == "vetoes" {
                if pair.value.isNull { continue }
                let ids = vetoIDs(pair, into: &reader)
                for (id, position) in ids {
                    guard scheme.vetoes.contains(where: { $0.id == id }) else {
                        reader.error(
                            "scoring.unknown-veto", "否决项“\(id)”不在评分细则的“否决项”中"
                                + NameSuggestion.hint(for: id, in: scheme.vetoes.map(\.id)),
                            at: position)
                        continue
                    }
                    if !result.vetoes.contains(id) { result.vetoes.append(id) }
                }
                continue
            }
            guard let item = items[key] else {
                reader.error(
                    "scoring.unknown-item", "评分细则中没有编号为“\(key)”的评分项" + NameSuggestion.hint(for: key, in: itemIDs),
                    at: pair.keyPosition)
                continue
            }
            result.written.insert(key)
            let what = "评分项 \(key) 的自评"
            guard let fields = reader.fields(pair.value, schema: Schemas.selfScore, what: what) else { continue }
            let scorePair = reader.required(fields, "score", schema: Schemas.selfScore, what: what)
            var score = scorePair.flatMap { reader.score($0) }
            if let value = score, let scorePair, value > item.points {
                reader.error(
                    "scoring.score-range",
                    "\(key)“\(item.name)”的得分 \(value.shortText) 超过该项分值 \(item.points.shortText)；得分应在 0 到 \(item.points.shortText) 之间",
                    at: scorePair.value.position)
                score = nil
            }
            let note = reader.required(fields, "note", schema: Schemas.selfScore, what: what).flatMap { reader.string($0) }
            guard let score, let note else { continue }
            result.entries[key] = SelfScore(score: score, note: note)
        }
        return result
    }

    private static func vetoIDs(_ pair: YAMLPair, into reader: inout FieldReader) -> [(String, SourcePosition)] {
        if case .sequence(let items, _) = pair.value {
            return items.compactMap { item in
                guard case .scalar(let scalar) = item else {
                    reader.error("type.scalar", "“\(pair.key)”的每一项应为否决项编号，这里是\(item.kindName)", at: item.position)
                    return nil
                }
                return (scalar.text.trimming(.whitespaces), scalar.position)
            }
        }
        return reader.stringList(pair).map { ($0, pair.value.position) }
    }
}
