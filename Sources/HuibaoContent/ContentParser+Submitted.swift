import HuibaoModel

extension ContentParser {
    /// The records under `submitted/`: each month's `YYYY-MM.json` read strictly (a damaged one
    /// is an error at its file, with how to get it back); earlier versions `YYYY-MM.vN.json`
    /// are kept but not read; any other file there is named in a warning.
    static func readSubmitted(
        files: [String: [UInt8]], paths: [String], prefix: String, into reader: inout FieldReader
    ) -> [Month: SubmittedMonths.Stored] {
        var records: [Month: SubmittedMonths.Stored] = [:]
        for path in paths where path.hasPrefix("submitted/") {
            let name = String(path.dropFirst("submitted/".count))
            let file = prefix + path
            switch SubmittedName(name) {
            case .version: continue
            case .other:
                reader.warning(
                    "month.record-name",
                    "Content/submitted/ 里只放 huibao 报送时写下的记录（如 2025-10.json、2025-10.v1.json），huibao 不读这个文件；请把它移到别处",
                    at: SourcePosition(file: file))
            case .current(let month):
                guard let bytes = files[path] else { continue }
                switch MonthRecordReader.read(bytes, month: month, file: file) {
                case .success(let record): records[month] = SubmittedMonths.Stored(file: file, record: record)
                case .failure(let diagnostic): reader.report(diagnostic)
                }
            }
        }
        return records
    }
}

/// What a file name under `submitted/` is.
enum SubmittedName: Equatable {
    case current(Month)
    case version(Month, Int)
    case other

    init(_ name: String) {
        guard name.hasSuffix(".json") else {
            self = .other
            return
        }
        let stem = name.dropLast(".json".count)
        let parts = stem.split(separator: ".", omittingEmptySubsequences: false)
        guard let first = parts.first, first.count == 7, let month = Month(isoText: String(first)) else {
            self = .other
            return
        }
        if parts.count == 1 {
            self = .current(month)
        } else if parts.count == 2, parts[1].first == "v", let version = Int(parts[1].dropFirst()), version >= 1,
            !parts[1].dropFirst().hasPrefix("0")
        {
            self = .version(month, version)
        } else {
            self = .other
        }
    }
}

/// Reads one month record (`MonthRecord`) through the project's YAML reading (JSON is YAML's
/// flow style); a damaged one is a Chinese error at its line.
enum MonthRecordReader {
    struct Damage: Error {
        var line: Int
        var column: Int
        var reason: String
    }

    static func read(_ bytes: [UInt8], month: Month, file: String) -> Result<MonthRecord, Diagnostic> {
        func diagnostic(_ damage: Damage) -> Diagnostic {
            .error(
                "month.record-damaged",
                "\(month.chineseText)的报送记录已损坏（\(damage.reason)）。报送记录由 huibao 写下，不能手工修改；请从备份或版本库恢复它（如 git checkout -- \(file)），如要改报请用 huibao month \(month.isoText) --resubmit",
                at: SourcePosition(file: file, line: damage.line, column: damage.column))
        }
        do {
            return .success(try record(try root(bytes, file: file), month: month))
        } catch let damage as Damage {
            return .failure(diagnostic(damage))
        } catch {
            return .failure(diagnostic(Damage(line: 1, column: 1, reason: "无法读取")))
        }
    }

    /// The record's text parsed as YAML, with every node's position. No size limit (huibao
    /// writes the file, and a large project's record is larger than front matter may be);
    /// the nesting limit and the refusal of anchors and aliases are YAMLParsing's.
    private static func root(_ bytes: [UInt8], file: String) throws -> YAMLValue {
        let content = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? bytes[3...] : bytes[...]
        guard let text = String(validating: content, as: UTF8.self) else {
            throw Damage(line: TextDecoding.firstInvalidUTF8Line(bytes) ?? 1, column: 1, reason: "有不是 UTF-8 的字节")
        }
        if let line = YAMLParsing.lineExceedingDepth(text) {
            throw Damage(line: line, column: 1, reason: "嵌套超过 \(YAMLParsing.maximumDepth) 层")
        }
        switch YAMLParsing.composed(text, file: file, firstLine: 1, unclosedAtOpening: false) {
        case .success(let value?): return value
        case .success(nil): throw Damage(line: 1, column: 1, reason: "文件中没有内容（缺少值）")
        case .failure(let problem):
            let prefix = "YAML 格式错误："
            let reason = problem.message.hasPrefix(prefix) ? String(problem.message.dropFirst(prefix.count)) : problem.message
            throw Damage(line: problem.position.line, column: problem.position.column, reason: reason)
        }
    }

    private static func damage(_ node: YAMLValue, _ reason: String) -> Damage {
        Damage(line: node.position.line, column: node.position.column, reason: reason)
    }

