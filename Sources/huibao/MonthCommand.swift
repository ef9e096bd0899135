import ArgumentParser
import Foundation
import HuibaoBuild
import HuibaoModel

/// `huibao month YYYY-MM`: the month report (月报) for 甲方, in Word by default or as one
/// self-contained HTML file (documents.md "The month").
struct MonthCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "month", abstract: "生成某个月的工作月报：默认是 Word 文件（.docx），加 --html 生成可离线打开、可打印的 HTML 文件。")

    @Argument(help: ArgumentHelp("月份，如 2025-10", valueName: "YYYY-MM"))
    var month: String

    @Option(name: .long, help: ArgumentHelp("项目文件夹（包含 Content/）", valueName: "DIR"))
    var source: String = "."

    @Option(name: .customLong("as-of"), help: ArgumentHelp("统计截止日期（默认：这个月的最后一天）", valueName: "YYYY-MM-DD"))
    var asOf: String?

    @Option(name: .long, help: ArgumentHelp("封面上的报送日期（默认留空，手写）", valueName: "YYYY-MM-DD"))
    var date: String?

    @Option(
        name: .long,
        help: ArgumentHelp(
            "输出文件（默认：项目文件夹下的 reports/月报-YYYY-MM.docx，加 --html 时为 .html）；扩展名 .docx 或 .html 决定格式。不能在 Content/、Templates/ 里，也不会覆盖不是 huibao 生成的文件",
            valueName: "FILE"))
    var output: String?

    @Flag(name: .long, help: "Word 格式（.docx，默认）：A4，带目录、页码和盖章签字栏，可用 Word 或 WPS 打开")
    var docx = false

    @Flag(name: .long, help: "HTML 格式：一个可离线打开、可打印（A4，带页码）的文件")
    var html = false

    @Flag(name: .long, help: "报送：同时在 Content/submitted/YYYY-MM.json 记下报送的数字；已报送过的月份会被拒绝")
    var submit = false

    @Flag(name: .long, help: "改报：重新报送已报送过的月份，原记录改名保留为 YYYY-MM.v1.json（v2、…）")
    var resubmit = false

    /// A `YYYY-MM-DD` option as a day, or a usage error in Chinese.
    static func day(_ text: String?, option: String) throws -> Day? {
        guard let text else { return nil }
        guard let day = Day.parse(text) else {
            throw ValidationError("\(option) 应为日期，如 2025-10-31，这里是“\(text)”")
        }
        return day
    }

    func run() throws {
        guard let month = Month(isoText: self.month) else {
            throw ValidationError("月份应写成 年-月，如 2025-10，这里是“\(self.month)”")
        }
        if submit && resubmit { throw ValidationError("--submit 和 --resubmit 只能选一个") }
        let asOf = try Self.day(asOf, option: "--as-of")
        let date = try Self.day(date, option: "--date")
        let format = try Self.format(docx: docx, html: html, output: output)
        let outcome: MonthReportBuilder.Outcome
        var options = MonthReportBuilder.Options(
            source: URL(fileURLWithPath: source, isDirectory: true), month: month, asOf: asOf, date: date,
            output: output.map { URL(fileURLWithPath: $0) })
        options.format = format
        options.submission = submit ? .submit : resubmit ? .resubmit : nil
        do {
            outcome = try MonthReportBuilder.build(options)
        } catch {
            Console.error("错误: \(error.message)")
            throw ExitCode(2)
        }
        for diagnostic in outcome.diagnostics { Console.error(diagnostic.formatted) }
        guard let file = outcome.output else {
            Console.error(
                outcome.diagnostics.contains { $0.code == "month.already-submitted" }
                    ? "没有生成月报，也没有写报送记录。" : "内容有错误，没有生成月报。")
            throw ExitCode(1)
        }
        let kind = format == .docx ? "月报（Word）" : "月报（HTML）"
        print("已生成\(month.chineseText)\(kind) → \(file.path)（数据截至 \(outcome.end.chineseText)）")
        if outcome.isMonthOpen {
            print("注意：本月尚未结束，数据截至 \(outcome.end.chineseText)（封面已注明）；月末之后请重新生成。")
        }
        if submit || resubmit {
            guard let written = outcome.submitted else {
                Console.error("月报已生成，但报送记录没有写成（见上面的错误）；请处理后再运行一次。")
                throw ExitCode(1)
            }
            print("已记下\(month.chineseText)报送的数字 → \(written.record.path)（请与其他资料一起提交或备份，不要修改）")
            if let kept = written.kept { print("原报送记录已保留为 \(kept.path)") }
        }
    }

    /// The form asked for: `--docx` or `--html`, else the extension of `--output`
    /// (`.docx`, `.html`), else Word; a flag that contradicts the extension is a usage error.
    static func format(docx: Bool, html: Bool, output: String?) throws -> MonthReportBuilder.Format {
        if docx && html { throw ValidationError("--docx 和 --html 只能选一个") }
        let flag: MonthReportBuilder.Format? = docx ? .docx : html ? .html : nil
        let name = output.map { URL(fileURLWithPath: $0).lastPathComponent } ?? ""
        let byName: MonthReportBuilder.Format? =
            switch output.map({ URL(fileURLWithPath: $0).pathExtension.lowercased() }) {
            case "docx": .docx
            case "html", "htm": .html
            default: nil
            }
        if let flag, let byName, flag != byName {
            let wanted = flag == .docx ? "Word（--docx）" : "HTML（--html）"
            throw ValidationError(
                "要生成 \(wanted)，但输出文件“\(name)”的扩展名是 .\(byName == .docx ? "docx" : "html")；"
                    + "请去掉 --\(flag.rawValue)，或把文件名改成 .\(flag.rawValue) 结尾")
        }
        return flag ?? byName ?? .docx
    }
}
