import ArgumentParser
import Foundation
import HuibaoBuild
import HuibaoModel

/// `huibao new activity|article "标题"`: starts a write-up or an article with its front matter;
/// `huibao new month YYYY-MM`: starts a month's notes with their three headings.
struct NewCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "new",
        abstract: "新建一篇活动记录（activity/活动）、宣传稿件（article/稿件）或月度小结（month YYYY-MM），填好信息块，打印文件路径；不会覆盖已有文件。")

    /// `activity` or `article` (or 活动 / 稿件).
    struct KindArgument: ExpressibleByArgument {
        var kind: NewContentFile.Kind

        init?(argument: String) {
            guard let kind = NewContentFile.Kind(word: argument) else { return nil }
            self.kind = kind
        }

        static var allValueStrings: [String] { ["activity", "article", "month"] }
    }

    @Argument(help: ArgumentHelp("activity（活动记录）、article（宣传稿件）或 month（月度小结）", valueName: "类型"))
    var kind: KindArgument

    @Argument(help: ArgumentHelp("标题，同时用作文件名；月度小结写月份，如 2025-10", valueName: "标题"))
    var title: String

    @Option(name: .long, help: ArgumentHelp("活动记录的服务类别（indicators.yml 中的类别名）", valueName: "类别"))
    var category: String?

    @Option(name: .long, help: ArgumentHelp("项目文件夹（包含 Content/）", valueName: "DIR"))
    var source: String = "."

    @Option(name: .long, help: ArgumentHelp("活动或稿件的日期（默认今天，北京时间）；活动记录放进这个月的文件夹", valueName: "YYYY-MM-DD"))
    var date: String?

    func validate() throws {
        if kind.kind == .article && category != nil {
            throw ValidationError("宣传稿件没有服务类别：--category 只用于活动记录（activity）")
        }
        if kind.kind == .month && (category != nil || date != nil) {
            throw ValidationError("月度小结只要写月份（huibao new month 2025-10）：--category 和 --date 只用于活动记录和稿件")
        }
        _ = try file(today: Day(year: 2000, month: 1, day: 1)!)
        _ = try day()
    }

    /// The `--date`, or today.
    func day() throws -> Day {
        guard let date else { return Today.day() }
        guard let day = Day.parse(date) else {
            throw ValidationError("--date 应为日期，如 2026-11-18，这里是“\(date)”")
        }
        return day
    }

    func file(today: Day) throws -> NewContentFile {
        do throws(NewContentFile.Problem) {
            return try NewContentFile(kind: kind.kind, title: title, category: category, today: today)
        } catch {
            throw ValidationError(error.message)
        }
    }

    func run() throws {
        let today = try day()
        let file = try file(today: today)
        if let problem = monthOutsidePeriod(today: today) {
            Console.error("错误: \(problem)。没有新建文件。")
            throw ExitCode(1)
        }
        let categories = projectCategories(today: today)
        if let category, let categories, !categories.contains(category) {
            Console.error("错误: 服务类别“\(category)”不在 indicators.yml 中；可以用：\(categories.joined(separator: "、"))")
            throw ExitCode(1)
        }
        do throws(NewContentFile.WriteFailure) {
            try file.write(source: URL(fileURLWithPath: source, isDirectory: true))
        } catch {
            Console.error("错误: \(error.message)")
            throw ExitCode(error.exists ? 1 : 2)
        }
        print(source == "." ? file.path : (source.hasSuffix("/") ? source : source + "/") + file.path)
        if kind.kind == .month {
            Console.error("提示: 请在三个标题下分别写本月小结、存在问题和下月计划；“本月小结”一节会写进评估报告的“项目概况 / 实施情况”")
            return
        }
        // The path alone on stdout (for scripts and editors); the date it used for the writer.
        Console.error(
            date == nil
                ? "日期: \(today.isoText)（今天；补写以前的活动请加 --date 年-月-日，如 --date 2026-11-18）"
                : "日期: \(today.isoText)")
        if kind.kind == .activity && category == nil {
            var hint = "提示: 还没有填写服务类别：请在文件中填写“服务类别”（indicators.yml 中的类别名），或下次用 --category 指定"
            if let categories { hint += "；可以用：\(categories.joined(separator: "、"))" }
            Console.error(hint)
        }
    }

    /// The category names of the project's indicators.yml, or nil when the project cannot be read
    /// (then `new` writes the file anyway and `check` reports the category later).
    func projectCategories(today: Day) -> [String]? {
        guard kind.kind == .activity else { return nil }
        var clock = StageClock(total: 2)
        guard let loaded = try? ProjectLoader.load(source: URL(fileURLWithPath: source, isDirectory: true), asOf: today, clock: &clock),
            let content = loaded.content
        else { return nil }
        return content.categories.map(\.name)
    }

    /// For month notes: why the month is outside the project's service period, or nil (also
    /// when the project cannot be read: the notes are written and `check` reports later).
    func monthOutsidePeriod(today: Day) -> String? {
        guard kind.kind == .month, let month = Month(isoText: title.trimmingCharacters(in: .whitespaces)) else {
            return nil
        }
        var clock = StageClock(total: 2)
        let folder = URL(fileURLWithPath: source, isDirectory: true)
        guard let loaded = try? ProjectLoader.load(source: folder, asOf: today, clock: &clock),
            let content = loaded.content
        else { return nil }
        return MonthReportBuilder.periodProblem(month, period: content.project.period)
    }
}
