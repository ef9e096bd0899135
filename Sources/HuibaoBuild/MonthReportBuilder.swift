import Foundation
import HuibaoContent
import HuibaoModel
import HuibaoOffice
import HuibaoPhotos
import HuibaoSite

/// `huibao month YYYY-MM`: the month report written to a Word file (the default) or one
/// self-contained HTML file (documents.md "The month"), with `report`'s output safety.
public enum MonthReportBuilder {
    /// The form of the month report.
    public enum Format: String, Sendable {
        case docx, html
    }

    /// What `month` was asked to do.
    public struct Options: Sendable {
        public var source: URL
        public var month: Month
        /// Nil: the month's last day.
        public var asOf: Day?
        /// 报送日期 on the cover; nil leaves a blank line.
        public var date: Day?
        /// Nil: `<source>/reports/月报-YYYY-MM.docx` (`.html` for the HTML form).
        public var output: URL?
        /// Word (the default) or HTML.
        public var format: Format = .docx
        /// The day of the run: an as-of date after it is a warning (on the cover and on stderr).
        public var today: Day = Today.day()
        /// `--submit` / `--resubmit`: also write the month's record (`MonthSubmission`).
        public var submission: MonthSubmission.Mode?

        public init(source: URL, month: Month, asOf: Day? = nil, date: Day? = nil, output: URL? = nil) {
            self.source = source
            self.month = month
            self.asOf = asOf
            self.date = date
            self.output = output
        }

        /// The as-of date: the one given, else the month's last day.
        public var resolvedAsOf: Day { asOf ?? month.lastDay }
        /// D: the as-of date, or the month's last day when earlier.
        public var end: Day { min(resolvedAsOf, month.lastDay) }
    }

    /// What a month report run produced.
    public struct Outcome: Sendable {
        public var diagnostics: [Diagnostic]
        /// Nil when nothing was written (the diagnostics say why).
        public var output: URL?
        /// D, the date the figures are at.
        public var end: Day
        /// True when D is before the month's last day.
        public var isMonthOpen: Bool
        /// The record written with `--submit` / `--resubmit`.
        public var submitted: MonthSubmission.Written? = nil
    }

    /// The default file name: `月报-2025-10.docx` (`.html` for the HTML form).
    public static func defaultName(_ month: Month, format: Format = .docx) -> String {
        "月报-\(month.isoText).\(format.rawValue)"
    }

