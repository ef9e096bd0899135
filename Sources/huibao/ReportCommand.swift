import ArgumentParser
import Foundation
import HuibaoBuild
import HuibaoModel

/// `huibao report <evaluation-id>`: the evaluator report as one self-contained HTML file, or in Word (`--docx`).
struct ReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report", abstract: "生成评估报告：一个可离线打开、可打印的 HTML 文件（可选 PDF），或 Word 文件（--docx）。")

    @OptionGroup var evaluation: EvaluationArguments

    @Option(
        name: .long,
        help: ArgumentHelp(
            "输出文件（默认：项目文件夹下的 reports/<编号>.html）。不能在 Content/、Templates/ 里，也不会覆盖不是 huibao 生成的文件",
            valueName: "FILE"))
    var output: String?

    @Flag(
        name: .long,
        help: "同时用 Chromium 打印为 PDF：--output 以 .pdf 结尾时它就是 PDF，HTML 写在旁边（同名，扩展名 .html）；否则 PDF 与 HTML 同名，扩展名 .pdf")
    var pdf = false

    @Flag(name: .long, help: "生成 Word 文件（.docx）而不是 HTML：默认写到项目文件夹下的 reports/<编号>.docx")
    var docx = false

    @Flag(
        name: .long,
        help:
            "同时生成评分表（Excel）：默认与报告同名加“-评分表”，如 reports/<编号>-评分表.xlsx；--output 以 .xlsx 结尾时它就是评分表，报告写在旁边。需要 Content/scoring.yml"
    )
    var xlsx = false

    func run() throws {
        let day = try evaluation.asOfDay()
        let outcome: ReportBuilder.Outcome
        var options = ReportBuilder.Options(
            source: evaluation.sourceURL, evaluationID: evaluation.evaluationID, asOf: day,
            output: output.map { URL(fileURLWithPath: $0) }, pdf: pdf)
        options.docx = docx
        options.xlsx = xlsx
        do {
            outcome = try ReportBuilder.build(options)
        } catch {
            Console.error("错误: \(error.message)")
            throw ExitCode(2)
        }
        for diagnostic in outcome.diagnostics { Console.error(diagnostic.formatted) }
        guard let file = outcome.output, let asOf = outcome.asOf else {
            Console.error("内容有错误，没有生成报告。")
            throw ExitCode(1)
        }
        print("已生成\(docx ? " Word " : "")评估报告 → \(file.path)（统计截至 \(asOf.chineseText)）")
        if let workbook = outcome.workbook { print("已生成评分表 → \(workbook.path)") }
        if let target = outcome.pdf {
            do {
                try PDFPrinter.print(file, to: target)
            } catch {
                Console.error("错误: \(error.message)")
                throw ExitCode(2)
            }
            print("已生成 PDF → \(target.path)")
        }
    }
}
