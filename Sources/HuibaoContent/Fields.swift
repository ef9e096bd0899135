import Foundation
import HuibaoModel

/// The pairs of one mapping, keyed by canonical (English) key name, after alias resolution.
public struct Fields: Sendable {
    public var position: SourcePosition
    public var pairs: [String: YAMLPair]

    public subscript(name: String) -> YAMLPair? { pairs[name] }
}

/// Reads YAML values into typed values, collecting a diagnostic for every problem.
///
/// Every reader returns nil after reporting; callers never report the same problem twice.
public struct FieldReader: Sendable {
    public var diagnostics: [Diagnostic] = []

    public init() {}

    mutating func report(_ diagnostic: Diagnostic) { diagnostics.append(diagnostic) }

    mutating func error(_ code: String, _ message: String, at position: SourcePosition) {
        diagnostics.append(.error(code, message, at: position))
    }

    mutating func warning(_ code: String, _ message: String, at position: SourcePosition) {
        diagnostics.append(.warning(code, message, at: position))
    }

    /// Resolves a mapping's keys through `schema`: duplicates (the same key twice, or a key
    /// and its alias) are errors, unknown keys warnings with the closest accepted key.
    /// - Parameter misplaced: an error message for an unknown key that is really something
    ///   else out of place (a count that lost its indentation), instead of the warning.
    public mutating func fields(
        _ value: YAMLValue, schema: KeySchema, what: String, misplaced: (String) -> String? = { _ in nil }
    ) -> Fields? {
        guard case .mapping(let pairs, let position) = value else {
            error(
                "type.mapping", "\(what)应为“键: 值”的形式，这里是\(value.kindName)" + Self.colonHint(value),
                at: value.position)
            return nil
        }
        var result: [String: YAMLPair] = [:]
        for pair in pairs {
            guard let key = schema.key(for: pair.key) else {
                if let message = misplaced(pair.key) {
                    error("key.misplaced", message, at: pair.keyPosition)
                    continue
                }
                var message = "未知的键“\(pair.key)”，已忽略"
                if let suggestion = schema.suggestion(for: pair.key) {
                    message += "；是不是想写 \(suggestion.display)？"
                }
                warning("key.unknown", message, at: pair.keyPosition)
                continue
            }
            if let earlier = result[key.name] {
                let same = earlier.key == pair.key ? "“\(pair.key)”" : "“\(pair.key)”与“\(earlier.key)”"
                error(
                    "key.duplicate",
                    "\(same)是同一个键 \(key.display)，已在第 \(earlier.keyPosition.line) 行写过，只能写一次",
                    at: pair.keyPosition)
                continue
            }
            result[key.name] = pair
        }
        return Fields(position: position, pairs: result)
    }

    /// `；冒号后面要加一个空格，写成“a: 1”` when a single value is `a:1` (or `a：1`): YAML reads
    /// a key without the space after its colon as text, so the mapping the user meant is lost.
    static func colonHint(_ value: YAMLValue) -> String {
        guard case .scalar(let scalar) = value else { return "" }
        let text = scalar.text
        for colon in [":", "："] {
            guard let range = text.range(of: colon), range.lowerBound != text.startIndex,
                range.upperBound != text.endIndex, text[range.upperBound] != " "
            else { continue }
            let key = text[..<range.lowerBound]
            let rest = text[range.upperBound...]
            return "；冒号后面要加一个空格，写成“\(key): \(rest)”"
        }
        return ""
    }

    /// The pair for a required key, or an error at the mapping.
    /// A quoted empty or blank value (`''`, `"  "`, `'　'`) is an error at the key, never a
    /// silent absence.
    public mutating func required(_ fields: Fields, _ name: String, schema: KeySchema, what: String) -> YAMLPair? {
        if let pair = fields[name], !pair.value.isNull {
            if case .scalar(let scalar) = pair.value, scalar.text.trimming(.whitespacesAndNewlines).isEmpty {
                error("value.empty", "“\(pair.key)”不能为空：这里只写了空引号或空白，请写上内容", at: pair.keyPosition)
                return nil
            }
            return pair
        }
        let key = schema.key(named: name)
        let at = fields[name]?.keyPosition ?? fields.position
        error("key.missing", "\(what)缺少必填项 \(key.display)", at: at)
        return nil
    }

