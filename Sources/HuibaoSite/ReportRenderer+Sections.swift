import Foundation
import HuibaoModel

extension ReportRenderer {
    func summaryRow(_ figure: IndicatorFigure) -> [String: Any] {
        let indicator = figure.indicator
        return [
            "anchor": indicatorAnchor(indicator.id), "name": indicator.name, "category": indicator.category,
            "unit": indicator.unit, "target": indicator.target.map(String.init) ?? "—",
            "value": indicator.isQuantitative ? figure.value.text : "\(figure.evidence.count) 项",
            "midtermTarget": indicator.midtermTarget.map(String.init) ?? "—", "percent": figure.percentText ?? "—",
            "expected": figure.expected.map(String.init) ?? "—",
            "status": figure.status.chineseName, "statusClass": figure.status.cssName,
        ]
    }

    /// One section per service category: its indicators with charts and evidence, then its write-ups.
    func categorySections(diagnostics: inout [Diagnostic]) -> [[String: Any]] {
        let months = figures.months(period: content.project.period, midterm: content.project.midtermEvaluation)
        let byID = Dictionary(figures.indicators.map { ($0.indicator.id, $0) }, uniquingKeysWith: { a, _ in a })
        var sections: [[String: Any]] = []
        for (number, category) in content.categories.enumerated() {
            let indicators = category.indicators.compactMap { byID[$0.id] }.map { figure -> [String: Any] in
                var row = summaryRow(figure)
                row["standard"] = figure.indicator.standard
                row["quantitative"] = figure.indicator.isQuantitative
                row["chart"] = Charts.burnUp(
                    figure, months: months, period: content.project.period, midterm: content.project.midtermEvaluation
                )
                .replacingOccurrences(of: "burnup-t", with: "burnup-\(figure.indicator.id)-t")
                .replacingOccurrences(of: "burnup-d", with: "burnup-\(figure.indicator.id)-d")
                row["evidence"] = figure.evidence.map { item -> [String: Any] in
                    [
                        "title": item.title, "date": item.date.isoText, "count": item.count.text,
                        "href": evidenceAnchor(item.source) ?? "",
                    ]
                }
                row["hasEvidence"] = !figure.evidence.isEmpty
                return row
            }
            var writeUps: [[String: Any]] = []
            for (index, activity) in activities.enumerated() where activity.category == category.name {
                writeUps.append(activitySection(activity, index: index, diagnostics: &diagnostics))
            }
            sections.append([
                "anchor": "c-\(number + 1)", "number": number + 1, "name": category.name, "indicators": indicators,
                "activities": writeUps, "hasActivities": !writeUps.isEmpty,
            ])
        }
        return sections
    }

    /// A write-up in full, or only as 内部记录 with its date, category and counts.
    func activitySection(_ activity: Activity, index: Int, diagnostics: inout [Diagnostic]) -> [String: Any] {
        let counts = Format.counts(activity, indicators: content.indicators)
        var section: [String: Any] = [
            "anchor": activityAnchor(index), "date": activity.date.chineseText, "category": activity.category,
            "counts": counts, "internal": activity.isInternal,
        ]
        guard !activity.isInternal else {
            section["title"] = "内部记录"
            return section
        }
        section["title"] = activity.title
        section["location"] = activity.location ?? ""
        section["participants"] = activity.participants.map(String.init) ?? ""
        section["staff"] = activity.staff.joined(separator: "、")
        section["companies"] = activity.companies.joined(separator: "、")
        section["body"] = embedImages(activity, diagnostics: &diagnostics)
        return section
    }

    /// The body with local images marked for embedding (`src="huibao-embed:<path>"`, filled in
    /// by ``insertEmbeddedImages(_:)`` after masking) and remote ones turned into plain links.
    func embedImages(_ activity: Activity, diagnostics: inout [Diagnostic]) -> String {
        embedImages(activity.body, page: Routes.activity(activity.slug), file: activity.file, diagnostics: &diagnostics)
    }

    /// A body rendered for `page`, written in `file`, with its images marked for embedding.
    func embedImages(_ body: RenderedBody, page: SitePath, file: String, diagnostics: inout [Diagnostic]) -> String {
        let html = EmbeddedImages.remoteAsLinks(body.html, file: file, diagnostics: &diagnostics)
        var uris: [String: String] = [:]
        for path in body.media {
            let link = Routes.media(path).link(from: page)
            guard let bytes = media[path] else { continue }
            if bytes.count > 2 * 1024 * 1024 {
                diagnostics.append(
                    .warning(
                        "report.large-image", "图片 Content/\(path) 超过 2 MB（\(bytes.count / 1024) KB），报告文件会很大；建议压缩后再生成",
                        at: SourcePosition(file: file)))
            }
            uris[link] = Self.embedMarker + path
        }
        return EmbeddedImages.replacingSources(html, uris)
    }

