import HuibaoModel

/// Reads the Chinese input-method habits the spec lists as their ASCII forms, each with a
/// warning at its line: a full-width colon right after a key at the start of a line,
/// full-width spaces (U+3000, two spaces each) in indentation, and `－`/`·` list bullets.
/// Nothing inside quotes or block text is touched, and nothing else is guessed.
public enum InputHabits {
    /// Returns the YAML text to parse and the warnings; `firstLine` is the file line of the
    /// text's first line.
    public static func normalize(_ yaml: String, file: String, firstLine: Int) -> (text: String, warnings: [Diagnostic])
    {
        // Fast path: none of the characters involved appear.
        if !yaml.unicodeScalars.contains(where: {
            $0 == "\u{FF1A}" || $0 == "\u{3000}" || $0 == "\u{FF0D}" || $0 == "\u{00B7}"
        }) {
            return (yaml, [])
        }
        var warnings: [Diagnostic] = []
        var lines: [String] = []
        var blockIndent: Int? = nil  // inside a block scalar started by `|` or `>` at this indentation
        for (offset, rawLine) in yaml.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let lineNumber = firstLine + offset
            var scalars = Array(rawLine.unicodeScalars)
            let position = { (column: Int) in SourcePosition(file: file, line: lineNumber, column: column) }

            // Indentation: full-width spaces count as two spaces each.
            var indentEnd = 0
            var sawFullWidthSpace = false
            while indentEnd < scalars.count, scalars[indentEnd] == " " || scalars[indentEnd] == "\u{3000}" {
                if scalars[indentEnd] == "\u{3000}" { sawFullWidthSpace = true }
                indentEnd += 1
            }
            let indentWidth = scalars[..<indentEnd].reduce(0) { $0 + ($1 == "\u{3000}" ? 2 : 1) }
            if let block = blockIndent {
                if indentEnd == scalars.count || indentWidth > block {
                    lines.append(String(rawLine))
                    continue
                }
                blockIndent = nil
            }
            if sawFullWidthSpace {
                warnings.append(.warning("input.fullwidth-space", "缩进中有全角空格，已按两个半角空格读取；请改用半角空格", at: position(1)))
                scalars.replaceSubrange(0..<indentEnd, with: Array(repeating: " ", count: indentWidth))
                indentEnd = indentWidth
            }

            // A full-width dash or middle dot used as a list bullet.
            var keyStart = indentEnd
            if keyStart < scalars.count, scalars[keyStart] == "\u{FF0D}" || scalars[keyStart] == "\u{00B7}",
                keyStart + 1 < scalars.count, scalars[keyStart + 1] == " " || scalars[keyStart + 1] == "\u{3000}"
            {
                warnings.append(
                    .warning(
                        "input.fullwidth-bullet", "列表项用了“\(Character(scalars[keyStart]))”，已按“- ”读取；请改用半角减号“-”",
                        at: position(keyStart + 1)))
                scalars[keyStart] = "-"
                scalars[keyStart + 1] = " "
                keyStart += 2
            } else if keyStart + 1 < scalars.count, scalars[keyStart] == "-", scalars[keyStart + 1] == " " {
                keyStart += 2
            }

            // A full-width colon directly after a plain key.
            if let colon = fullWidthColonAfterKey(scalars, from: keyStart) {
                warnings.append(
                    .warning("input.fullwidth-colon", "键后面用了全角冒号“：”，已按“: ”读取；请改用半角冒号加空格", at: position(colon + 1)))
                scalars.replaceSubrange(colon...colon, with: [":", " "])
            }

            let line = String(String.UnicodeScalarView(scalars))
            if startsBlockScalar(line) { blockIndent = indentWidth }
            lines.append(line)
        }
        return (lines.joined(separator: "\n"), warnings)
    }

    /// The index of a `：` ending a plain key that starts at `start`, if there is one.
    private static func fullWidthColonAfterKey(_ scalars: [Unicode.Scalar], from start: Int) -> Int? {
        guard start < scalars.count else { return nil }
        let first = scalars[start]
        if first == "\"" || first == "'" || first == "#" || first == "[" || first == "{" || first == "|" || first == ">"
        {
            return nil
        }
        var index = start
        while index < scalars.count {
            let scalar = scalars[index]
            if scalar == "\u{FF1A}" { return index > start ? index : nil }
            if scalar == ":" || scalar == " " || scalar == "\"" || scalar == "'" || scalar == "#" { return nil }
            index += 1
        }
        return nil
    }

    /// Whether a line's value opens a block scalar (`key: |`, `key: >-`, `- |`).
    private static func startsBlockScalar(_ line: String) -> Bool {
        var trimmed = Substring(line)
        while let last = trimmed.last, last == " " { trimmed = trimmed.dropLast() }
        guard let last = trimmed.last else { return false }
        var body = trimmed
        if last == "-" || last == "+" || last.isNumber { body = body.dropLast() }
        guard let indicator = body.last, indicator == "|" || indicator == ">" else { return false }
        let before = body.dropLast()
        return before.hasSuffix(": ") || before.hasSuffix("- ") || before.isEmpty
            || before.allSatisfy { $0 == " " || $0 == "-" }
    }
}