    private static func member(_ node: YAMLValue, _ key: String) throws -> YAMLValue {
        guard case .mapping(let pairs, _) = node else { throw damage(node, "这里应为对象 {…}") }
        guard let value = pairs.first(where: { $0.key == key })?.value else { throw damage(node, "缺少“\(key)”") }
        return value
    }

    /// The text of a quoted scalar (a JSON string), nil for anything else.
    private static func stringText(_ node: YAMLValue) -> String? {
        guard case .scalar(let scalar) = node, scalar.quoted else { return nil }
        return scalar.text
    }

    /// The text of an unquoted scalar written as a JSON number, nil for anything else.
    private static func numberText(_ node: YAMLValue) -> String? {
        guard case .scalar(let scalar) = node, !scalar.quoted, let first = scalar.text.utf8.first,
            first == UInt8(ascii: "-") || (0x30...0x39).contains(first),
            scalar.text.utf8.allSatisfy({ (0x30...0x39).contains($0) || $0 == UInt8(ascii: ".") || $0 == UInt8(ascii: "-") })
        else { return nil }
        return scalar.text
    }

    private static func string(_ node: YAMLValue, _ key: String) throws -> String {
        let value = try member(node, key)
        guard let text = stringText(value) else { throw damage(value, "“\(key)”应为字符串") }
        return text
    }

    private static func quantity(_ node: YAMLValue, _ key: String) throws -> Quantity {
        let value = try member(node, key)
        guard let text = numberText(value), let money = Money.parse(text), money.fen >= 0 else {
            throw damage(value, "“\(key)”应为不小于 0、最多两位小数的数")
        }
        return Quantity(hundredths: money.fen)
    }

    private static func integer(_ node: YAMLValue, _ key: String) throws -> Int {
        let value = try member(node, key)
        guard let text = numberText(value), let number = Int(text), number >= 0 else {
            throw damage(value, "“\(key)”应为不小于 0 的整数")
        }
        return number
    }

    private static func digest(_ node: YAMLValue, _ text: String) throws -> String {
        guard text.utf8.count == 64, text.utf8.allSatisfy({ (0x30...0x39).contains($0) || (0x61...0x66).contains($0) })
        else { throw damage(node, "校验值应为 64 位小写十六进制数") }
        return text
    }

    private static func record(_ root: YAMLValue, month: Month) throws -> MonthRecord {
        let monthNode = try member(root, "month")
        guard let monthText = stringText(monthNode), Month(isoText: monthText) == month else {
            throw damage(monthNode, "“month”应为文件名中的月份 \(month.isoText)")
        }
        let asOfNode = try member(root, "as_of")
        guard let asOfText = stringText(asOfNode), let asOf = Day.parse(asOfText), asOf.month == month else {
            throw damage(asOfNode, "“as_of”应为 \(month.isoText) 中的一天")
        }
        let indicatorsNode = try member(root, "indicators")
        guard case .mapping(let members, _) = indicatorsNode else {
            throw damage(indicatorsNode, "“indicators”应为对象 {…}")
        }
        var indicators: [MonthRecord.Figure] = []
        for pair in members {
            let (id, node) = (pair.key, pair.value)
            let statusNode = try member(node, "status")
            guard let statusText = stringText(statusNode), let status = IndicatorStatus(rawValue: statusText)
            else { throw damage(statusNode, "“status”应为 已完成/正常/滞后/严重滞后/已开展/未开展 之一") }
            let expectedNode = try member(node, "expected")
            var expected: Int?
            if expectedNode.isNull {
                expected = nil
            } else {
                expected = try integer(node, "expected")
            }
            indicators.append(
                MonthRecord.Figure(
                    id: id, name: try string(node, "name"), increment: try quantity(node, "increment"),
                    cumulative: try quantity(node, "cumulative"), expected: expected, status: status))
        }
        let filesNode = try member(root, "files")
        guard case .mapping(let fileMembers, _) = filesNode else { throw damage(filesNode, "“files”应为对象 {…}") }
        var files: [String: String] = [:]
        for pair in fileMembers {
            let (path, node) = (pair.key, pair.value)
            guard let text = stringText(node) else { throw damage(node, "校验值应为字符串") }
            files[path] = try digest(node, text)
        }
        let rowsNode = try member(root, "ledger_rows")
        guard case .sequence(let rowNodes, _) = rowsNode else { throw damage(rowsNode, "“ledger_rows”应为数组 […]") }
        var rows: [MonthRecord.Row] = []
        for node in rowNodes {
            let shaNode = try member(node, "sha256")
            guard let text = stringText(shaNode) else { throw damage(shaNode, "校验值应为字符串") }
            let line = try integer(node, "line")
            guard line >= 1 else { throw damage(node, "“line”应为行号（从 1 起）") }
            rows.append(MonthRecord.Row(file: try string(node, "file"), line: line, sha256: try digest(shaNode, text)))
        }
        return MonthRecord(month: month, asOf: asOf, indicators: indicators, files: files, rows: rows)
    }
}
