import HuibaoModel
import HuibaoOffice

extension MonthReportRenderer {
    /// The month report in Word (documents.md "The month", "Word and Excel"): the same seven
    /// parts, in the same order and from the same values as the HTML form, with personal data
    /// masked in every text.
    /// - Parameter pictureSize: a report photo's pixel size (nil: not a picture Word can show,
    ///   such as an SVG drawing; it is left out with a line saying so).
    public func document(pictureSize: ([UInt8]) -> (width: Int, height: Int)?) -> DocxDocument {
        let project = content.project
        var warnings: [String] = []
        if isMonthOpen { warnings.append("本月尚未结束，数据截至 \(end.chineseText)。") }
        if asOfAfterToday { warnings.append("统计截止日晚于今天，数据只到今天。") }
        var document = DocxDocument(title: "\(month.chineseText)工作月报 · \(project.name)", author: project.provider)
        document.append(
            .cover(
                DocxCover(
                    kind: "\(month.chineseText)工作月报", title: project.name,
                    lines: [
                        .init("甲方", project.client), .init("乙方", project.provider), .init("月份", month.chineseText),
                        .init("数据截至", end.chineseText), .init("报送日期", date?.chineseText),
                    ], warnings: warnings)))
        document.append(.signature(DocxSignature()))
        document.append(.pageBreak)
        document.append(.tableOfContents(title: "目录"))
        document.append(.pageBreak)
        document.append(contentsOf: indicatorBlocks())
        document.append(contentsOf: activityBlocks(pictureSize: pictureSize))
        document.append(contentsOf: articleBlocks())
        document.append(contentsOf: staffBlocks())
        document.append(contentsOf: notesBlocks(pictureSize: pictureSize))
        document.append(contentsOf: errataBlocks())
        document.append(
            .paragraph(
                DocxParagraph("本月报由 huibao 根据项目资料生成，数据统计截至 \(end.chineseText)。手机号、身份证号已遮盖。", style: .note)))
        return document.masked(keeping: project.publicPhones)
    }

    /// Part 2, 指标完成情况.
    func indicatorBlocks() -> [DocxBlock] {
        let rows = indicatorRows
        let hasMidterm = rows.contains { $0.midtermTarget != "—" }
        // Weights that keep 已开展, 严重滞后 and 100.0% on one line in A4 portrait.
        var columns: [DocxTable.Column] = [
            .init("服务类别", weight: 10), .init("指标", weight: 19), .init("目标", weight: 8, alignment: .right),
        ]
        if hasMidterm { columns.append(.init("中期目标", weight: 8, alignment: .right)) }
        columns += [
            .init("本月新增", weight: 8, alignment: .right), .init("累计", weight: 8, alignment: .right),
            .init("应完成", weight: 8, alignment: .right), .init("完成率", weight: 9, alignment: .right),
            .init("状态", weight: 10),
        ]
        let behind: Set<IndicatorStatus> = [.behind, .seriouslyBehind]
        let cells = rows.map { row -> [DocxTable.Cell] in
            var cells: [DocxTable.Cell] = [.init(row.category), .init(row.name, bold: true), .init(row.target)]
            if hasMidterm { cells.append(.init(row.midtermTarget)) }
            let status =
                behind.contains(row.status)
                ? DocxRun.warning(row.status.chineseName) : DocxRun(row.status.chineseName)
            cells += [
                .init(row.increment), .init(row.cumulative), .init(row.expected), .init(row.percent), .init([[status]]),
            ]
            return cells
        }
        return [
            .heading(level: 1, text: "指标完成情况"), .paragraph(DocxParagraph("各项指标截至 \(end.chineseText) 的完成情况。")),
            .table(DocxTable(columns: columns, rows: cells)),
        ]
    }

    /// Part 3, 本月活动: the totals, then each write-up with its report photo.
    func activityBlocks(pictureSize: ([UInt8]) -> (width: Int, height: Int)?) -> [DocxBlock] {
        var blocks: [DocxBlock] = [
            .heading(level: 1, text: "本月活动"),
            .paragraph(
                DocxParagraph([
                    DocxRun(
                        "本月活动记录 \(summary.activities.count) 篇，参与人数合计 \(summary.participants)，"
                            + "服务企业 \(summary.companies.count) 家。", bold: true)
                ])),
        ]
        let entries = summary.activityEntries(indicators: content.indicators, audience: .evaluator)
        if entries.isEmpty { blocks.append(.paragraph(DocxParagraph("本月（截至 \(end.chineseText)）没有活动记录。"))) }
        for entry in entries {
            blocks.append(.heading(level: 2, text: entry.title))
            let meta =
                [entry.dateText, entry.category, entry.location]
                + (entry.participants.isEmpty ? [] : ["参与 \(entry.participants) 人"])
            blocks.append(.paragraph(DocxParagraph(meta.filter { !$0.isEmpty }.joined(separator: " · "))))
            if !entry.staff.isEmpty { blocks.append(.paragraph(DocxParagraph("工作人员：\(entry.staff)"))) }
            if !entry.counts.isEmpty { blocks.append(.paragraph(DocxParagraph("计入：\(entry.counts)"))) }
            // As in the HTML form, an internal write-up shows no photo.
            guard !entry.activity.isInternal, let path = entry.activity.reportPhoto, let bytes = media[path] else {
                continue
            }
            blocks.append(Self.picture(bytes, path: path, alt: entry.title, caption: nil, pictureSize: pictureSize))
        }
        return blocks
    }

