extension Array where Element == Diagnostic {
    /// At most this many lines per file and kind are listed; the rest become one summary.
    public static var linesListedPerKind: Int { 20 }
    /// A line with at most this many diagnostics of a kind keeps them all (they often differ
    /// in more than the matched text); with more, it gets one with the count.
    public static var keptPerLine: Int { 3 }

    /// The diagnostics a person can read, in linear time: one per line and kind (`code`) with
    /// the count ("这一行共 37 处同类问题") when the line has more than ``keptPerLine``, at most ``linesListedPerKind`` lines per file and kind,
    /// then one summary ("还有 N 处同类问题未列出"). Sorted. Collected lists go through this
    /// before excerpts are attached, so a line with 10,000 matches costs one excerpt, not 10,000.
    public func condensed() -> [Diagnostic] {
        guard count > 1 else { return self }
        var kept: [Diagnostic] = []
        var counts: [Int] = []
        var lineIndex: [CondenseLineKey: Int] = [:]
        var linesPerKind: [CondenseFileKey: Int] = [:]
        var summaries: [CondenseFileKey: CondenseSummary] = [:]
        var extras: [Int: [Diagnostic]] = [:]
        var changed = false
        for diagnostic in sorted() {
            let file = CondenseFileKey(file: diagnostic.position.file, code: diagnostic.code, severity: diagnostic.severity)
            let line = CondenseLineKey(
                file: file.file, line: diagnostic.position.line, code: file.code, severity: file.severity)
            if let index = lineIndex[line] {
                changed = true
                if index >= 0 {
                    counts[index] += 1
                    if counts[index] <= Self.keptPerLine { extras[index, default: []].append(diagnostic) }
                } else {
                    summaries[file]!.occurrences += 1
                }
                continue
            }
            let listed = linesPerKind[file, default: 0]
            if listed < Self.linesListedPerKind {
                linesPerKind[file] = listed + 1
                lineIndex[line] = kept.count
                kept.append(diagnostic)
                counts.append(1)
            } else {
                changed = true
                lineIndex[line] = -1
                if summaries[file] == nil {
                    summaries[file] = CondenseSummary(index: kept.count, occurrences: 0, lines: 0)
                    kept.append(diagnostic)
                    counts.append(0)
                }
                summaries[file]!.occurrences += 1
                summaries[file]!.lines += 1
            }
        }
        guard changed else { return sorted() }
        for index in kept.indices where counts[index] > Self.keptPerLine {
            kept[index].message += "（这一行共 \(counts[index]) 处同类问题，只列出第一处）"
        }
        for summary in summaries.values {
            let first = kept[summary.index].message
            kept[summary.index].message =
                "还有 \(summary.occurrences) 处同类问题未列出（\(summary.lines) 行，从这一行起），第一处：\(first)"
        }
        for (index, more) in extras where counts[index] <= Self.keptPerLine { kept += more }
        return kept.sorted()
    }
}

private struct CondenseLineKey: Hashable {
    var file: String
    var line: Int
    var code: String
    var severity: Diagnostic.Severity
}

private struct CondenseFileKey: Hashable {
    var file: String
    var code: String
    var severity: Diagnostic.Severity
}

private struct CondenseSummary {
    var index: Int
    var occurrences: Int
    var lines: Int
}
