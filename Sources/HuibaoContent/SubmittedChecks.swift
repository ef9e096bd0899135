import HuibaoModel

/// `month.changed-after-submission`: a submitted month whose figures, recomputed at its
/// record's as-of date, are no longer those handed in — a warning at each file added or
/// changed since (removed ones, and a change no file explains, at the record). They depend on
/// every file, not on the one they sit at: no excerpt, and the preview's `ChecksCache` keeps
/// none of them with a write-up.
enum SubmittedChecks {
    /// Only months up to `asOf`'s: a build at an earlier date has no page for a later month
    /// and does not recompute it.
    static func warnings(_ content: SiteContent, asOf: Day) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        guard !content.submitted.errata.isEmpty else { return [] }
        for errata in content.submitted.errata.values.sorted(by: { $0.month < $1.month })
        where errata.month <= asOf.month {
            let month = errata.month.chineseText
            let tail = "\(month)报送的数字已变：\(errata.summary())。如改动无误，请重新报送：\(errata.resubmitCommand)"
            var atRecord: [String] = []
            for change in errata.files {
                switch change.kind {
                case .removed:
                    atRecord.append(change.place)
                case .added, .changed:
                    let what = change.line == nil ? "这个文件" : "这一行"
                    let verb = change.kind == .added ? "是\(month)报送之后新增的" : "在\(month)报送之后改过"
                    diagnostics.append(
                        .warning(
                            "month.changed-after-submission", "\(what)\(verb)，\(tail)",
                            at: SourcePosition(file: change.file, line: change.line ?? 1)))
                }
            }
            if !atRecord.isEmpty || errata.files.isEmpty {
                let cause =
                    atRecord.isEmpty
                    ? "报送时计入的文件都没有改动（可能改了更早月份的记录或 indicators.yml）"
                    : "报送之后删除或移走了 \(atRecord.joined(separator: "、"))"
                diagnostics.append(
                    .warning(
                        "month.changed-after-submission", "\(cause)，\(tail)",
                        at: SourcePosition(file: errata.recordFile)))
            }
        }
        return diagnostics
    }
}
