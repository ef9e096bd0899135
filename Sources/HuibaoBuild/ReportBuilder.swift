import Foundation
import HuibaoModel
import HuibaoSite

/// `huibao report`: one evaluator report written to a file, optionally printed to PDF.
public enum ReportBuilder {
    /// What `report` was asked to do.
    public struct Options: Sendable {
        public var source: URL
        public var evaluationID: String
        /// Nil: the evaluation's date.
        public var asOf: Day?
        /// Nil: `<source>/reports/<id>.html`.
        public var output: URL?
        /// The day of the run: an as-of date after it is a warning (on the cover and on stderr).
        public var today: Day = Today.day()
        /// Also a PDF: see `ReportOutput.targets` for which name is which.
        public var pdf: Bool
        /// The report in Word (.docx) instead of HTML (`--docx`); default `<source>/reports/<id>.docx`.
        public var docx = false
        /// Also the 评分表 (.xlsx): see `ReportOutput.workbookTargets` for where.
        public var xlsx: Bool

        public init(
            source: URL, evaluationID: String, asOf: Day? = nil, output: URL? = nil, pdf: Bool = false,
            xlsx: Bool = false
        ) {
            self.source = source
            self.evaluationID = evaluationID
            self.asOf = asOf
            self.output = output
            self.pdf = pdf
            self.xlsx = xlsx
        }
    }

    /// What a report run produced.
    public struct Outcome: Sendable {
        public var diagnostics: [Diagnostic]
        public var output: URL?
        public var asOf: Day?
        /// Where the PDF is to be printed (with `pdf`): checked like the HTML, not yet written.
        public var pdf: URL?
        /// The 评分表 written (with `xlsx`).
        public var workbook: URL?
    }

    public struct Failure: Error, Sendable {
        public var message: String
    }

    public static func build(_ options: Options) throws(Failure) -> Outcome {
        // Loaded once: the checks run at the report's date, found in what parsed.
        var clock = StageClock(total: 3)
        let loaded: ProjectLoader.ForEvaluation
        do {
            loaded = try ProjectLoader.load(
                source: options.source, evaluationID: options.evaluationID, asOf: options.asOf, clock: &clock)
        } catch {
            throw Failure(message: error.message)
        }
        let project = loaded.project
        guard let evaluation = loaded.evaluation, let asOf = loaded.asOf else {
            return Outcome(diagnostics: project.diagnostics, output: nil, asOf: nil, pdf: nil)
        }
        // Where to write, checked (and locked) before the slow part.
        if options.docx && options.pdf {
            throw Failure(message: "--docx 和 --pdf 不能同时使用：Word 文件请在 Word 或 WPS 里另存为 PDF")
        }
        let requested =
            options.output
            ?? options.source.appendingPathComponent("reports", isDirectory: true)
            .appendingPathComponent(Routes.segment(evaluation.id) + (options.docx ? ".docx" : ".html"))
        let workbookTargets =
            options.xlsx ? ReportOutput.workbookTargets(requested, report: options.docx ? "docx" : "html") : nil
        let main = workbookTargets?.html ?? requested
        if options.docx, main.pathExtension.lowercased() != "docx", !main.hasDirectoryPath {
            throw Failure(
                message:
                    "Word 报告的文件名要以 .docx 结尾（\(main.path)），Word 和 WPS 靠扩展名认出文件；请改为 \(main.deletingPathExtension().lastPathComponent).docx"
            )
        }
        let targets = ReportOutput.targets(html: main, pdf: options.pdf)
        if let problem = ReportOutput.problem(targets.html, source: options.source, isWord: options.docx) {
            throw Failure(message: problem)
        }
        if let pdf = targets.pdf, let problem = ReportOutput.problem(pdf, source: options.source, isPDF: true) {
            throw Failure(message: problem)
        }
        if let workbook = workbookTargets?.workbook,
            let problem = ReportOutput.workbookProblem(workbook, source: options.source)
        {
            throw Failure(message: problem)
        }
        let output = URL(fileURLWithPath: OutputSafety.resolved(targets.html.standardizedFileURL))
        let lock: OutputLock
        let workbook = try workbookTargets.map { targets throws(Failure) in try lockWorkbook(targets.workbook) }
        do {
            try? FileManager.default.createDirectory(
                at: output.deletingLastPathComponent(), withIntermediateDirectories: true)
            lock = try OutputLock.acquire(for: output, what: "报告文件")
        } catch {
            throw Failure(message: error.message)
        }
        defer { withExtendedLifetime((lock, workbook)) {} }
        guard project.isRenderable, let content = project.content, let templates = project.templates else {
            return Outcome(diagnostics: project.diagnostics, output: nil, asOf: asOf, pdf: nil)
        }
        if workbook != nil, content.scoring.schemes[evaluation.id] == nil {
            throw Failure(message: Self.noSchemeMessage(evaluation))
        }
        let figures = clock.run(SiteBuilder.figuresStage) { ReportRenderer.figures(content, asOf: asOf) }
        let bytes: [UInt8]
        let warnings: [Diagnostic]
        let rendered =
            options.docx
            ? try renderWord(
                project, content: content, templates: templates, evaluation: evaluation, asOf: asOf,
                figures: figures, source: options.source, today: options.today)
            : render(
                project, content: content, templates: templates, evaluation: evaluation, asOf: asOf,
                figures: figures, source: options.source, today: options.today
            ).map { (bytes: Array($0.html.utf8), warnings: $0.warnings) }
        switch rendered {
        case .failure(let refusal): return Outcome(diagnostics: refusal.diagnostics, output: nil, asOf: asOf, pdf: nil)
        case .success(let result): (bytes, warnings) = result
        }
        do {
            try ReportOutput.write(bytes, to: output)
        } catch {
            throw Failure(message: error.message)
        }
        if let workbook {
            try writeWorkbook(content, evaluation: evaluation, asOf: asOf, figures: figures, to: workbook.file)
        }
        return Outcome(
            diagnostics: (project.diagnostics + warnings).sorted(), output: output, asOf: asOf,
            pdf: targets.pdf.map { URL(fileURLWithPath: OutputSafety.resolved($0.standardizedFileURL)) },
            workbook: workbook?.file)
    }

    /// The report dated after today (by default the evaluation's date, still to come): its
    /// figures stop today while 应完成 is computed for the later date.
    static func futureAsOfWarning(asOf: Day, today: Day, evaluation: Evaluation) -> Diagnostic? {
        guard asOf > today else { return nil }
        return .warning(
            "report.as-of-after-today",
            "报告日期 \(asOf.chineseText) 晚于今天，数据只到今天（封面已注明）；“应完成”按报告日期计算。"
                + (asOf == evaluation.date ? "\(evaluation.name)日期尚未到，" : "")
                + "如需按今天统计，请加 --as-of 今天的日期；正式提交请在报告日期之后重新生成",
            at: SourcePosition(file: "Content/project.yml"))
    }
}
