/// The part of a source line shown under a diagnostic: at most ``limit`` characters around
/// the column, with "…" where the line was cut. Walks the line once up to the window's end;
/// never copies more than the window.
public enum ExcerptWindow {
    /// Characters (Unicode scalars) shown at most.
    public static let limit = 120

    /// nil for a blank line.
    public static func excerpt(_ line: Substring, column: Int) -> String? {
        let scalars = line.unicodeScalars
        // Cheap: most lines are short, and bytes bound scalars.
        if line.utf8.count <= limit {
            return line.allSatisfy(\.isWhitespace) ? nil : String(line)
        }
        let before = limit / 3
        let startOffset = max(0, column - 1 - before)
        var index = scalars.startIndex
        var offset = 0
        while offset < startOffset, index < scalars.endIndex {
            scalars.formIndex(after: &index)
            offset += 1
        }
        let start = index
        var taken = 0
        while taken < limit, index < scalars.endIndex {
            scalars.formIndex(after: &index)
            taken += 1
        }
        var text = String(String.UnicodeScalarView(scalars[start..<index]))
        if text.allSatisfy(\.isWhitespace) && start == scalars.startIndex
            && index == scalars.endIndex
        {
            return nil
        }
        if start > scalars.startIndex { text = "…" + text }
        if index < scalars.endIndex { text += "…" }
        return text
    }
}