    public static func build(_ options: Options) throws(ReportBuilder.Failure) -> Outcome {
        let month = options.month
        let end = options.end
        let open = end < month.lastDay
        if end < month.firstDay {
            throw ReportBuilder.Failure(
                message: "统计截止日期 \(end.isoText) 在 \(month.chineseText)之前：这个月还没有开始；请去掉 --as-of，或写这个月里或之后的日期")
        }
        if options.submission == .submit, let refusal = MonthSubmission.refusal(month, source: options.source) {
            return Outcome(diagnostics: [refusal], output: nil, end: end, isMonthOpen: open)
        }
        var clock = StageClock(total: 3)
        let project: LoadedProject
        do {
            project = try ProjectLoader.load(source: options.source, asOf: end, clock: &clock)
        } catch {
            throw ReportBuilder.Failure(message: error.message)
        }
        if let content = project.content, let problem = periodProblem(month, end: end, period: content.project.period) {
            throw ReportBuilder.Failure(message: problem)
        }
        let target = URL(
            fileURLWithPath: OutputSafety.resolved(
                (options.output
                    ?? options.source.appendingPathComponent("reports", isDirectory: true)
                    .appendingPathComponent(defaultName(month, format: options.format))).standardizedFileURL))
        if let problem = ReportOutput.problem(target, source: options.source, isWord: options.format == .docx) {
            throw ReportBuilder.Failure(message: problem)
        }
        let lock: OutputLock
        do {
            try? FileManager.default.createDirectory(
                at: target.deletingLastPathComponent(), withIntermediateDirectories: true)
            lock = try OutputLock.acquire(for: target, what: "月报文件")
        } catch {
            throw ReportBuilder.Failure(message: error.message)
        }
        defer { withExtendedLifetime(lock) {} }
        guard project.isRenderable, var content = project.content, let templates = project.templates else {
            return Outcome(diagnostics: project.diagnostics, output: nil, end: end, isMonthOpen: open)
        }
        let review = MediaReview(content, source: options.source, audience: .evaluator)
        if let refusals = PublicationCheck.refusals(project, content: content, media: review, refused: "月报") {
            return Outcome(diagnostics: refusals, output: nil, end: end, isMonthOpen: open)
        }
        // The month handed in again carries no 勘误 of its own: this report corrects it.
        if options.submission != nil { content.submitted.errata[month] = nil }
        let summary = MonthReportRenderer.summary(content, month: month, asOf: options.resolvedAsOf)
        let media = MediaLoader.load(
            Set(MonthReportRenderer.photoPaths(summary) + MonthReportRenderer.notesImagePaths(content, month: month))
                .sorted(), content: content, source: options.source)
        var renderer = MonthReportRenderer(
            content: content, month: month, asOf: options.resolvedAsOf, templates: templates, media: media)
        renderer.date = options.date
        renderer.asOfAfterToday = options.resolvedAsOf > options.today
        let bytes: [UInt8]
        switch options.format {
        case .html: bytes = Array(renderer.render().utf8)
        case .docx:
            // Every zip entry and docProps dated D: the same content and as-of give the same bytes.
            do {
                bytes = try renderer.document(pictureSize: PhotoDownscaler.jpegSize).docx(day: end)
            } catch {
                throw ReportBuilder.Failure(message: error.message)
            }
        }
        do {
            try ReportOutput.write(bytes, to: target)
        } catch {
            throw ReportBuilder.Failure(message: error.message)
        }
        var diagnostics = project.diagnostics
        var submitted: MonthSubmission.Written?
        if let mode = options.submission {
            switch MonthSubmission.submit(content, month: month, asOf: end, source: options.source, mode: mode) {
            case .success(let written):
                submitted = written
                // This month's warnings of a change since its last record: that record is now the older one.
                let command = "huibao month \(month.isoText) --resubmit"
                diagnostics.removeAll { $0.code == "month.changed-after-submission" && $0.message.hasSuffix(command) }
            case .failure(let refusal): diagnostics.append(refusal)
            }
        }
        if options.resolvedAsOf > options.today {
            diagnostics.append(
                .warning(
                    "report.as-of-after-today",
                    "统计截止日期 \(options.resolvedAsOf.chineseText) 晚于今天，数据只到今天（封面已注明）；月末之后请重新生成",
                    at: SourcePosition(file: "Content/project.yml")))
        }
        return Outcome(
            diagnostics: diagnostics.sorted(), output: target, end: end, isMonthOpen: open, submitted: submitted)
    }

    /// Nil when `month` has days in the service period and D is not before its start, else
    /// why not, in Chinese.
    static func periodProblem(_ month: Month, end: Day, period: ServicePeriod) -> String? {
        guard month < period.start.month || month > period.end.month else {
            guard end < period.start else { return nil }
            return "统计截止日期 \(end.isoText) 在服务期开始（\(period.start.chineseText)）之前，还没有数据；请去掉 --as-of，或写服务期开始之后的日期"
        }
        return periodProblem(month, period: period)
    }

    /// Nil when `month` has days in the service period, else why not, in Chinese.
    public static func periodProblem(_ month: Month, period: ServicePeriod) -> String? {
        guard month < period.start.month || month > period.end.month else { return nil }
        return "\(month.chineseText)不在服务期限内（\(period.start.chineseText) 至 \(period.end.chineseText)）；"
            + "请写服务期限内的月份，如 \(period.start.month.isoText)"
    }
}
