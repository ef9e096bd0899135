import HuibaoModel
import Yams

/// Parses YAML text into a `YAMLValue` with positions in the user's file.
public enum YAMLParsing {
    /// The spec's limits: larger or deeper input is an error, never a crash or a hang.
    public static let maximumBytes = 256 * 1024
    public static let maximumDepth = 32

    /// Parses `text`, which starts at line `firstLine` of `file`.
    /// Returns nil for an empty document, or a diagnostic for malformed YAML.
    public static func parse(_ text: String, file: String, firstLine: Int = 1) -> Result<YAMLValue?, Diagnostic> {
        if text.utf8.count > maximumBytes {
            return .failure(
                .error("yaml.too-large", "YAML 内容超过 256 KB 的上限，请拆分或精简", at: SourcePosition(file: file, line: firstLine))
            )
        }
        if let line = lineExceedingDepth(text) {
            return .failure(
                .error(
                    "yaml.too-deep", "YAML 嵌套超过 \(maximumDepth) 层的上限",
                    at: SourcePosition(file: file, line: firstLine + line - 1)))
        }
        // A fast-path value nested deeper than the limit is left to Yams, which reports it.
        if let value = YAMLFastPath.parse(text, file: file, lineOffset: firstLine - 1),
            nodeExceedingDepth(value, depth: 1) == nil
        {
            return .success(value)
        }
        return composed(text, file: file, firstLine: firstLine)
    }

    /// `parse` through Yams (all of YAML, and its errors), after the limits were checked.
    /// `unclosedAtOpening: false` puts an error inside a flow collection at libyaml's problem
    /// (the missing comma) rather than at the bracket that opened it.
    static func composed(
        _ text: String, file: String, firstLine: Int, unclosedAtOpening: Bool = true
    ) -> Result<YAMLValue?, Diagnostic> {
        let lines = YAMLLineMap(text)
        if let mark = YAMLAliasScan.firstAnchorOrAlias(text) {
            let place = lines.place(line: mark.line, column: mark.column)
            var diagnostic = Diagnostic.error(
                "yaml.alias", "不支持 YAML 的锚点和别名（&、*），请直接写出内容",
                at: SourcePosition(file: file, line: place.line + firstLine - 1, column: place.column))
            diagnostic.excerpt = line(place.line, of: text)
            return .failure(diagnostic)
        }
        let node: Node?
        do {
            // UTF-8 named here: Yams' default reads the environment on every call.
            node = try Yams.compose(yaml: text, .default, .default, .utf8)
        } catch {
            return .failure(
                diagnostic(
                    for: error, file: file, firstLine: firstLine, text: text, lines: lines,
                    unclosedAtOpening: unclosedAtOpening))
        }
        guard let node else { return .success(nil) }
        if let key = complexKey(in: node) {
            let place = lines.place(key.mark)
            return .failure(
                .error(
                    "yaml.complex-key", "键只能是一个名称，不能是列表或键值表",
                    at: SourcePosition(file: file, line: place.line + firstLine - 1, column: place.column)))
        }
        let value = convert(node, file: file, lineOffset: firstLine - 1, lines: lines)
        if let deep = nodeExceedingDepth(value, depth: 1) {
            return .failure(.error("yaml.too-deep", "YAML 嵌套超过 \(maximumDepth) 层的上限", at: deep))
        }
        return .success(value)
    }

    /// The position of the first node nested deeper than the limit, if any.
    static func nodeExceedingDepth(_ value: YAMLValue, depth: Int) -> SourcePosition? {
        if depth > maximumDepth { return value.position }
        switch value {
        case .scalar: return nil
        case .sequence(let items, _):
            for item in items {
                if let found = nodeExceedingDepth(item, depth: depth + 1) { return found }
            }
        case .mapping(let pairs, _):
            for pair in pairs {
                if let found = nodeExceedingDepth(pair.value, depth: depth + 1) { return found }
            }
        }
        return nil
    }

    /// The first mapping key that is not a single value (`[a, b]: c`, `? - a`), if any: keys
    /// are names, and Yams' own conversion of some such keys traps. libyaml limits nesting.
    private static func complexKey(in node: Node) -> Node? {
        switch node {
        case .scalar, .alias: return nil
        case .sequence(let sequence):
            for item in sequence {
                if let found = complexKey(in: item) { return found }
            }
        case .mapping(let mapping):
            for (key, value) in mapping {
                if key.scalar == nil { return key }
                if let found = complexKey(in: value) { return found }
            }
        }
        return nil
    }

    private static func convert(_ node: Node, file: String, lineOffset: Int, lines: YAMLLineMap) -> YAMLValue {
        func position(_ mark: Mark?) -> SourcePosition {
            let place = lines.place(mark)
            return SourcePosition(file: file, line: place.line + lineOffset, column: place.column)
        }
        switch node {
        case .scalar(let scalar):
            let quoted =
                scalar.style == .singleQuoted || scalar.style == .doubleQuoted
                || scalar.style == .literal || scalar.style == .folded
            return .scalar(YAMLScalar(text: scalar.string, quoted: quoted, position: position(scalar.mark)))
        case .sequence(let sequence):
            return .sequence(
                sequence.map { convert($0, file: file, lineOffset: lineOffset, lines: lines) }, position(sequence.mark))
        case .mapping(let mapping):
            let pairs = mapping.map { key, value in
                YAMLPair(
                    key: key.scalar?.string ?? "",
                    keyPosition: position(key.mark),
                    value: convert(value, file: file, lineOffset: lineOffset, lines: lines))
            }
            return .mapping(pairs, position(mapping.mark))
        case .alias(let alias):
            return .scalar(YAMLScalar(text: "", quoted: false, position: position(alias.mark)))
        }
    }

    /// A cheap pre-scan before parsing: the 1-based line where flow brackets nest deeper
    /// than the limit (the parser recurses per level, so `[[[[…` must never reach it).
    static func lineExceedingDepth(_ text: String) -> Int? {
        // (Over the bytes in place: iterating `utf8` cost several times more per front matter.)
        text.withUTF8Bytes { bytes -> Int? in
            var line = 1
            var flowDepth = 0
            var inQuote: UInt8? = nil
            for byte in bytes {
                if byte == UInt8(ascii: "\n") {
                    line += 1
                    continue
                }
                if let quote = inQuote {
                    if byte == quote { inQuote = nil }
                    continue
                }
                switch byte {
                case UInt8(ascii: "\""), UInt8(ascii: "'"):
                    if flowDepth > 0 { inQuote = byte }
                case UInt8(ascii: "["), UInt8(ascii: "{"):
                    flowDepth += 1
                    if flowDepth > maximumDepth { return line }
                case UInt8(ascii: "]"), UInt8(ascii: "}"):
                    flowDepth = max(0, flowDepth - 1)
                default:
                    break
                }
            }
            return nil
        }
    }
}
