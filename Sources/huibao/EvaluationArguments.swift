import ArgumentParser
import Foundation
import HuibaoModel

/// What the evaluation documents (`report`, `archive`) are asked for: the evaluation's id, the
/// project folder and an optional as-of date (by default the evaluation's own date).
struct EvaluationArguments: ParsableArguments {
    @Argument(help: ArgumentHelp("评估编号（project.yml 中的编号，如 midterm、final）", valueName: "evaluation-id"))
    var evaluationID: String

    @Option(name: .long, help: ArgumentHelp("项目文件夹（包含 Content/）", valueName: "DIR"))
    var source: String = "."

    @Option(name: .customLong("as-of"), help: ArgumentHelp("统计截止日期（默认：评估日期）", valueName: "YYYY-MM-DD"))
    var asOf: String?

    var sourceURL: URL { URL(fileURLWithPath: source, isDirectory: true) }

    /// The as-of date when one was given, or a usage error in Chinese.
    func asOfDay() throws -> Day? {
        guard let asOf else { return nil }
        guard let day = Day.parse(asOf) else {
            throw ValidationError("--as-of 应为日期，如 2025-10-15，这里是“\(asOf)”")
        }
        return day
    }
}
