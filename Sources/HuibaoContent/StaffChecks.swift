import HuibaoModel

/// The staff-name warnings (content-format.md "Staff names"), only where project.yml names a
/// roster: each `staff` entry of every write-up against the roster's 姓名 — several names in
/// one entry (`staff.joined`), a name not on the roster (`staff.unknown`), a person named on a
/// write-up dated outside their time in post (`staff.not-in-post`) — each at the entry; and a
/// write-up with no `staff` at all (`staff.missing`, drafts aside), at its `title` line.
enum StaffChecks {
    /// - Parameter paths: the files under `Content/`, to name the roster as it is saved (.csv or .xlsx).
    static func warnings(_ content: SiteContent, paths: ContentPaths) -> [Diagnostic] {
        guard let members = content.roster, let ledgerName = content.project.staffing.ledger else { return [] }
        let roster = StaffRoster(members)
        let isWorkbook = paths.contains("ledgers/\(ledgerName).xlsx") && !paths.contains("ledgers/\(ledgerName).csv")
        let ledger = "人员台账 Content/ledgers/\(ledgerName).\(isWorkbook ? "xlsx" : "csv")"
        var diagnostics: [Diagnostic] = []
        for activity in content.activities {
            let positions = activity.staffPositions
            if activity.staff.isEmpty {
                // Drafts are unfinished; an untouched `huibao new` file already has its one
                // warning (`activity.empty`: no counts, no body).
                let untouched = activity.counts.isEmpty && activity.body.htmlBytes.isEmpty
                if !activity.isDraft && !untouched {
                    diagnostics.append(
                        .warning(
                            "staff.missing",
                            "这篇活动记录没有写工作人员，不计入任何人的活动记录；请加上“工作人员:”，每行“- 姓名”写一位参与的同事（与人员台账中的姓名一致）",
                            at: activity.titlePosition ?? SourcePosition(file: activity.file)))
                }
                continue
            }
            for (index, entry) in activity.staff.enumerated() {
                let at = index < positions.count ? positions[index] : SourcePosition(file: activity.file)
                var people: [String] = []
                switch roster.match(entry) {
                case .person(let name):
                    people = [name]
                case .joined(let names):
                    people = names
                    diagnostics.append(
                        .warning(
                            "staff.joined",
                            "工作人员“\(entry)”把 \(names.count) 个人写在了一项里，已按"
                                + names.map { "“\($0)”" }.joined(separator: "、")
                                + "分别计入；请每行只写一人：" + names.map { "“- \($0)”" }.joined() + "各占一行",
                            at: at))
                case .unknown(let suggestion):
                    let hint =
                        suggestion.map { "；是不是“\($0)”？请改成台账中的姓名" }
                        ?? "；请改成台账中的姓名，或先把这个人加进人员台账"
                    diagnostics.append(
                        .warning(
                            "staff.unknown", "工作人员“\(entry)”不在\(ledger) 中，这一项不计入任何人的活动记录" + hint, at: at))
                }
                for name in people where !roster.isInPost(name, on: activity.date) {
                    let terms = roster.rows(of: name).map { row in
                        "\(row.joined.isoText) 入职" + (row.left.map { "，\($0.isoText) 离职" } ?? "")
                    }
                    diagnostics.append(
                        .warning(
                            "staff.not-in-post",
                            "“\(name)”在活动日期 \(activity.date.isoText) 不在岗（人员台账：\(terms.joined(separator: "；"))）；请检查活动日期和工作人员是否写错",
                            at: at))
                }
            }
        }
        return diagnostics
    }
}
