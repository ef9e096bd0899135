import HuibaoModel

extension MonthReportRenderer {
    /// Part 5 of the month report (`monthStaff`), where project.yml names a roster: 人员情况 at D
    /// and 未提交活动记录, with names (the report follows the evaluator audience, which keeps them).
    func staffContext() -> [String: Any] {
        guard let staffing else { return [:] }
        return [
            "monthStaff": staffing.context(
                names: true, listsNotReported: true, replacementDays: content.project.staffing.replacementDays)
        ]
    }

    /// 人员情况 at D, when project.yml names a roster.
    var staffing: MonthStaffing? {
        guard let members = content.roster else { return nil }
        return MonthStaffing.compute(
            month: month, asOf: end, roster: StaffRoster(members), rule: content.project.staffing,
            periodStart: content.project.period.start, activities: content.activities)
    }
}
