import HuibaoModel

extension PageRenderer {
    /// The month page's section 5 (`{{> month-staff}}`, key `monthStaff`), where project.yml
    /// names a roster: 人员情况 at D = min(as-of, the month's last day) — headcount, shortfall
    /// runs, joins and departures (names only on the team's site) — and, on the team's site
    /// only, 未提交活动记录 with a link to the staff page.
    func monthStaffContext(_ month: Month, from path: SitePath) -> [String: Any] {
        guard let roster = staffRoster else { return [:] }
        let staffing = MonthStaffing.compute(
            month: month, asOf: options.asOf, roster: roster, rule: content.project.staffing,
            periodStart: content.project.period.start, activities: activitiesByMonth[month] ?? [])
        var context = staffing.context(
            names: isTeam, listsNotReported: isTeam, replacementDays: content.project.staffing.replacementDays)
        if isTeam { context["staffHref"] = Routes.staff.link(from: path) }
        return ["monthStaff": context]
    }
}
