import ArgumentParser
import Foundation
import HuibaoBuild
import HuibaoModel

/// `huibao month YYYY-MM`: the month report (月报) for 甲方, as one self-contained HTML file
/// until the Word form lands (documents.md "The month").
struct MonthCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "month", abstract: "生成某个月的工作月报：一个可离线打开、可打印的 HTML 文件（Word 格式稍后提供）。")

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
            "输出文件（默认：项目文件夹下的 reports/月报-YYYY-MM.html）。不能在 Content/、Templates/ 里，也不会覆盖不是 huibao 生成的文件",
            valueName: "FILE"))
    var output: String?

    @Flag(name: .long, help: "Word 格式（.docx）：尚未提供，现在会报错退出；请先用 --html")
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
        if docx && html { throw ValidationError("--docx 和 --html 只能选一个") }
        if submit && resubmit { throw ValidationError("--submit 和 --resubmit 只能选一个") }
        let asOf = try Self.day(asOf, option: "--as-of")
        let date = try Self.day(date, option: "--date")
        if docx || output.map({ URL(fileURLWithPath: $0).pathExtension.lowercased() == "docx" }) == true {
            Console.error("错误: Word 格式（.docx）的月报还没有提供，会随 Word 和 Excel 功能一起到来；现在请用 --html 生成 HTML 版（可打印、可转存为 PDF）")
            throw ExitCode(2)
        }
        let outcome: MonthReportBuilder.Outcome
        var options = MonthReportBuilder.Options(
            source: URL(fileURLWithPath: source, isDirectory: true), month: month, asOf: asOf, date: date,
            output: output.map { URL(fileURLWithPath: $0) })
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
        print("已生成\(month.chineseText)月报 → \(file.path)（数据截至 \(outcome.end.chineseText)）")
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
        if !html {
            print("提示：Word 格式的月报还没有提供，这次生成的是 HTML 版；可以用浏览器打开、打印或另存为 PDF。")
        }
    }
}