    /// The pair of an optional key that has a value.
    public func optional(_ fields: Fields, _ name: String) -> YAMLPair? {
        guard let pair = fields[name], !pair.value.isNull else { return nil }
        return pair
    }

    // MARK: - Scalars

    /// The scalar behind a pair, or an error naming what was expected.
    public mutating func scalar(_ pair: YAMLPair, expected: String) -> YAMLScalar? {
        guard case .scalar(let scalar) = pair.value else {
            error("type.scalar", "“\(pair.key)”应为\(expected)，这里是\(pair.value.kindName)", at: pair.value.position)
            return nil
        }
        return withoutControls(scalar, key: pair.key)
    }

    public mutating func string(_ pair: YAMLPair) -> String? {
        guard let scalar = scalar(pair, expected: "一段文字") else { return nil }
        let text = scalar.text.trimming(.whitespacesAndNewlines)
        return text.isEmpty ? nil : text
    }

    /// The text of a key whose value matters once written (a status, a measure, an
    /// evaluation to wait for): empty or blank is an error at the key, never a silent default.
    public mutating func filledString(_ pair: YAMLPair) -> String? {
        if case .scalar(let scalar) = pair.value, scalar.text.trimming(.whitespacesAndNewlines).isEmpty {
            error("value.empty", "“\(pair.key)”不能为空：这里只写了空引号或空白，请写上内容", at: pair.keyPosition)
            return nil
        }
        return string(pair)
    }

    /// A scalar's text with full-width digits read as ASCII, with a warning when there were any.
    mutating func digits(_ scalar: YAMLScalar) -> String {
        let normalized = FullWidthDigits.normalize(scalar.text)
        if normalized.changed {
            warning(
                "input.fullwidth-digits", "“\(scalar.text)”中有全角数字，已按半角数字读取；请改用半角数字",
                at: scalar.position)
        }
        return normalized.text.trimming(.whitespaces)
    }

    /// An integer ≥ `minimum` and ≤ `maximum` (never above `NumberLimits.maximum`).
    public mutating func integer(_ pair: YAMLPair, minimum: Int? = nil, maximum: Int = NumberLimits.maximum) -> Int? {
        guard let scalar = scalar(pair, expected: "整数") else { return nil }
        let text = digits(scalar)
        if NumberLimits.isTooLarge(integerText: text) || (Int(text).map { $0 > maximum } ?? false) {
            tooLarge(pair.key, scalar.text, limit: ValueLimits.text(maximum), at: scalar.position)
            return nil
        }
        guard let number = Int(text) else {
            error("type.integer", "“\(pair.key)”应为整数，这里写的是“\(scalar.text)”", at: scalar.position)
            return nil
        }
        if let minimum, number < minimum {
            let what = minimum == 0 ? "不能为负数" : "不能小于 \(minimum)"
            error("value.range", "“\(pair.key)”\(what)，这里是 \(number)", at: scalar.position)
            return nil
        }
        return number
    }

    /// The error for a number beyond `NumberLimits.maximum` (often an ID or phone number
    /// pasted into the wrong field).
    mutating func tooLarge(
        _ key: String, _ written: String, limit: String = NumberLimits.maximumText, at position: SourcePosition
    ) {
        error(
            "value.too-large",
            "“\(key)”的数字“\(written.trimming(.whitespaces))”太大，上限是 \(limit)；是不是把身份证号、电话号码等写到这里了？",
            at: position)
    }

    public mutating func bool(_ pair: YAMLPair) -> Bool? {
        guard let scalar = scalar(pair, expected: "是或否") else { return nil }
        switch scalar.text.trimming(.whitespaces).lowercased() {
        case "true", "yes", "是", "y", "on": return true
        case "false", "no", "否", "n", "off": return false
        default:
            error("type.bool", "“\(pair.key)”应为 是/否（true/false），这里写的是“\(scalar.text)”", at: scalar.position)
            return nil
        }
    }

    public mutating func day(_ pair: YAMLPair) -> Day? {
        guard let scalar = scalar(pair, expected: "日期") else { return nil }
        return day(scalar, key: pair.key)
    }

