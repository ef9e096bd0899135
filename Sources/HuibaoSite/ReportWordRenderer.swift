import HuibaoModel
import HuibaoOffice

/// The evaluator report as a Word document (`huibao report <id> --docx`, documents.md "Word and
/// Excel"): the HTML report's sections in the same order and with the same figures — the cover,
/// a table of contents, the 自评评分表 with its blank columns, totals, 待补材料 and the seal
/// block, 项目概况 / 实施情况, the indicators (each burn-up chart as a PNG with its numbers in a
/// table under it), the write-ups with their photos, ledgers by their titles, articles,
/// payments and compliance (the headcount chart likewise), the appendix — masked for the
/// evaluator audience like the HTML.
public struct ReportWordRenderer {
    public let report: ReportRenderer
    public let imaging: DocumentImaging

    /// A chart image's width in pixels: twice the charts' 640, sharp in print.
    public static let chartWidth = 1280
    /// An SVG picture of a write-up rendered this wide.
    static let pictureWidth = 1200

    public init(report: ReportRenderer, imaging: DocumentImaging) {
        self.report = report
        self.imaging = imaging
    }

    var content: SiteContent { report.content }
    var figures: Figures { report.figures }

    /// The document, and warnings about images (remote ones, formats Word cannot show).
    public func render() -> (document: DocxDocument, diagnostics: [Diagnostic]) {
        var diagnostics: [Diagnostic] = []
        var blocks: [DocxBlock] = [.cover(cover()), .pageBreak, .tableOfContents(title: "目录"), .pageBreak]
        if let table = report.selfAssessment() { blocks += selfAssessment(table) }
        blocks += narrative(diagnostics: &diagnostics)
        blocks += summary()
        blocks += categories(diagnostics: &diagnostics)
        blocks += ledgers()
        blocks += articles()
        blocks += payments()
        blocks += appendix()
        blocks.append(
            .paragraph(
                DocxParagraph(
                    "本报告由 huibao 根据项目资料生成，数据统计截至 \(report.asOf.chineseText)。手机号、身份证号已遮盖。", style: .note)))
        let project = content.project
        let document = DocxDocument(
            title: "\(report.evaluation.name)报告 · \(project.name)", author: project.provider, blocks: blocks)
        return (document.masked(keeping: project.publicPhones), diagnostics)
    }

    // MARK: - Cover

    func cover() -> DocxCover {
        let project = content.project
        let evaluation = report.evaluation
        let basis = report.asOfAfterToday ? "报告日期晚于今天，数据只到今天" : "数据统计截至当日"
        var warnings: [String] = []
        if report.asOfAfterToday {
            warnings.append(
                "注意：报告日期晚于今天，数据只到今天。“应完成”按报告日期 \(report.asOf.chineseText) 计算，今天以后的工作尚未记录；请在报告日期之后重新生成，或用 --as-of 指定统计截止日期。"
            )
        }
        return DocxCover(
            kind: "\(evaluation.name)材料", title: project.name,
            lines: [
                .init("甲方", project.client), .init("乙方", project.provider),
                .init("服务期限", Format.period(project.period)),
                .init("服务费总金额", "\(Format.money(project.amount)) 元（\(project.amount.capitalized)）"),
                .init("评估", "\(evaluation.name)（\(evaluation.kind.chineseName)，\(evaluation.date.chineseText)）"),
                .init("报告日期", "\(report.asOf.chineseText)（\(basis)）"),
            ],
            warnings: warnings)
    }

    // MARK: - 项目概况 / 实施情况

    func narrative(diagnostics: inout [Diagnostic]) -> [DocxBlock] {
        let notes = content.narrativeNotes(asOf: report.asOf).filter { $0.summary != nil }
        guard !notes.isEmpty else { return [] }
        var blocks: [DocxBlock] = [
            .heading(level: 1, text: "项目概况 / 实施情况"),
            .paragraph(
                DocxParagraph(
                    "服务期限 \(Format.period(content.project.period))，截至 \(report.asOf.chineseText) 已过 \(figures.elapsed.elapsedDays) / \(figures.elapsed.totalDays) 天（\(figures.elapsed.percentText)）。以下按月份摘录各月月度小结中的“本月小结”（截至 \(report.asOf.chineseText) 已结束的月份）。"
                )),
        ]
        for note in notes {
            guard let summary = note.summary else { continue }
            blocks.append(.heading(level: 2, text: note.month.chineseText))
            blocks += body(summary, page: Routes.month(note.month), file: note.file, diagnostics: &diagnostics)
        }
        return blocks
    }

