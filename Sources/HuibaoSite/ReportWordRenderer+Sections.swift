import HuibaoModel
import HuibaoOffice

/// The report's sections as Word blocks, from the same values the HTML report's template gets.
extension ReportWordRenderer {
    /// A context value as text: strings as they are, numbers written out, nothing as "".
    static func text(_ value: Any?) -> String {
        switch value {
        case let string as String: return string
        case let int as Int: return String(int)
        case nil: return ""
        case let other?: return "\(other)"
        }
    }

    static func rows(_ value: Any?) -> [[String: Any]] { value as? [[String: Any]] ?? [] }

    static func cell(_ value: Any?, bold: Bool = false) -> DocxTable.Cell { DocxTable.Cell(text(value), bold: bold) }

    // MARK: - 自评评分表

    func selfAssessment(_ table: [String: Any]) -> [DocxBlock] {
        var blocks: [DocxBlock] = [
            .heading(level: 1, text: "自评评分表"),
            .paragraph(
                DocxParagraph(
                    "依据《\(Self.text(table["scheme"]))》，按 \(Self.text(table["scoringDate"])) 的数据计算；“评估得分”“扣分原因”两列留给评估组填写。"
                )),
        ]
        // Portrait A4 holds ten columns: 数据 and 计算 share one, a manual score's note goes
        // with 人工调整. One table per dimension, under its name.
        let columns: [DocxTable.Column] = [
            .init("编号", weight: 6), .init("名称", weight: 6), .init("分值", weight: 4, alignment: .center),
            .init("评分标准", weight: 10), .init("数据 / 计算", weight: 11),
            .init("自评得分", weight: 6, alignment: .center), .init("人工调整", weight: 6), .init("需提供材料", weight: 8),
            .init("评估得分", weight: 6, alignment: .center), .init("扣分原因", weight: 6),
        ]
        for dimension in Self.rows(table["dimensions"]) {
            blocks.append(
                .paragraph(
                    DocxParagraph(
                        [DocxRun("\(Self.text(dimension["name"]))（\(Self.text(dimension["points"])) 分）", bold: true)],
                        keepWithNext: true)))
            var rows: [[DocxTable.Cell]] = []
            for item in Self.rows(dimension["items"]) {
                let score =
                    item["pending"] as? Bool == true
                    ? DocxRun("待评", color: "B35900") : DocxRun(Self.text(item["score"]))
                var adjustment: [[DocxRun]] = []
                for key in ["adjustment", "note"] {
                    if let text = item[key] as? String, !text.isEmpty { adjustment.append([DocxRun(text)]) }
                }
                var materials: [[DocxRun]] = []
                if let text = item["materials"] as? String, !text.isEmpty { materials.append([DocxRun(text)]) }
                if let files = item["archiveFiles"] as? [[String: Any]], !files.isEmpty {
                    materials.append([DocxRun("档案：" + files.map { Self.text($0["name"]) }.joined(separator: " "))])
                } else {
                    materials.append([DocxRun("档案文件夹：\(Self.text(item["folder"]))")])
                }
                rows.append([
                    Self.cell(item["id"]), Self.cell(item["name"], bold: true), Self.cell(item["points"]),
                    Self.cell(item["ruleText"]),
                    DocxTable.Cell([[DocxRun(Self.text(item["figure"]))], [DocxRun(Self.text(item["calculation"]))]]),
                    DocxTable.Cell([[score]]), DocxTable.Cell(adjustment), DocxTable.Cell(materials),
                    DocxTable.Cell(""),
                    DocxTable.Cell(""),
                ])
            }
            blocks.append(.table(DocxTable(columns: columns, rows: rows)))
        }
        if let summary = table["summary"] as? [String: Any] {
            var lines: [(String, String)] = [
                (Self.text(summary["totalLabel"]), Self.text(summary["total"])), ("等级", Self.text(summary["grade"])),
                ("合格线", "\(Self.text(summary["passLine"])) 分（\(Self.text(summary["passGrade"]))）"),
            ]
            let vetoes = Self.rows(summary["vetoes"])
            if !vetoes.isEmpty {
                lines.append(
                    (
                        "否决项",
                        vetoes.map { "\(Self.text($0["id"])) \(Self.text($0["name"]))：\(Self.text($0["applies"]))" }
                            .joined(separator: "\n")
                    ))
            }
            lines.append(("付款", Self.text(summary["tranche"])))
            if let announced = summary["announced"] as? String { lines.append(("评估得分（评估组公布）", announced)) }
            blocks.append(
                .table(
                    DocxTable(
                        columns: [.init("", weight: 1), .init("", weight: 3)],
                        rows: lines.map { [DocxTable.Cell($0.0, bold: true), DocxTable.Cell($0.1)] }, hasHeader: false))
            )
            blocks.append(.heading(level: 2, text: "待补材料"))
            let missing = Self.rows(summary["missing"])
            if missing.isEmpty {
                blocks.append(.paragraph(DocxParagraph("计入的记录都有所需的佐证材料。")))
            } else {
                var items: [DocxList.Item] = []
                for item in missing {
                    items.append(DocxList.Item([DocxRun("\(Self.text(item["id"])) \(Self.text(item["name"]))")]))
                    for unit in Self.rows(item["units"]) {
                        items.append(
                            DocxList.Item(
                                [DocxRun("\(Self.text(unit["unit"]))：缺 \(Self.text(unit["kinds"]))")], level: 1))
                    }
                }
                blocks.append(.list(DocxList(ordered: false, items: items)))
            }
        }
        var seal = DocxSignature(party: "乙方").paragraphs
        if !seal.isEmpty { seal[0] = DocxParagraph("乙方（盖章）：\(Self.text(table["provider"]))") }
        blocks.append(.paragraph(DocxParagraph("")))
        blocks += seal.map { .paragraph($0) }
        // The signed form ends its page.
        blocks.append(.pageBreak)
        return blocks
    }

