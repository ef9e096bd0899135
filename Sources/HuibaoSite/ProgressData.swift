import HuibaoModel

/// The machine-readable figures: `data/progress.json` and `data/indicators.csv`.
public enum ProgressData {
    /// `progress.json` as the spec lays it out; `articles` lists those the audience may see.
    public static func json(_ content: SiteContent, _ figures: Figures, audience: Audience) -> String {
        value(content, figures, audience: audience, cache: nil).serialized()
    }

    /// ``json(_:_:audience:)`` as the UTF-8 bytes of the file.
    /// - Parameter cache: evidence lists written by an earlier call (the live preview's), reused
    ///   where an indicator's evidence did not change.
    public static func jsonBytes(
        _ content: SiteContent, _ figures: Figures, audience: Audience, cache: EvidenceJSONCache? = nil
    ) -> [UInt8] {
        value(content, figures, audience: audience, cache: cache).serializedBytes()
    }

    /// An indicator's `evidence` list, at its depth in progress.json (indicators → item → list).
    static func evidence(_ items: [Evidence], of id: String, cache: EvidenceJSONCache?) -> JSONValue {
        func make() -> JSONValue {
            .array(
                items.map { item in
                    .object([
                        ("title", .string(item.title)), ("date", .string(item.date.isoText)),
                        ("count", .number(item.count.text)), ("url", .optional(Routes.evidenceURL(item.source))),
                    ])
                })
        }
        guard let cache else { return make() }
        return .raw(cache.bytes(for: id, items: items) { make().serializedBytes(depth: 3) })
    }

    static func value(
        _ content: SiteContent, _ figures: Figures, audience: Audience, cache: EvidenceJSONCache?
    ) -> JSONValue {
        let project = content.project
        let indicators = figures.indicators.map { figure -> JSONValue in
            let indicator = figure.indicator
            return .object([
                ("id", .string(indicator.id)), ("name", .string(indicator.name)),
                ("category", .string(indicator.category)), ("unit", .string(indicator.unit)),
                ("target", indicator.target.map { .number(String($0)) } ?? .null),
                ("value", .number(figure.value.text)),
                ("expected", figure.expected.map { .number(String($0)) } ?? .null),
                ("percent", .optional(figure.percentText)),
                ("status", .string(figure.status.chineseName)),
                ("evidence", evidence(figure.evidence, of: indicator.id, cache: cache)),
            ])
        }
        let payments = figures.payments.map { figure -> JSONValue in
            let installment = figure.installment
            return .object([
                ("id", .string(installment.id)), ("name", .string(installment.name)),
                ("amount", .string(installment.amount.decimalString)),
                ("amount_text", .string(installment.amount.capitalized)),
                ("condition", .string(installment.condition)),
                ("status", .string(figure.status.chineseName)),
                ("paid_on", .optional(figure.paidOn?.isoText)),
                ("paid_amount", .optional(figure.paidAmount?.decimalString)),
            ])
        }
        let articles = visibleArticles(content.articles, audience: audience).map { article -> JSONValue in
            .object([
                ("title", .string(article.title)), ("date", .string(article.date.isoText)),
                ("status", .string(article.status.chineseName)),
                ("chars", .number(String(article.body.characterCount))),
                ("url", .string(Routes.article(article.slug).url)),
                (
                    "outlets",
                    .array(
                        article.outlets.map { outlet in
                            .object([
                                ("name", .string(outlet.name)), ("submitted", .optional(outlet.submitted?.isoText)),
                                ("published", .optional(outlet.published?.isoText)), ("url", .optional(outlet.url)),
                            ])
                        })
                ),
            ])
        }
        return JSONValue.object([
            ("as_of", .string(figures.asOf.isoText)),
            (
                "project",
                .object([
                    ("name", .string(project.name)), ("client", .string(project.client)),
                    ("provider", .string(project.provider)),
                    (
                        "period",
                        .object([
                            ("start", .string(project.period.start.isoText)),
                            ("end", .string(project.period.end.isoText)),
                        ])
                    ),
                    ("amount", .string(project.amount.decimalString)),
                ])
            ),
            ("indicators", .array(indicators)),
            ("payments", .array(payments)),
            ("articles", .array(articles)),
            ("compliance", compliance(figures)),
            ("scoring", scoring(content, figures)),
        ])
    }

    /// `compliance: {staffing, budget}`; a part without its ledger is null, never guessed.
    static func compliance(_ figures: Figures) -> JSONValue {
        let staffingJSON: JSONValue =
            figures.staffing.map { staffing in
                .object([
                    ("minimum", .number(String(staffing.minimum))), ("headcount", .number(String(staffing.headcount))),
                    ("status", .string(staffing.status.rawValue)),
                    (
                        "shortfalls",
                        .array(
                            staffing.shortfalls.map { run in
                                .object([
                                    ("from", .string(run.from.isoText)), ("to", .string(run.to.isoText)),
                                    ("days", .number(String(run.days))), ("headcount", .number(String(run.headcount))),
                                ])
                            })
                    ),
                ])
            } ?? .null
        let budgetJSON: JSONValue =
            figures.budget.map { budget in
                .object([
                    ("staff_share_min", .string(budget.staffShareMin.twoDecimalText)),
                    ("total_spent", .string(budget.totalSpent.decimalString)),
                    ("staff_spent", .string(budget.staffSpent.decimalString)),
                    ("staff_share", .optional(budget.staffShareText)), ("floor", .string(budget.floor.decimalString)),
                    ("status", .string(budget.status.rawValue)),
                ])
            } ?? .null
        return .object([("staffing", staffingJSON), ("budget", budgetJSON)])
    }

    /// Articles an audience sees: all on the team's site, only submitted ones outside it.
    public static func visibleArticles(_ articles: [Article], audience: Audience) -> [Article] {
        if case .team = audience { return articles }
        return articles.filter { $0.status.isSubmitted }
    }

    /// `indicators.csv`: UTF-8 with a BOM and CRLF, so Excel opens it in Chinese. Text the
    /// user wrote is guarded against formula injection (`CSVCell`); the figures huibao formats
    /// itself stay numbers, so a negative value still sorts and sums in Excel.
    /// 本月新增 is what the as-of date's month adds (as on its month page; 0 outside the period).
    public static func csv(_ figures: Figures, months: [MonthProgress]) -> [UInt8] {
        var lines = [csvHeader.map(CSVCell.text)]
        let increments = monthIncrements(figures, months: months)
        for figure in figures.indicators {
            let indicator = figure.indicator
            let increment = increments[indicator.id] ?? .zero
            lines.append([
                .text(indicator.id), .text(indicator.name), .text(indicator.category), .text(indicator.unit),
                .number(indicator.target.map(String.init) ?? ""),
                .number(indicator.midtermTarget.map(String.init) ?? ""),
                .number(increment.text), .number(figure.value.text),
                .number(figure.expected.map(String.init) ?? ""), .number(figure.percentText ?? ""),
                .text(figure.status.chineseName),
            ])
        }
        let text = lines.map { $0.map(\.field).joined(separator: ",") }.joined(separator: "\r\n") + "\r\n"
        return [0xEF, 0xBB, 0xBF] + Array(text.utf8)
    }
}