    /// What stands for an embedded image until the page is masked (`EmbeddedImages`).
    static let embedMarker = EmbeddedImages.marker

    /// `html` with every `src="huibao-embed:<path>"` replaced by the image's `data:` URI, in one pass.
    func insertEmbeddedImages(_ html: String) -> String { EmbeddedImages.insert(into: html, media: media) }

    func ledgerSummaries() -> [[String: Any]] {
        content.ledgers.keys.sorted().map { name in
            let ledger = content.ledgers[name]!
            let users = figures.indicators.filter {
                if case .ledger(let query) = $0.indicator.source { return query.ledger == name }
                return false
            }
            // The evaluator reads the ledger's title, not its file.
            return [
                "anchor": ledgerAnchor(name), "title": Format.ledgerTitle(name, in: content.project),
                "rows": ledger.rows.count,
                "indicators": users.map {
                    ["name": $0.indicator.name, "counted": $0.evidence.count, "value": $0.value.text]
                },
            ]
        }
    }

    func articleRow(_ article: Article, index: Int) -> [String: Any] {
        [
            "anchor": articleAnchor(index), "title": article.title, "date": article.date.isoText,
            "status": article.status.chineseName, "chars": article.body.characterCount,
            "outlets": article.outlets.map { outlet in
                [outlet.name, outlet.submitted.map { "报送 \($0.isoText)" }, outlet.published.map { "刊发 \($0.isoText)" }]
                    .compactMap { $0 }.joined(separator: " ")
            }.joined(separator: "；"),
        ]
    }

    func paymentRows() -> [[String: Any]] {
        figures.payments.map { figure in
            let installment = figure.installment
            return [
                "name": installment.name, "share": installment.share?.text ?? "",
                "amount": Format.money(installment.amount), "amountText": installment.amount.capitalized,
                "condition": installment.condition, "status": figure.status.chineseName,
                "paidOn": figure.paidOn?.chineseText ?? "",
                "paidAmount": figure.shownPaidAmount.map(Format.money) ?? "",
            ]
        }
    }

    /// The staffing floor and the budget rule in the contract's words, from project.yml.
    func contractRules() -> [String] {
        var rules: [String] = []
        let project = content.project
        if let minimum = project.staffing.minimum {
            rules.append(
                "人员配备：本项目至少配备 \(minimum) 名专职工会社会化工作人员；如需更换社工，应提前报甲方备案；甲方要求时，于 \(project.staffing.replacementDays) 日内派驻合格人员到岗。"
            )
        }
        if let share = project.budget.staffShareMin {
            let floor = project.amount.share(share, roundingUp: true)
            rules.append(
                "经费结构：用于支付社会化工作者的薪酬和福利（工资、津贴、社会保险等）不低于项目经费的 \(share.text)，即不低于 \(Format.money(floor)) 元（\(floor.capitalized)）。"
            )
        }
        return rules
    }

    /// 履约情况 at the report's date: headcount, shortfalls, the roster with names, and the budget.
    func complianceSection() -> [String: Any] {
        var section: [String: Any] = [:]
        if let staffing = figures.staffing {
            section["staffing"] =
                [
                    "minimum": staffing.minimum, "headcount": staffing.headcount, "status": staffing.status.rawValue,
                    "reason": Format.staffingReason(staffing, replacementDays: content.project.staffing.replacementDays),
                    "chart": Charts.headcount(staffing),
                    "shortfalls": staffing.shortfalls.map {
                        ["from": $0.from.isoText, "to": $0.to.isoText, "days": $0.days, "headcount": $0.headcount]
                    },
                    "roster": (content.roster ?? []).map { member -> [String: Any] in
                        [
                            "name": member.name, "joined": member.joined.isoText, "left": member.left?.isoText ?? "",
                            "signed": member.contractSigned?.isoText ?? "", "filed": member.filed?.isoText ?? "",
                            "certificate": member.certificate,
                        ]
                    },
                    "hasCertificates": (content.roster ?? []).contains { !$0.certificate.isEmpty },
                ] as [String: Any]
        }
        if let budget = figures.budget {
            section["budget"] = [
                "total": Format.money(budget.totalSpent), "totalText": budget.totalSpent.capitalized,
                "staff": Format.money(budget.staffSpent), "staffText": budget.staffSpent.capitalized,
                "share": budget.staffShareText ?? "—", "min": budget.staffShareMin.twoDecimalText,
                "floor": Format.money(budget.floor), "floorText": budget.floor.capitalized,
                "status": budget.status.rawValue,
            ]
        }
        return section
    }
}
