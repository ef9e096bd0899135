import HuibaoModel
import HuibaoOffice

extension ProgressData {
    /// `data/indicators.xlsx`, beside the CSV: sheet 指标 (the CSV's columns), 月度 (each month
    /// and indicator as the month pages show them) and 付款 (the payment schedule as the
    /// payments page shows it). Outside the team every text is masked like the site's pages.
    public static func workbook(
        _ content: SiteContent, _ figures: Figures, months: [MonthProgress], audience: Audience
    ) -> XlsxWorkbook {
        let increments = monthIncrements(figures, months: months)
        let indicators = figures.indicators.map { figure -> XlsxSheet.Row in
            let indicator = figure.indicator
            let increment = increments[indicator.id] ?? .zero
            return XlsxSheet.Row([
                .text(indicator.id), .text(indicator.name), .text(indicator.category), .text(indicator.unit),
                indicator.target.map(XlsxCell.integer) ?? .empty,
                indicator.midtermTarget.map(XlsxCell.integer) ?? .empty,
                .quantity(increment), .quantity(figure.value),
                figure.expected.map(XlsxCell.integer) ?? .empty,
                figure.percentText.flatMap(percent).map(XlsxCell.percent) ?? .empty,
                .text(figure.status.chineseName),
            ])
        }
        var monthRows: [XlsxSheet.Row] = []
        for month in months {
            for row in month.indicators {
                monthRows.append(
                    XlsxSheet.Row([
                        .text(month.month.isoText), .text(row.indicator.id), .text(row.indicator.name),
                        .quantity(row.increment), .quantity(row.cumulative),
                        row.expected.map(XlsxCell.integer) ?? .empty,
                        .text(row.status.chineseName),
                    ]))
            }
        }
        let payments = figures.payments.map { figure -> XlsxSheet.Row in
            let installment = figure.installment
            return XlsxSheet.Row([
                .text(installment.name), installment.share.map(XlsxCell.percent) ?? .empty, .money(installment.amount),
                .text(installment.amount.capitalized), .text(installment.condition),
                .text(paymentTrigger(installment, project: content.project)), .text(figure.status.chineseName),
                figure.paidOn.map(XlsxCell.date) ?? .empty, figure.shownPaidAmount.map(XlsxCell.money) ?? .empty,
                figure.difference.map(XlsxCell.money) ?? .empty,
            ])
        }
        let workbook = XlsxWorkbook(
            title: "\(content.project.name) 服务指标（统计截至 \(figures.asOf.chineseText)）",
            sheets: [
                XlsxSheet(name: "指标", header: csvHeader, rows: indicators),
                XlsxSheet(name: "月度", header: ["月份", "指标编号", "指标", "新增", "累计", "应完成", "状态"], rows: monthRows),
                XlsxSheet(
                    name: "付款",
                    header: ["期次", "比例", "金额（元）", "大写", "付款条件", "付款时间", "状态", "支付日期", "实付（元）", "差额（元）"],
                    rows: payments, wrapped: [4]),
            ])
        if audience.showsInternalText { return workbook }
        let publicPhones = content.project.publicPhones
        return workbook.mappingTexts { PersonalData.mask($0, keeping: publicPhones) }
    }

    /// ``workbook(_:_:months:audience:)`` as the file's bytes, dated the as-of day (empty only
    /// if the in-memory zip fails, which ZIPFoundation does not do for parts this size).
    public static func xlsx(_ content: SiteContent, _ figures: Figures, months: [MonthProgress], audience: Audience)
        -> [UInt8]
    {
        (try? workbook(content, figures, months: months, audience: audience).bytes(day: figures.asOf)) ?? []
    }

    /// 本月新增 of each indicator (by id): what the as-of date's month adds, as its month page
    /// shows it; none outside the service period.
    static func monthIncrements(_ figures: Figures, months: [MonthProgress]) -> [String: Quantity] {
        guard let month = months.last(where: { $0.month == figures.asOf.month }) else { return [:] }
        return Dictionary(
            month.indicators.map { ($0.indicator.id, $0.increment) }, uniquingKeysWith: { first, _ in first })
    }

    /// The columns of `indicators.csv` and of the sheet 指标.
    static let csvHeader = ["编号", "名称", "服务类别", "单位", "目标", "中期目标", "本月新增", "完成值", "应完成", "完成率", "状态"]

    /// "111.4%" (a completion as `Ratio` writes it, negative when the value is) as an exact `Percent`.
    static func percent(_ text: String) -> Percent? {
        guard text.hasPrefix("-") else { return Percent.parse(text) }
        return Percent.parse(String(text.dropFirst())).map { Percent(hundredths: -$0.hundredths) }
    }

    /// When an installment falls due, as the payments page says it: "应付日期 2026年1月1日" or
    /// "中期评估（2025年12月15日）后".
    static func paymentTrigger(_ installment: Installment, project: Project) -> String {
        switch installment.trigger {
        case .due(let day):
            return "应付日期 \(day.chineseText)"
        case .after(let id):
            let evaluation = project.evaluation(id: id)
            return "\(evaluation?.name ?? id)（\(evaluation?.date.chineseText ?? "")）后"
        }
    }
}