    /// A picture block for `bytes`, or a line saying it is left out (an SVG drawing).
    static func picture(
        _ bytes: [UInt8], path: String, alt: String, caption: String?,
        pictureSize: ([UInt8]) -> (width: Int, height: Int)?
    ) -> DocxBlock {
        guard let size = pictureSize(bytes) else {
            let name = path.split(separator: "/").last.map(String.init) ?? path
            return .paragraph(
                DocxParagraph("（照片 \(name) 是 SVG 等 Word 不能直接显示的格式，Word 版未收入；请看网站或 HTML 版月报。）", style: .note))
        }
        return .image(
            DocxImage(
                bytes: bytes, format: bytes.starts(with: [0x89, 0x50, 0x4E, 0x47]) ? .png : .jpeg,
                pixelWidth: size.width,
                pixelHeight: size.height, altText: alt, caption: caption))
    }

    /// Part 4, 宣传报道.
    func articleBlocks() -> [DocxBlock] {
        var blocks: [DocxBlock] = [.heading(level: 1, text: "宣传报道")]
        let entries = summary.articleEntries
        guard !entries.isEmpty else {
            return blocks + [.paragraph(DocxParagraph("本月没有报送或刊发的稿件。"))]
        }
        blocks.append(.paragraph(DocxParagraph("本月报送、刊发稿件 \(entries.count) 篇。")))
        let rows = entries.map { entry -> [DocxTable.Cell] in
            let outlets = entry.outlets.map { outlet -> [DocxRun] in
                var text = outlet.name
                if !outlet.submitted.isEmpty { text += "，报送 \(outlet.submitted)" }
                if !outlet.published.isEmpty { text += "，刊发 \(outlet.published)" }
                return [DocxRun(text)]
            }
            return [.init(entry.title, bold: true), .init(entry.date), .init(entry.status), .init(outlets)]
        }
        blocks.append(
            .table(
                DocxTable(
                    columns: [
                        .init("标题", weight: 6), .init("日期", weight: 3), .init("状态", weight: 2),
                        .init("报送渠道", weight: 6),
                    ],
                    rows: rows)))
        return blocks
    }

    /// Part 5, 人员情况 and 未提交活动记录 (when project.yml names a roster), with names.
    func staffBlocks() -> [DocxBlock] {
        guard let staffing else { return [] }
        var headcount = "\(staffing.headcount) 人"
        if let minimum = staffing.minimum {
            headcount += "（合同要求至少 \(minimum) 人\(staffing.headcount < minimum ? "，低于要求" : "")）"
        }
        let change = { (rows: [StaffMember], day: (StaffMember) -> Day?) -> String in
            rows.isEmpty ? "无" : "\(rows.count) 人：\(MonthStaffing.namesText(rows, day: day))"
        }
        let date = staffing.date.chineseText
        var blocks: [DocxBlock] = [
            .heading(level: 1, text: "人员情况"),
            .table(
                DocxTable(
                    columns: [.init("", weight: 3), .init("", weight: 5)],
                    rows: [
                        [.init("在岗人数（\(date)）", bold: true), .init(headcount)],
                        [.init("本月入职", bold: true), .init(change(staffing.joins, \.joined))],
                        [.init("本月离职", bold: true), .init(change(staffing.departures, \.left))],
                    ], hasHeader: false)),
        ]
        if !staffing.shortfalls.isEmpty {
            let replacementDays = content.project.staffing.replacementDays
            blocks.append(.heading(level: 2, text: "低于最少人数的时段"))
            blocks.append(
                .table(
                    DocxTable(
                        columns: [
                            .init("开始", weight: 2), .init("结束", weight: 2), .init("天数", weight: 3, alignment: .right),
                            .init("最少人数", weight: 2, alignment: .right),
                        ],
                        rows: staffing.shortfalls.map { run in
                            let days =
                                "\(run.days)" + (run.days > replacementDays ? "（超过补员时限 \(replacementDays) 天）" : "")
                            return [
                                .init(run.from.isoText), .init(run.to.isoText), .init(days),
                                .init(String(run.headcount)),
                            ]
                        })))
        }
        blocks.append(.heading(level: 2, text: "未提交活动记录"))
        let names = staffing.notReported
        blocks.append(
            .paragraph(
                DocxParagraph(
                    names.isEmpty
                        ? "本月在岗的人员都有活动记录。"
                        : "本月在岗、但截至 \(date) 没有活动记录的 \(names.count) 人：\(names.joined(separator: "、"))")))
        return blocks
    }

    /// Part 7, 勘误: each changed figure of this and earlier submitted months, no file names.
    func errataBlocks() -> [DocxBlock] {
        guard !errata.isEmpty else { return [] }
        var blocks: [DocxBlock] = [.heading(level: 1, text: "勘误")]
        for month in errata {
            blocks.append(
                .paragraph(
                    DocxParagraph(
                        "\(month.month.chineseText)已报送（数据截至 \(month.asOf.chineseText)）。按同一截止日重新计算，下列数字与报送时不同：")))
            let rows = month.changes.flatMap { change in
                change.differences.map { difference -> [DocxTable.Cell] in
                    [
                        .init(change.name, bold: true), .init(difference.label), .init(difference.submitted),
                        .init(difference.current),
                    ]
                }
            }
            blocks.append(
                .table(
                    DocxTable(
                        columns: [
                            .init("指标", weight: 4), .init("项目", weight: 2), .init("报送时", weight: 2, alignment: .right),
                            .init("现在", weight: 2, alignment: .right),
                        ], rows: rows)))
        }
        return blocks
    }
}
