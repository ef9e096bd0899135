/// One roster member on the staff page (`/staff/`): their rows (dates in post) and, for each
/// month of the period up to the as-of date, whether they were in post and how many
/// write-ups name them.
public struct StaffRecord: Sendable, Equatable {
    /// One month of one person.
    public struct MonthCount: Sendable, Equatable {
        public var month: Month
        /// In post on at least one day of the month up to the as-of date.
        public var inPost: Bool
        /// Write-ups dated in the month (up to the as-of date) that name the person; internal
        /// ones count, drafts not.
        public var writeUps: Int
        /// In post and named on none: the staff page highlights it.
        public var isMissing: Bool { inPost && writeUps == 0 }
    }

    public var name: String
    /// The person's roster rows (several when re-hired), in ledger order.
    public var rows: [StaffMember]
    public var months: [MonthCount]

    /// Everyone on the roster, those who left included, in roster order.
    /// - Parameter months: the months to count (the period's months up to the as-of date).
    public static func records(roster: StaffRoster, activities: [Activity], months: [Month], asOf: Day)
        -> [StaffRecord]
    {
        var counts: [String: [Month: Int]] = [:]
        if let first = months.first?.firstDay, let last = months.last.map({ min($0.lastDay, asOf) }) {
            for activity in activities where !activity.isDraft && activity.date >= first && activity.date <= last {
                for name in roster.people(activity.staff) { counts[name, default: [:]][activity.date.month, default: 0] += 1 }
            }
        }
        return roster.names.map { name in
            StaffRecord(
                name: name, rows: roster.rows(of: name),
                months: months.map { month in
                    MonthCount(
                        month: month,
                        inPost: roster.isInPost(name, from: month.firstDay, through: min(month.lastDay, asOf)),
                        writeUps: counts[name]?[month] ?? 0)
                })
        }
    }
}
