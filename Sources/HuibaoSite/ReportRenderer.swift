import HuibaoModel

/// Renders the evaluator report: one self-contained HTML file (inline CSS, inline SVG,
/// photos as `data:` URIs, in-page links only) under the evaluator audience's rules.
public struct ReportRenderer {
    public let content: SiteContent
    public let evaluation: Evaluation
    public let asOf: Day
    public let templates: TemplateSet
    /// The bytes of the local images the write-ups show, by path relative to `Content/`.
    public let media: [String: [UInt8]]

    /// True when the as-of date is after the day of the run: the cover then warns that the
    /// figures only reach today (today's date itself is never printed, so the bytes stay the same).
    public var asOfAfterToday = false

    /// Inside the archive (`huibao archive`): each scoring item's files, by item id, as paths
    /// from the archive's top folder; the 自评评分表 then links them. Nil outside the archive,
    /// where the item's folder name is shown as text.
    public var archiveFiles: [String: [String]]?

    /// The team site's copy under `build --keep-going`: the files left out for their errors,
    /// named in a red banner at the top (`leftOutFiles`). Empty for every report huibao writes
    /// on its own (`report`, `archive` never keep going).
    public var leftOut: [String] = []

    /// The figures of the report: the same as a public build at the same as-of date.
    let figures: Figures
    /// Write-ups in the report: no drafts, none after the as-of date.
    let activities: [Activity]
    let articles: [Article]

    /// - Parameter figures: `ReportRenderer.figures(content, asOf: asOf)`, from the figures
    ///   stage; nil computes them here.
    public init(
        content: SiteContent, evaluation: Evaluation, asOf: Day, templates: TemplateSet, media: [String: [UInt8]] = [:],
        figures: Figures? = nil
    ) {
        self.content = content
        self.evaluation = evaluation
        self.asOf = asOf
        self.templates = templates
        self.media = media
        self.figures = figures ?? Self.figures(content, asOf: asOf)
        activities = content.activities.filter { !$0.isDraft && $0.date <= asOf }
        articles = ProgressData.visibleArticles(content.articles, audience: .evaluator).filter { $0.countedOn <= asOf }
    }

    /// The report's HTML, and warnings about images (too large to embed well, or remote).
    public func render() -> (html: String, diagnostics: [Diagnostic]) {
        var diagnostics: [Diagnostic] = []
        let project = content.project
        var context: [String: Any] = [
            "css": templates.reportStylesheet,
            "project": [
                "name": project.name, "client": project.client, "provider": project.provider,
                "period": Format.period(project.period), "amount": Format.money(project.amount),
                "amountText": project.amount.capitalized, "signed": project.signed?.chineseText ?? "",
            ],
            "evaluation": [
                "name": evaluation.name, "kind": evaluation.kind.chineseName, "date": evaluation.date.chineseText,
            ],
            "reportDate": asOf.chineseText, "asOfAfterToday": asOfAfterToday,
            "elapsed": figures.elapsed.percentText, "elapsedDays": figures.elapsed.elapsedDays,
            "totalDays": figures.elapsed.totalDays,
            "summary": figures.indicators.map(summaryRow),
            "categories": categorySections(diagnostics: &diagnostics),
            "ledgers": ledgerSummaries(), "hasLedgers": !content.ledgers.isEmpty,
            "articles": articles.enumerated().map { articleRow($1, index: $0) }, "hasArticles": !articles.isEmpty,
            "payments": paymentRows(), "hasPayments": !figures.payments.isEmpty,
            "rules": contractRules(), "hasRules": !contractRules().isEmpty,
            "compliance": complianceSection(), "hasCompliance": figures.staffing != nil || figures.budget != nil,
            "appendix": activities.enumerated().map { index, activity in
                [
                    "anchor": activityAnchor(index), "date": activity.date.isoText, "category": activity.category,
                    "title": activity.isInternal ? "内部记录" : activity.title,
                ]
            },
            "figures": ProgressData.json(content, figures, audience: .evaluator),
        ]
        if let table = selfAssessment() { context["selfAssessment"] = table }
        let narrative = narrative(diagnostics: &diagnostics)
        context["narrative"] = narrative
        context["hasNarrative"] = !narrative.isEmpty
        if !leftOut.isEmpty {
            context["hasLeftOut"] = true
            context["leftOutFiles"] = leftOut
        }
        let html = templates.render(PageRenderer.withoutEmptyText(context), template: "report")
        // Masked before the images go in: the text is what can carry a number.
        let masked = PersonalData.mask(html, keeping: content.project.publicPhones)
        return (ReportMarker.insert(into: insertEmbeddedImages(masked)), diagnostics)
    }

    /// The figures a report shows at `asOf`: those of the evaluator's audience.
    public static func figures(_ content: SiteContent, asOf: Day) -> Figures {
        Figures.compute(content, asOf: asOf, audience: .evaluator)
    }

    // MARK: - Anchors

    func indicatorAnchor(_ id: String) -> String { "i-\(id)" }
    func activityAnchor(_ index: Int) -> String { "a-\(index + 1)" }
    func articleAnchor(_ index: Int) -> String { "p-\(index + 1)" }
    func ledgerAnchor(_ name: String) -> String { "l-\(Slug.cleanSegment(name))" }

    /// The in-report link for an evidence item.
    func evidenceAnchor(_ source: Evidence.Source) -> String? {
        switch source {
        case .activity(let slug):
            return activities.firstIndex { $0.slug == slug }.map { "#" + activityAnchor($0) }
        case .article(let slug):
            return articles.firstIndex { $0.slug == slug }.map { "#" + articleAnchor($0) }
        case .ledgerRow(let ledger, _):
            return "#" + ledgerAnchor(ledger)
        case .internalRecord:
            return nil
        }
    }
}