    // MARK: - 指标完成情况一览

    func summary() -> [DocxBlock] {
        let rows = figures.indicators.map(report.summaryRow).map { row -> [DocxTable.Cell] in
            [
                Self.cell(row["category"]), Self.cell(row["name"], bold: true), Self.cell(row["target"]),
                Self.cell(row["value"]), Self.cell(row["midtermTarget"]), Self.cell(row["expected"]),
                Self.cell(row["percent"]), Self.cell(row["status"]),
            ]
        }
        return [
            .heading(level: 1, text: "指标完成情况一览"),
            .paragraph(
                DocxParagraph(
                    "服务期已过 \(figures.elapsed.elapsedDays) / \(figures.elapsed.totalDays) 天（\(figures.elapsed.percentText)）。"
                )),
            .table(
                DocxTable(
                    columns: [
                        .init("服务类别", weight: 7), .init("指标", weight: 10), .init("目标", weight: 4, alignment: .right),
                        .init("完成值", weight: 4, alignment: .right), .init("中期目标", weight: 4, alignment: .right),
                        .init("应完成", weight: 4, alignment: .right), .init("完成率", weight: 5, alignment: .right),
                        .init("状态", weight: 5),
                    ], rows: rows)),
        ]
    }

    // MARK: - Categories: indicators and write-ups

    func categories(diagnostics: inout [Diagnostic]) -> [DocxBlock] {
        let months = figures.months(period: content.project.period, midterm: content.project.midtermEvaluation)
        let byID = Dictionary(figures.indicators.map { ($0.indicator.id, $0) }, uniquingKeysWith: { a, _ in a })
        var blocks: [DocxBlock] = []
        for (number, category) in content.categories.enumerated() {
            blocks.append(.heading(level: 1, text: "\(number + 1). \(category.name)"))
            for figure in category.indicators.compactMap({ byID[$0.id] }) {
                blocks += indicator(figure, months: months)
            }
            let writeUps = report.activities.filter { $0.category == category.name }
            if !writeUps.isEmpty {
                blocks.append(.paragraph(DocxParagraph([DocxRun("本类活动记录", bold: true)], keepWithNext: true)))
                for activity in writeUps { blocks += self.activity(activity, diagnostics: &diagnostics) }
            }
        }
        return blocks
    }