    // MARK: - Bodies and pictures

    /// A rendered body as Word blocks, its local images as pictures.
    func body(_ body: RenderedBody, page: SitePath, file: String, diagnostics: inout [Diagnostic]) -> [DocxBlock] {
        let html = EmbeddedImages.remoteAsLinks(body.html, file: file, diagnostics: &diagnostics)
        var paths: [String: String] = [:]
        for path in body.media { paths[Routes.media(path).link(from: page)] = path }
        var pictureWarnings: [Diagnostic] = []
        let blocks = WordBody.blocks(html) { src, alt in
            guard let path = paths[src] else { return [] }
            let (blocks, warning) = picture(path, alt: alt, file: file)
            if let warning { pictureWarnings.append(warning) }
            return blocks
        }
        diagnostics += pictureWarnings
        return blocks
    }

    /// A write-up's image as a picture: a JPEG (photos are downscaled before they get here) or
    /// PNG as it is, an SVG rendered to PNG; another format as a line naming the file.
    func picture(_ path: String, alt: String, file: String) -> ([DocxBlock], Diagnostic?) {
        let name = path.split(separator: "/").last.map(String.init) ?? path
        let description = alt.isEmpty ? name : alt
        guard let bytes = report.media[path] else {
            return ([.paragraph(DocxParagraph("［图片 \(name) 未能读取］", style: .note))], nil)
        }
        // A JPEG or PNG goes in as it is, at its own size.
        let raster =
            imaging.jpegSize(bytes).map { (DocxImage.Format.jpeg, $0) } ?? Self.pngSize(bytes).map { (.png, $0) }
        if let (format, size) = raster {
            let image = DocxImage(
                bytes: bytes, format: format, pixelWidth: size.width, pixelHeight: size.height, altText: description)
            return ([.image(image)], nil)
        }
        if path.lowercased().hasSuffix(".svg"),
            let chart = imaging.chart(String(decoding: bytes, as: UTF8.self), Self.pictureWidth)
        {
            return (
                [
                    .image(
                        DocxImage(
                            bytes: chart.png, format: .png, pixelWidth: chart.width, pixelHeight: chart.height,
                            altText: description))
                ], nil
            )
        }
        return (
            [.paragraph(DocxParagraph("［图片 \(name)：Word 文件不能显示这种格式，请看 HTML 报告或网站］", style: .note))],
            .warning(
                "report.word-image",
                "图片 Content/\(path) 的格式 Word 文件不能显示，Word 报告里只写了文件名；请改存为 JPEG 或 PNG",
                at: SourcePosition(file: file))
        )
    }

    /// A PNG's width and height, from the IHDR chunk that must come first.
    static func pngSize(_ bytes: [UInt8]) -> (width: Int, height: Int)? {
        guard bytes.count > 24, bytes.starts(with: [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]),
            Array(bytes[12..<16]) == Array("IHDR".utf8)
        else { return nil }
        func number(_ at: Int) -> Int { bytes[at..<at + 4].reduce(0) { $0 << 8 | Int($1) } }
        let (width, height) = (number(16), number(20))
        return width > 0 && height > 0 ? (width, height) : nil
    }

    /// A chart (one of `Charts`' inline SVGs) as a PNG picture with `caption`; nil when it
    /// could not be rendered (the numbers table beside it still says everything).
    func chart(_ svg: String, description: String, caption: String) -> DocxBlock? {
        guard !svg.isEmpty else { return nil }
        let document = ChartDocument.standalone(svg, stylesheet: report.templates.chartStylesheet)
        guard let image = imaging.chart(document, Self.chartWidth) else { return nil }
        return .image(
            DocxImage(
                bytes: image.png, format: .png, pixelWidth: image.width, pixelHeight: image.height,
                altText: description, caption: caption, maxHeight: DocxImage.defaultMaxHeight))
    }
}
