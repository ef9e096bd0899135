/// A unified-style line diff (`-` expected, `+` actual, a few lines of context, `@@` hunks)
/// for golden mismatches, so a failure shows what changed instead of only a path.
public enum LineDiff {
    /// The diff of two texts, or an empty string when they are equal. Lines are split on "\n";
    /// a missing final newline is shown as `\ No newline at end of file`, as git does.
    /// When the differing middle (after the common first and last lines) is longer than
    /// `maximumLines` on both sides, it is shown as all removed, then all added. At most
    /// `shownLines` lines of diff are returned, then the number left out.
    public static func unified(
        expected: String, actual: String, expectedName: String = "expected", actualName: String = "actual",
        context: Int = 3, maximumLines: Int = 2000, shownLines: Int = 200
    ) -> String {
        if expected == actual { return "" }
        let old = lines(expected)
        let new = lines(actual)
        var output = ["--- \(expectedName)", "+++ \(actualName)"]
        for hunk in hunks(script(old, new, maximumLines: maximumLines), context: context) {
            output += hunk.split(separator: "\n", omittingEmptySubsequences: false).dropLast().map(String.init)
        }
        if output.count > shownLines {
            let left = output.count - shownLines
            output = Array(output.prefix(shownLines)) + ["… \(left) more lines of diff"]
        }
        return output.map { $0 + "\n" }.joined()
    }

    enum Edit: Equatable {
        case same(Int, Int)
        case removed(Int)
        case added(Int)
    }

    /// Splits keeping the information whether the text ends with a newline.
    static func lines(_ text: String) -> [String] {
        if text.isEmpty { return [] }
        var result = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        if result.last == "" {
            result.removeLast()
        } else {
            result[result.count - 1] += "\n\\ No newline at end of file"
        }
        return result
    }

    /// The diff lines: the common first and last lines, and between them the edit script of a
    /// longest common subsequence (quadratic, so bounded by `maximumLines`).
    static func script(_ old: [String], _ new: [String], maximumLines: Int) -> [EditLine] {
        var prefix = 0
        while prefix < old.count, prefix < new.count, old[prefix] == new[prefix] { prefix += 1 }
        var suffix = 0
        while suffix < old.count - prefix, suffix < new.count - prefix,
            old[old.count - 1 - suffix] == new[new.count - 1 - suffix]
        {
            suffix += 1
        }
        let oldMiddle = Array(old[prefix..<(old.count - suffix)])
        let newMiddle = Array(new[prefix..<(new.count - suffix)])
        var edits: [Edit] = (0..<prefix).map { .same($0, $0) }
        if oldMiddle.count > maximumLines, newMiddle.count > maximumLines {
            edits += oldMiddle.indices.map { .removed($0 + prefix) } + newMiddle.indices.map { .added($0 + prefix) }
        } else {
            edits += middleScript(oldMiddle, newMiddle).map { edit in
                switch edit {
                case .same(let i, let j): .same(i + prefix, j + prefix)
                case .removed(let i): .removed(i + prefix)
                case .added(let j): .added(j + prefix)
                }
            }
        }
        edits += (0..<suffix).map { .same(old.count - suffix + $0, new.count - suffix + $0) }
        return edits.reordered(old: old, new: new)
    }

    static func middleScript(_ old: [String], _ new: [String]) -> [Edit] {
        let n = old.count
        let m = new.count
        var table = [Int](repeating: 0, count: (n + 1) * (m + 1))
        for i in stride(from: n - 1, through: 0, by: -1) {
            for j in stride(from: m - 1, through: 0, by: -1) {
                table[i * (m + 1) + j] =
                    old[i] == new[j]
                    ? table[(i + 1) * (m + 1) + j + 1] + 1
                    : max(table[(i + 1) * (m + 1) + j], table[i * (m + 1) + j + 1])
            }
        }
        var edits: [Edit] = []
        var i = 0
        var j = 0
        while i < n || j < m {
            if i < n, j < m, old[i] == new[j] {
                edits.append(.same(i, j))
                i += 1
                j += 1
            } else if j < m, i == n || table[i * (m + 1) + j + 1] >= table[(i + 1) * (m + 1) + j] {
                edits.append(.added(j))
                j += 1
            } else {
                edits.append(.removed(i))
                i += 1
            }
        }
        return edits
    }

    /// Groups changes with `context` unchanged lines around them into `@@ -a,b +c,d @@` hunks.
    static func hunks(_ edits: [LineDiff.EditLine], context: Int) -> [String] {
        let changed = edits.indices.filter { edits[$0].mark != " " }
        var result: [String] = []
        var index = 0
        while index < changed.count {
            let start = max(0, changed[index] - context)
            var end = min(edits.count - 1, changed[index] + context)
            index += 1
            while index < changed.count, changed[index] - context <= end + 1 {
                end = min(edits.count - 1, changed[index] + context)
                index += 1
            }
            let slice = edits[start...end]
            let oldStart = (edits[start...].first { $0.oldLine != nil }?.oldLine ?? 0) + 1
            let newStart = (edits[start...].first { $0.newLine != nil }?.newLine ?? 0) + 1
            let oldCount = slice.filter { $0.mark != "+" }.count
            let newCount = slice.filter { $0.mark != "-" }.count
            var hunk = "@@ -\(oldCount == 0 ? oldStart - 1 : oldStart),\(oldCount) "
            hunk += "+\(newCount == 0 ? newStart - 1 : newStart),\(newCount) @@\n"
            for line in slice { hunk += "\(line.mark)\(line.text)\n" }
            result.append(hunk)
        }
        return result
    }

    /// One line of the diff: its mark (` `, `-`, `+`), text and line numbers (0-based).
    struct EditLine {
        var mark: Character
        var text: String
        var oldLine: Int?
        var newLine: Int?
    }
}

extension Array where Element == LineDiff.Edit {
    /// Lines in diff order, each run of removals before its additions.
    fileprivate func reordered(old: [String], new: [String]) -> [LineDiff.EditLine] {
        var result: [LineDiff.EditLine] = []
        var removed: [LineDiff.EditLine] = []
        var added: [LineDiff.EditLine] = []
        func flush() {
            result += removed + added
            removed = []
            added = []
        }
        for edit in self {
            switch edit {
            case .same(let i, let j):
                flush()
                result.append(.init(mark: " ", text: old[i], oldLine: i, newLine: j))
            case .removed(let i): removed.append(.init(mark: "-", text: old[i], oldLine: i, newLine: nil))
            case .added(let j): added.append(.init(mark: "+", text: new[j], oldLine: nil, newLine: j))
            }
        }
        flush()
        return result
    }
}
