import HuibaoModel

extension PageRenderer {
    /// The month page's 勘误 (`{{> month-errata}}`): when the month was submitted and a
    /// figure recomputed at the record's as-of date differs, each such figure as submitted and
    /// now, and (not in a public build) the files added, changed or removed since.
    func monthErrataContext(_ month: Month) -> [String: Any] {
        guard let errata = content.submitted.errata[month] else { return ["hasErrata": false] }
        return [
            "hasErrata": true, "errata": Self.errataContext(errata, namesFiles: options.audience != .publicReaders),
        ]
    }

    /// One month's 勘误 for a template: `month`, `asOf`, `rows` (indicator, figure, submitted,
    /// current) and, when `namesFiles`, `command` (to resubmit) and `files` (kind, place).
    static func errataContext(_ errata: MonthErrata, namesFiles: Bool) -> [String: Any] {
        var rows: [[String: Any]] = []
        for change in errata.changes {
            for difference in change.differences {
                rows.append([
                    "name": change.name, "figure": difference.label, "submitted": difference.submitted,
                    "current": difference.current,
                ])
            }
        }
        var context: [String: Any] = [
            "month": errata.month.chineseText, "asOf": errata.asOf.chineseText, "rows": rows,
        ]
        if namesFiles {
            context["command"] = errata.resubmitCommand
            let files = errata.files.map { ["kind": $0.kind.rawValue, "place": $0.place] }
            context["files"] = files
            context["hasFiles"] = !files.isEmpty
        } else {
            context["hasFiles"] = false
        }
        return context
    }
}