    mutating func day(_ scalar: YAMLScalar, key: String) -> Day? {
        let text = digits(scalar)
        if let day = Day.parse(text) { return day }
        if DateShape.looksLikeDate(text) {
            error("value.date", "“\(key)”的日期“\(scalar.text)”不存在，请检查月份和日期", at: scalar.position)
        } else {
            error("type.date", "“\(key)”应为日期（如 2025-04-08），这里写的是“\(scalar.text)”", at: scalar.position)
        }
        return nil
    }

    public mutating func money(_ pair: YAMLPair) -> Money? {
        guard let scalar = scalar(pair, expected: "金额") else { return nil }
        if let money = Money.parse(digits(scalar)) {
            guard !NumberLimits.isTooLarge(hundredths: money.fen) else {
                tooLarge(pair.key, scalar.text, at: scalar.position)
                return nil
            }
            return money
        }
        error(
            "type.money", "“\(pair.key)”应为金额（元，最多两位小数，如 823825 或 411912.50），这里写的是“\(scalar.text)”", at: scalar.position)
        return nil
    }

    public mutating func percent(_ pair: YAMLPair) -> Percent? {
        guard let scalar = scalar(pair, expected: "百分比") else { return nil }
        if let percent = Percent.parse(digits(scalar)) { return percent }
        error("type.percent", "“\(pair.key)”应为百分比（最多两位小数，如 50% 或 33.33%），这里写的是“\(scalar.text)”", at: scalar.position)
        return nil
    }

    /// A list of texts; a single text is read as a list of the names it separates with 、，,.
    public mutating func stringList(_ pair: YAMLPair) -> [String] { stringEntries(pair).map(\.text) }

    /// A list of strings, each with where it is written: a list's items, or one line split at
    /// `、，,；;` (a piece of a plain one-line value at its own column).
    public mutating func stringEntries(_ pair: YAMLPair) -> [(text: String, position: SourcePosition)] {
        switch pair.value {
        case .scalar(let written):
            let scalar = withoutControls(written, key: pair.key)
            let pieces = scalar.text.split(whereSeparator: { "、，,；;".contains($0) })
            let exact = !scalar.quoted && scalar.text == written.text && !scalar.text.contains("\n")
            return pieces.compactMap { piece -> (String, SourcePosition)? in
                let text = piece.trimming(.whitespaces)
                guard !text.isEmpty else { return nil }
                var position = scalar.position
                if exact {
                    let leading = piece.unicodeScalars.prefix { $0.properties.isWhitespace }.count
                    position.column += scalar.text.unicodeScalars.distance(
                        from: scalar.text.unicodeScalars.startIndex, to: piece.startIndex) + leading
                }
                return (text, position)
            }
        case .sequence(let items, _):
            var result: [(String, SourcePosition)] = []
            for item in items {
                guard case .scalar(let written) = item else {
                    error("type.scalar", "“\(pair.key)”的每一项应为一段文字，这里是\(item.kindName)", at: item.position)
                    continue
                }
                let scalar = withoutControls(written, key: pair.key)
                let text = scalar.text.trimming(.whitespaces)
                if !text.isEmpty { result.append((text, scalar.position)) }
            }
            return result
        case .mapping:
            error("type.list", "“\(pair.key)”应为列表（每行以“- ”开头），这里是键值表", at: pair.value.position)
            return []
        }
    }

    /// The items of a list, or an error.
    public mutating func sequence(_ pair: YAMLPair) -> [YAMLValue]? {
        guard case .sequence(let items, _) = pair.value else {
            error("type.list", "“\(pair.key)”应为列表（每项以“- ”开头），这里是\(pair.value.kindName)", at: pair.value.position)
            return nil
        }
        return items
    }
}

/// Recognises text shaped like a date whose numbers are out of range (2025-02-30).
enum DateShape {
    static func looksLikeDate(_ text: String) -> Bool {
        let parts = text.split(whereSeparator: { "-/.年月日".contains($0) })
        return parts.count == 3 && parts.allSatisfy { !$0.isEmpty && $0.allSatisfy(\.isASCIIDigitCharacter) }
    }
}

extension Character {
    var isASCIIDigitCharacter: Bool { isASCII && isNumber }
}
