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

/// Reads one month record (`MonthRecord`); a damaged one is a Chinese error at its line.
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
        switch JSONReader.parse(bytes) {
        case .failure(let failure):
            return .failure(diagnostic(Damage(line: failure.line, column: failure.column, reason: failure.reason)))
        case .success(let root):
            do {
                return .success(try record(root, month: month))
            } catch let damage as Damage {
                return .failure(diagnostic(damage))
            } catch {
                return .failure(diagnostic(Damage(line: 1, column: 1, reason: "无法读取")))
            }
        }
    }

    private static func damage(_ node: JSONReader.Node, _ reason: String) -> Damage {
        Damage(line: node.line, column: node.column, reason: reason)
    }

    private static func member(_ node: JSONReader.Node, _ key: String) throws -> JSONReader.Node {
        guard case .object = node.value else { throw damage(node, "这里应为对象 {…}") }
        guard let value = node[key] else { throw damage(node, "缺少“\(key)”") }
        return value
    }

    private static func string(_ node: JSONReader.Node, _ key: String) throws -> String {
        let value = try member(node, key)
        guard case .string(let text) = value.value else { throw damage(value, "“\(key)”应为字符串") }
        return text
    }

    private static func quantity(_ node: JSONReader.Node, _ key: String) throws -> Quantity {
        let value = try member(node, key)
        guard case .number(let text) = value.value, let money = Money.parse(text), money.fen >= 0 else {
            throw damage(value, "“\(key)”应为不小于 0、最多两位小数的数")
        }
        return Quantity(hundredths: money.fen)
    }

    private static func integer(_ node: JSONReader.Node, _ key: String) throws -> Int {
        let value = try member(node, key)
        guard case .number(let text) = value.value, let number = Int(text), number >= 0 else {
            throw damage(value, "“\(key)”应为不小于 0 的整数")
        }
        return number
    }

    private static func digest(_ node: JSONReader.Node, _ text: String) throws -> String {
        guard text.utf8.count == 64, text.utf8.allSatisfy({ (0x30...0x39).contains($0) || (0x61...0x66).contains($0) })
        else { throw damage(node, "校验值应为 64 位小写十六进制数") }
        return text
    }

    private static func record(_ root: JSONReader.Node, month: Month) throws -> MonthRecord {
        let monthNode = try member(root, "month")
        guard case .string(let monthText) = monthNode.value, Month(isoText: monthText) == month else {
            throw damage(monthNode, "“month”应为文件名中的月份 \(month.isoText)")
        }
        let asOfNode = try member(root, "as_of")
        guard case .string(let asOfText) = asOfNode.value, let asOf = Day.parse(asOfText), asOf.month == month else {
            throw damage(asOfNode, "“as_of”应为 \(month.isoText) 中的一天")
        }
        let indicatorsNode = try member(root, "indicators")
        guard case .object(let members) = indicatorsNode.value else {
            throw damage(indicatorsNode, "“indicators”应为对象 {…}")
        }
        var indicators: [MonthRecord.Figure] = []
        for (id, node) in members {
            let statusNode = try member(node, "status")
            guard case .string(let statusText) = statusNode.value, let status = IndicatorStatus(rawValue: statusText)
            else { throw damage(statusNode, "“status”应为 已完成/正常/滞后/严重滞后/已开展/未开展 之一") }
            let expectedNode = try member(node, "expected")
            var expected: Int?
            if case .null = expectedNode.value {
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
        guard case .object(let fileMembers) = filesNode.value else { throw damage(filesNode, "“files”应为对象 {…}") }
        var files: [String: String] = [:]
        for (path, node) in fileMembers {
            guard case .string(let text) = node.value else { throw damage(node, "校验值应为字符串") }
            files[path] = try digest(node, text)
        }
        let rowsNode = try member(root, "ledger_rows")
        guard case .array(let rowNodes) = rowsNode.value else { throw damage(rowsNode, "“ledger_rows”应为数组 […]") }
        var rows: [MonthRecord.Row] = []
        for node in rowNodes {
            let shaNode = try member(node, "sha256")
            guard case .string(let text) = shaNode.value else { throw damage(shaNode, "校验值应为字符串") }
            let line = try integer(node, "line")
            guard line >= 1 else { throw damage(node, "“line”应为行号（从 1 起）") }
            rows.append(MonthRecord.Row(file: try string(node, "file"), line: line, sha256: try digest(shaNode, text)))
        }
        return MonthRecord(month: month, asOf: asOf, indicators: indicators, files: files, rows: rows)
    }
}
