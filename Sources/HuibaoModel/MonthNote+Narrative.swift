extension SiteContent {
    /// The month notes an evaluator report at `asOf` quotes under 项目概况 / 实施情况, oldest
    /// first: those of months whose last day in the service period is on or before `asOf`
    /// (a month still running at the as-of date is left out), with a 本月小结 that says something.
    public func narrativeNotes(asOf: Day) -> [MonthNote] {
        let period = project.period
        return monthNotesInOrder.filter { note in
            guard let summary = note.summary, summary.characterCount > 0 || !summary.media.isEmpty else { return false }
            return min(note.month.lastDay, period.end) <= asOf
        }
    }
}