    func indicator(_ figure: IndicatorFigure, months: [MonthProgress]) -> [DocxBlock] {
        let row = report.summaryRow(figure)
        let indicator = figure.indicator
        var blocks: [DocxBlock] = [.heading(level: 2, text: indicator.name)]
        if !indicator.standard.isEmpty {
            blocks.append(.paragraph(DocxParagraph("服务标准：\(indicator.standard)")))
        }
        let unit = indicator.unit
        let numbers =
            indicator.isQuantitative
            ? "目标 \(Self.text(row["target"]))\(unit)，完成 \(Self.text(row["value"]))\(unit)，应完成 \(Self.text(row["expected"]))\(unit)，完成率 \(Self.text(row["percent"]))，"
            : "依据 \(Self.text(row["value"]))，"
        blocks.append(
            .paragraph(DocxParagraph([DocxRun(numbers + "状态："), DocxRun(Self.text(row["status"]), bold: true)])))
        if indicator.isQuantitative {
            let svg = Charts.burnUp(
                figure, months: months, period: content.project.period, midterm: content.project.midtermEvaluation)
            let description =
                "\(indicator.name)：目标 \(indicator.target.map(String.init) ?? "")\(unit)，截至 \(months.last.map { $0.end.chineseText } ?? "")完成 \(figure.value.text)\(unit)。实线为每月末累计完成值，虚线为应完成进度。"
            if let chart = chart(
                svg, description: description, caption: "图：\(indicator.name)进度（实线为每月末累计完成值，虚线为应完成进度；数字见下表）")
            {
                blocks.append(chart)
            }
            blocks.append(burnUpTable(figure, months: months))
        }
        if figure.evidence.isEmpty {
            blocks.append(.paragraph(DocxParagraph("截至报告日期尚无计入的依据。")))
        } else {
            blocks.append(
                .table(
                    DocxTable(
                        columns: [
                            .init("日期", weight: 2), .init("依据", weight: 7), .init("计入", weight: 1, alignment: .right),
                        ],
                        rows: figure.evidence.map {
                            [Self.cell($0.date.isoText), Self.cell($0.title), Self.cell($0.count.text)]
                        })))
        }
        return blocks
    }

    /// The burn-up chart's numbers: each month's addition, the value at its end (the solid
    /// line's points) and what was expected by then (the dashed line).
    func burnUpTable(_ figure: IndicatorFigure, months: [MonthProgress]) -> DocxBlock {
        let rows = months.compactMap { month -> [DocxTable.Cell]? in
            guard let line = month.indicators.first(where: { $0.indicator.id == figure.indicator.id }) else {
                return nil
            }
            return [
                Self.cell(month.month.chineseText), Self.cell(month.end.isoText), Self.cell(line.increment.text),
                Self.cell(line.cumulative.text), Self.cell(line.expected.map(String.init) ?? "—"),
                Self.cell(line.status.chineseName),
            ]
        }
        return .table(
            DocxTable(
                columns: [
                    .init("月份", weight: 3), .init("截至", weight: 3), .init("本月新增", weight: 2, alignment: .right),
                    .init("累计完成", weight: 2, alignment: .right), .init("应完成", weight: 2, alignment: .right),
                    .init("状态", weight: 2),
                ], rows: rows))
    }

    /// A write-up: its title in bold (not a heading, so the table of contents lists the
    /// sections and indicators as the HTML report's does), its facts, its body with photos.
    func activity(_ activity: Activity, diagnostics: inout [Diagnostic]) -> [DocxBlock] {
        let counts = Format.counts(activity, indicators: content.indicators)
        var place = "\(activity.date.chineseText) · \(activity.category)"
        var facts: [String] = []
        if !activity.isInternal {
            if let location = activity.location, !location.isEmpty { place += " · \(location)" }
            if let participants = activity.participants { place += " · 参与 \(participants) 人" }
            if !activity.companies.isEmpty { facts.append("服务企业：\(activity.companies.joined(separator: "、"))") }
            if !activity.staff.isEmpty { facts.append("工作人员：\(activity.staff.joined(separator: "、"))") }
        }
        if !counts.isEmpty { facts.append("计入：\(counts)") }
        var blocks: [DocxBlock] = [
            .paragraph(
                DocxParagraph(
                    [DocxRun(activity.isInternal ? "内部记录" : activity.title, bold: true)], keepWithNext: true))
        ]
        for line in [place] + facts {
            blocks.append(
                .paragraph(DocxParagraph([DocxRun(line)], style: .note, alignment: .left, keepWithNext: true)))
        }
        guard !activity.isInternal else { return blocks }
        return blocks
            + body(activity.body, page: Routes.activity(activity.slug), file: activity.file, diagnostics: &diagnostics)
    }

