import HuibaoModel

extension MonthStaffing {
    /// The template values of section 5 (`monthStaff`), shared by the month page and the month
    /// report: 人员情况 — headcount at D, shortfall runs, joins and departures — with names only
    /// when `names` is true, and 未提交活动记录 (key `notReported`) only when `listsNotReported`.
    /// - Parameter replacementDays: the contract's 补员时限; a longer run is marked.
    func context(names: Bool, listsNotReported: Bool, replacementDays: Int) -> [String: Any] {
        let changes = { (rows: [StaffMember], day: (StaffMember) -> Day?) -> [String: Any] in
            ["count": rows.count, "has": !rows.isEmpty, "names": names ? Self.namesText(rows, day: day) : ""]
        }
        var context: [String: Any] = [
            "date": date.chineseText, "headcount": headcount, "minimum": minimum.map(String.init) ?? "",
            "short": minimum.map { headcount < $0 } ?? false,
            "shortfalls": shortfalls.map { run -> [String: Any] in
                [
                    "from": run.from.isoText, "to": run.to.isoText, "days": run.days, "headcount": run.headcount,
                    "long": run.days > replacementDays,
                ]
            },
            "hasShortfalls": !shortfalls.isEmpty, "replacementDays": replacementDays,
            "joins": changes(joins, \.joined), "departures": changes(departures, \.left),
        ]
        if listsNotReported {
            context["notReported"] = [
                "names": notReported, "text": notReported.joined(separator: "、"), "has": !notReported.isEmpty,
                "count": notReported.count,
            ] as [String: Any]
        }
        return context
    }

    /// Joins or departures by name with their day: `张三（2025-10-08）、李四（2025-10-20）`.
    static func namesText(_ rows: [StaffMember], day: (StaffMember) -> Day?) -> String {
        rows.map { "\($0.name)（\(day($0)?.isoText ?? "")）" }.joined(separator: "、")
    }
}
