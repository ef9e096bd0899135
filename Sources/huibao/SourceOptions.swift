import ArgumentParser
import Foundation
import HuibaoBuild
import HuibaoModel

/// Flags shared by the commands that read a project: the source folder and the as-of date.
struct SourceOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("项目文件夹（包含 Content/）", valueName: "DIR"))
    var source: String = "."

    @Option(name: .customLong("as-of"), help: ArgumentHelp("统计截止日期，如 2025-10-08（默认今天，北京时间）", valueName: "YYYY-MM-DD"))
    var asOf: String?

    var sourceURL: URL { URL(fileURLWithPath: source, isDirectory: true) }

    /// The as-of date, or a usage error in Chinese.
    func asOfDay() throws -> Day {
        guard let asOf else { return Today.day() }
        guard let day = Day.parse(asOf) else {
            throw ValidationError("--as-of 应为日期，如 2025-10-08，这里是“\(asOf)”")
        }
        return day
    }
}