    // MARK: - Ledgers, articles, payments, appendix

    func ledgers() -> [DocxBlock] {
        let ledgers = report.ledgerSummaries()
        guard !ledgers.isEmpty else { return [] }
        var blocks: [DocxBlock] = [.heading(level: 1, text: "台账汇总")]
        for ledger in ledgers {
            blocks.append(.heading(level: 2, text: Self.text(ledger["title"])))
            blocks.append(.paragraph(DocxParagraph("共 \(Self.text(ledger["rows"])) 行。")))
            let users = Self.rows(ledger["indicators"])
            if !users.isEmpty {
                blocks.append(
                    .list(
                        DocxList(
                            ordered: false,
                            items: users.map {
                                DocxList.Item([
                                    DocxRun(
                                        "\(Self.text($0["name"]))：计入 \(Self.text($0["counted"])) 行，合计 \(Self.text($0["value"]))"
                                    )
                                ])
                            })))
            }
        }
        return blocks
    }

    func articles() -> [DocxBlock] {
        guard !report.articles.isEmpty else { return [] }
        let rows = report.articles.enumerated().map { report.articleRow($1, index: $0) }.map {
            row -> [DocxTable.Cell] in
            [
                Self.cell(row["title"], bold: true), Self.cell(row["date"]), Self.cell(row["status"]),
                Self.cell(row["chars"]),
                Self.cell(row["outlets"]),
            ]
        }
        return [
            .heading(level: 1, text: "宣传稿件（已报送、已刊发）"),
            .table(
                DocxTable(
                    columns: [
                        .init("标题", weight: 6), .init("日期", weight: 3), .init("状态", weight: 2),
                        .init("字数", weight: 2, alignment: .right), .init("报送渠道", weight: 5),
                    ], rows: rows)),
        ]
    }

    func payments() -> [DocxBlock] {
        var blocks: [DocxBlock] = [.heading(level: 1, text: "付款与履约要求")]
        let payments = report.paymentRows()
        if !payments.isEmpty {
            let rows = payments.map { row -> [DocxTable.Cell] in
                var status = [[DocxRun(Self.text(row["status"]))]]
                if let paidOn = row["paidOn"] as? String, !paidOn.isEmpty { status.append([DocxRun(paidOn)]) }
                if let paid = row["paidAmount"] as? String, !paid.isEmpty { status.append([DocxRun("实付 \(paid) 元")]) }
                return [
                    Self.cell(row["name"], bold: true), Self.cell(row["share"]), Self.cell(row["amount"]),
                    Self.cell(row["amountText"]), Self.cell(row["condition"]), DocxTable.Cell(status),
                ]
            }
            blocks.append(
                .table(
                    DocxTable(
                        columns: [
                            .init("期次", weight: 3), .init("比例", weight: 2, alignment: .right),
                            .init("金额（元）", weight: 4, alignment: .right), .init("大写", weight: 5),
                            .init("付款条件", weight: 5),
                            .init("状态", weight: 3),
                        ], rows: rows)))
        }
        if figures.staffing != nil || figures.budget != nil {
            blocks.append(.heading(level: 2, text: "履约情况"))
            if let staffing = figures.staffing { blocks += self.staffing(staffing) }
            if let budget = report.complianceSection()["budget"] as? [String: Any] {
                let b = { (key: String) in Self.text(budget[key]) }
                blocks.append(
                    .paragraph(
                        DocxParagraph(
                            "经费结构：已支出 \(b("total")) 元（\(b("totalText"))），其中薪酬福利 \(b("staff")) 元（\(b("staffText"))），占 \(b("share"))，合同要求不低于 \(b("min"))（全期下限 \(b("floor")) 元，\(b("floorText"))），\(b("status"))。"
                        )))
            }
        }
        let rules = report.contractRules()
        if !rules.isEmpty {
            blocks.append(.heading(level: 2, text: "合同中的人员和经费要求"))
            blocks.append(.list(DocxList(ordered: false, items: rules.map { DocxList.Item([DocxRun($0)]) })))
        }
        return blocks
    }

