/// Staffing in one month at a date D = min(as-of, the month's last day): the month page's and
/// the month report's section 5 (人员情况) and 未提交活动记录 (documents.md "The month").
public struct MonthStaffing: Sendable, Equatable {
    public var month: Month
    /// D: the earlier of the as-of date and the month's last day.
    public var date: Day
    /// People in post on D.
    public var headcount: Int
    /// The contract's floor (`staffing.minimum`), when set.
    public var minimum: Int?
    /// Each run of days below the minimum (from the period's start to D) that overlaps the
    /// month, with its own from, to and days.
    public var shortfalls: [Shortfall]
    /// Rows whose 入职日期 falls in the month, on or before D, in ledger order.
    public var joins: [StaffMember]
    /// Rows whose 离职日期 falls in the month, on or before D, in ledger order.
    public var departures: [StaffMember]
    /// 未提交活动记录: people in post on at least one day from the month's first day to D who
    /// are named on no write-up dated in the month (up to D; internal ones count, drafts not),
    /// in roster order.
    public var notReported: [String]

    /// - Parameters:
    ///   - activities: write-ups (any; those of other months, after D and drafts are skipped).
    ///   - periodStart: where headcount days start (the service period's first day).
    public static func compute(
        month: Month, asOf: Day, roster: StaffRoster, rule: StaffingRule, periodStart: Day, activities: [Activity]
    ) -> MonthStaffing {
        let first = month.firstDay
        let date = min(asOf, month.lastDay)
        var shortfalls: [Shortfall] = []
        if let minimum = rule.minimum {
            let figures = StaffingFigures.compute(
                roster: roster.members, minimum: minimum, replacementDays: rule.replacementDays, start: periodStart,
                asOf: date)
            shortfalls = figures.shortfalls.filter { $0.to >= first && $0.from <= date }
        }
        var reported: Set<String> = []
        for activity in activities where !activity.isDraft && activity.date >= first && activity.date <= date {
            reported.formUnion(roster.people(activity.staff))
        }
        let inMonth = { (day: Day) in day >= first && day <= date }
        return MonthStaffing(
            month: month, date: date, headcount: roster.members.filter { $0.isOnTeam(date) }.count,
            minimum: rule.minimum, shortfalls: shortfalls,
            joins: roster.members.filter { inMonth($0.joined) },
            departures: roster.members.filter { $0.left.map(inMonth) ?? false },
            notReported: roster.names.filter { !reported.contains($0) && roster.isInPost($0, from: first, through: date) })
    }
}
