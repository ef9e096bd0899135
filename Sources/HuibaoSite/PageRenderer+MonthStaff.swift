import HuibaoModel

extension PageRenderer {
    /// The month page's section 5 (`{{> month-staff}}`, key `monthStaff`), where project.yml
    /// names a roster: 人员情况 at D = min(as-of, the month's last day) — headcount, shortfall
    /// runs, joins and departures (names only on the team's site) — and, on the team's site
    /// only, 未提交活动记录.
    func monthStaffContext(_ month: Month, from path: SitePath) -> [String: Any] {
        guard let roster = staffRoster else { return [:] }
        let staffing = MonthStaffing.compute(
            month: month, asOf: options.asOf, roster: roster, rule: content.project.staffing,
            periodStart: content.project.period.start, activities: activitiesByMonth[month] ?? [])
        let changes = { (rows: [StaffMember], day: (StaffMember) -> Day?) -> [String: Any] in
            [
                "count": rows.count, "has": !rows.isEmpty,
                "names": self.isTeam ? rows.map { "\($0.name)（\(day($0)?.isoText ?? "")）" }.joined(separator: "、") : "",
            ]
        }
        var context: [String: Any] = [
            "date": staffing.date.chineseText, "headcount": staffing.headcount,
            "minimum": staffing.minimum.map(String.init) ?? "",
            "short": staffing.minimum.map { staffing.headcount < $0 } ?? false,
            "shortfalls": staffing.shortfalls.map { run -> [String: Any] in
                [
                    "from": run.from.isoText, "to": run.to.isoText, "days": run.days, "headcount": run.headcount,
                    "long": run.days > content.project.staffing.replacementDays,
                ]
            },
            "hasShortfalls": !staffing.shortfalls.isEmpty,
            "replacementDays": content.project.staffing.replacementDays,
            "joins": changes(staffing.joins, \.joined), "departures": changes(staffing.departures, \.left),
        ]
        if isTeam {
            context["team"] = [
                "notReported": staffing.notReported, "hasNotReported": !staffing.notReported.isEmpty,
                "count": staffing.notReported.count, "staffHref": Routes.staff.link(from: path),
            ] as [String: Any]
        }
        return ["monthStaff": context]
    }
}
