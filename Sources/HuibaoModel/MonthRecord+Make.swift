extension MonthRecord {
    /// The record `month --submit` writes: `month`'s figures at `asOf` (at most the month's last
    /// day) and the digest of each write-up, article and ledger row that counted in it; nil when
    /// the month is not in the service period up to that date. `digest` is the SHA-256 of a unit
    /// (the edges read the files). `shared`: figures of `content` for the team's audience at a
    /// later date, used instead of computing them again when they give the same month (the
    /// record's date is the month's last day, or theirs).
    public static func make(
        _ content: SiteContent, month: Month, asOf: Day, digest: (MonthUnit) -> String, sharing shared: Figures? = nil
    ) -> MonthRecord? {
        let day = min(asOf, month.lastDay)
        let project = content.project
        // The team's audience keeps every unit's own source (internal write-ups included); the
        // figures are the same for every audience.
        let figures =
            shared.flatMap { $0.asOf == day || ($0.asOf > day && day == month.lastDay) ? $0 : nil }
            ?? teamFigures(content, asOf: day)
        guard
            let progress = figures.months(period: project.period, midterm: project.midtermEvaluation)
                .first(where: { $0.month == month })
        else { return nil }
        let indicators = progress.indicators.map {
            Figure(
                id: $0.indicator.id, name: $0.indicator.name, increment: $0.increment, cumulative: $0.cumulative,
                expected: $0.expected, status: $0.status)
        }
        var activitySlugs: Set<String> = []
        var articleSlugs: Set<String> = []
        var ledgerRows: Set<LedgerLine> = []
        for figure in figures.indicators {
            for item in figure.evidence where item.date.month == month && item.date <= day {
                switch item.source {
                case .activity(let slug): activitySlugs.insert(slug)
                case .article(let slug): articleSlugs.insert(slug)
                case .ledgerRow(let ledger, let line): ledgerRows.insert(LedgerLine(ledger: ledger, line: line))
                case .internalRecord: break
                }
            }
        }
        var files: [String: String] = [:]
        for activity in content.activities where activity.date.month == month && activitySlugs.contains(activity.slug) {
            files[activity.file] = digest(.file(activity.file))
        }
        for article in content.articles where articleSlugs.contains(article.slug) {
            files[article.file] = digest(.file(article.file))
        }
        var rows: [Row] = []
        for name in Set(ledgerRows.map(\.ledger)) {
            guard let ledger = content.ledgers[name] else { continue }
            for row in ledger.rows where ledgerRows.contains(LedgerLine(ledger: name, line: row.line)) {
                rows.append(Row(file: ledger.file, line: row.line, sha256: digest(.cells(row.cells))))
            }
        }
        rows.sort { $0.file != $1.file ? $0.file.utf8.lexicographicallyPrecedes($1.file.utf8) : $0.line < $1.line }
        return MonthRecord(month: month, asOf: day, indicators: indicators, files: files, rows: rows)
    }

    /// The figures a record is made from: every unit keeps its own source.
    public static func teamFigures(_ content: SiteContent, asOf: Day) -> Figures {
        Figures.compute(content, asOf: asOf, audience: .team(drafts: false))
    }

    private struct LedgerLine: Hashable {
        var ledger: String
        var line: Int
    }
}