    func staffing(_ staffing: StaffingFigures) -> [DocxBlock] {
        let reason = Format.staffingReason(staffing, replacementDays: content.project.staffing.replacementDays)
        var blocks: [DocxBlock] = [
            .paragraph(
                DocxParagraph(
                    "人员配备：合同要求至少 \(staffing.minimum) 人，报告日在岗 \(staffing.headcount) 人，\(staffing.status.rawValue)\(reason.isEmpty ? "" : "：\(reason)")。"
                ))
        ]
        let description =
            "人员数量：最少 \(staffing.minimum) 人，截至 \(staffing.daily.last?.day.chineseText ?? "") \(staffing.headcount) 人，\(staffing.status.rawValue)"
        if let chart = chart(
            Charts.headcount(staffing), description: description,
            caption: "图：人员数量变化（实线为在岗人数，虚线为最少人数，浅红底为低于最少人数的时段；数字见下表）")
        {
            blocks.append(chart)
        }
        // The chart's numbers: each stretch of days with the same headcount.
        var runs: [(from: Day, to: Day, count: Int)] = []
        for (day, count) in staffing.daily {
            if let last = runs.last, last.count == count {
                runs[runs.count - 1].to = day
            } else {
                runs.append((day, day, count))
            }
        }
        blocks.append(
            .table(
                DocxTable(
                    columns: [
                        .init("起", weight: 3), .init("止", weight: 3), .init("在岗人数", weight: 2, alignment: .right),
                        .init("与最少人数相比", weight: 3),
                    ],
                    rows: runs.map { run in
                        [
                            Self.cell(run.from.isoText), Self.cell(run.to.isoText), Self.cell(run.count),
                            Self.cell(run.count < staffing.minimum ? "低于最少人数（\(staffing.minimum) 人）" : "不低于最少人数"),
                        ]
                    })))
        let roster = content.roster ?? []
        // 社工证 only when the roster has that column filled in somewhere (evaluator documents).
        let certificates = roster.contains { !$0.certificate.isEmpty }
        if !roster.isEmpty {
            blocks.append(
                .table(
                    DocxTable(
                        columns: [
                            .init("姓名", weight: 2), .init("入职日期", weight: 3), .init("离职日期", weight: 3),
                            .init("劳动合同签订", weight: 3), .init("备案日期", weight: 3),
                        ] + (certificates ? [.init("社工证", weight: 3)] : []),
                        rows: roster.map { member in
                            [
                                Self.cell(member.name, bold: true), Self.cell(member.joined.isoText),
                                Self.cell(member.left?.isoText), Self.cell(member.contractSigned?.isoText),
                                Self.cell(member.filed?.isoText),
                            ] + (certificates ? [Self.cell(member.certificate)] : [])
                        })))
        }
        for run in staffing.shortfalls {
            blocks.append(
                .paragraph(
                    DocxParagraph(
                        "低于最少人数：\(run.from.isoText) 至 \(run.to.isoText)，共 \(run.days) 天，最少 \(run.headcount) 人。")))
        }
        return blocks
    }

    func appendix() -> [DocxBlock] {
        [
            .heading(level: 1, text: "附录：活动记录一览"),
            .table(
                DocxTable(
                    columns: [.init("日期", weight: 2), .init("活动", weight: 6), .init("服务类别", weight: 3)],
                    rows: report.activities.map { activity in
                        [
                            Self.cell(activity.date.isoText), Self.cell(activity.isInternal ? "内部记录" : activity.title),
                            Self.cell(activity.category),
                        ]
                    })),
        ]
    }
}
