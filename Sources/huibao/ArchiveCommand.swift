import ArgumentParser
import Foundation
import HuibaoBuild
import HuibaoModel

/// `huibao archive <evaluation-id>`: the evaluators' 档案 as one zip (or a folder).
struct ArchiveCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "archive",
        abstract: "生成评估档案：目录、自评报告、每个指标的佐证材料和台账、人员与经费，打包为一个 zip（或文件夹）。")

    @OptionGroup var evaluation: EvaluationArguments

    @Option(
        name: .long,
        help: ArgumentHelp(
            "输出位置（默认：reports/<项目名称>-<评估名称>-档案.zip）。以 .zip 结尾时写 zip 文件，否则写成文件夹；不能在 Content/、Templates/ 里，也不会覆盖不是 huibao 生成的文件",
            valueName: "PATH"))
    var output: String?

    func run() throws {
        let day = try evaluation.asOfDay()
        let outcome: ArchiveBuilder.Outcome
        do {
            outcome = try ArchiveBuilder.build(
                ArchiveBuilder.Options(
                    source: evaluation.sourceURL, evaluationID: evaluation.evaluationID, asOf: day,
                    output: output.map { URL(fileURLWithPath: $0) }))
        } catch {
            Console.error("错误: \(error.message)")
            throw ExitCode(2)
        }
        for diagnostic in outcome.diagnostics { Console.error(diagnostic.formatted) }
        guard let file = outcome.output, let asOf = outcome.asOf else {
            Console.error("内容有错误，没有生成档案。")
            throw ExitCode(1)
        }
        let size = Self.sizeText(outcome.bytes)
        if outcome.isZip {
            print("已生成评估档案 → \(file.path)（\(size)，\(outcome.files) 个文件，统计截至 \(asOf.chineseText)）")
        } else {
            print("已生成评估档案文件夹 → \(file.path)（共 \(size)，\(outcome.files) 个文件，统计截至 \(asOf.chineseText)）")
        }
        print("注意：档案含个人信息（签到表、人员名册等），只交给评估专家查阅，不要公开发布或转发。")
    }

    /// `1.2 MB`, `35 KB`, `512 字节`: one decimal, powers of 1024.
    static func sizeText(_ bytes: Int64) -> String {
        if bytes < 1024 { return "\(bytes) 字节" }
        let tenths = { (unit: Int64) -> String in
            let value = (bytes * 10 + unit / 2) / unit
            return "\(value / 10).\(value % 10)"
        }
        if bytes < 1024 * 1024 { return tenths(1024) + " KB" }
        if bytes < 1024 * 1024 * 1024 { return tenths(1024 * 1024) + " MB" }
        return tenths(1024 * 1024 * 1024) + " GB"
    }
}
