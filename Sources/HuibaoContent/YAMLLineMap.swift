import Yams

/// Maps libyaml's lines and columns to those of the text it was given (LF line endings).
///
/// libyaml (YAML 1.1) also ends a line at U+0085, U+2028 and U+2029, where editors and
/// huibao do not, so its marks after one of them are a line too far and restart the column.
struct YAMLLineMap {
    /// For each libyaml line (index 0 is line 1): the text's line and the columns before it
    /// on that line. Empty when the text has none of those characters: the lines agree.
    private var starts: [(line: Int, columnOffset: Int)] = []

    init(_ text: String) {
        guard text.unicodeScalars.contains(where: Self.isExtraLineBreak) else { return }
        var line = 1
        var column = 0
        starts = [(1, 0)]
        for scalar in text.unicodeScalars {
            column += 1
            if scalar == "\n" {
                line += 1
                column = 0
                starts.append((line, 0))
            } else if Self.isExtraLineBreak(scalar) {
                starts.append((line, column))
            }
        }
    }

    /// The 1-based line and column in the text of libyaml's 1-based `line` and `column`.
    func place(line: Int, column: Int) -> (line: Int, column: Int) {
        guard line >= 1, line <= starts.count else { return (line, column) }
        let start = starts[line - 1]
        return (start.line, column + start.columnOffset)
    }

    /// The text's position of `mark`, line 1 column 1 when there is none.
    func place(_ mark: Mark?) -> (line: Int, column: Int) {
        guard let mark else { return (1, 1) }
        return place(line: mark.line, column: mark.column)
    }

    private static func isExtraLineBreak(_ scalar: Unicode.Scalar) -> Bool {
        scalar == "\u{85}" || scalar == "\u{2028}" || scalar == "\u{2029}"
    }
}
