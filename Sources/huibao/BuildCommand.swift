import ArgumentParser
import Foundation
import HuibaoBuild
import HuibaoModel

/// `huibao build`: the team's site from Content/ into the output folder.
struct BuildCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "build", abstract: "生成网站（默认输出到项目文件夹下的 public/）。")

    @OptionGroup var sourceOptions: SourceOptions

    @Option(
        name: .long,
        help: ArgumentHelp(
            "输出文件夹（默认：项目文件夹下的 public）。可以是指向别处的符号链接（如 public → /var/www/site）：网站写进链接指向的文件夹，链接保留",
            valueName: "DIR"))
    var output: String?

    @Flag(name: .long, help: "把草稿也生成出来（标注“草稿”，不计入指标）")
    var drafts = false

    @Flag(name: .customLong("public"), help: "生成对外公开版：不含草稿和内部记录正文、不含工作人员名单，手机号和身份证号遮盖")
    var publicBuild = false

    @Flag(name: .long, help: "显示每个步骤的耗时")
    var verbose = false

    @Flag(
        name: .long,
        help: "有错误的活动记录和宣传稿件先略过，其余照常生成团队网站：每页顶部用红框列出略过的文件，它们的数量不计入统计；仍然列出全部错误并以状态 1 退出。不能和 --public 一起用")
    var keepGoing = false

    func validate() throws {
        if publicBuild && drafts {
            throw ValidationError("--public 和 --drafts 不能同时使用：公开版从不包含草稿")
        }
        if publicBuild && keepGoing {
            throw ValidationError("--public 和 --keep-going 不能同时使用：公开版只在没有任何错误时生成，请先改好错误")
        }
    }

    func run() throws {
        let options = BuildOptions(
            source: sourceOptions.sourceURL, output: output.map { URL(fileURLWithPath: $0, isDirectory: true) },
            asOf: try sourceOptions.asOfDay(), audience: publicBuild ? .publicReaders : .team(drafts: drafts),
            verbose: verbose, keepGoing: keepGoing)
        let outcome: SiteBuilder.Outcome
        do {
            outcome = try SiteBuilder.build(options) { Console.error($0) }
        } catch {
            Console.error("错误: \(error.message)")
            throw ExitCode(2)
        }
        for diagnostic in outcome.diagnostics { Console.error(diagnostic.formatted) }
        let errors = outcome.diagnostics.filter { $0.severity == .error }.count
        let warnings = outcome.diagnostics.count - errors
        guard outcome.written else {
            Console.error("发现 \(errors) 个错误\(warnings > 0 ? "、\(warnings) 个警告" : "")，没有生成网站；原有的输出保持不变。")
            if keepGoing {
                Console.error(
                    "--keep-going 只能略过出错的活动记录和宣传稿件；project.yml、indicators.yml、评分文件、台账、月度小结和模板里的错误决定每个数字怎么算，仍然会停止生成，请先改好它们。")
            }
            throw ExitCode(1)
        }
        let shown =
            options.output.path.hasPrefix(FileManager.default.currentDirectoryPath + "/")
            ? String(options.output.path.dropFirst(FileManager.default.currentDirectoryPath.count + 1))
            : options.output.path
        print(
            "已生成 \(outcome.pageCount) 个页面（共 \(outcome.fileCount) 个文件）→ \(shown)/，统计截至 \(options.asOf.chineseText)\(warnings > 0 ? "；\(warnings) 个警告" : "")"
        )
        if !outcome.leftOut.isEmpty {
            Console.error(
                "发现 \(errors) 个错误\(warnings > 0 ? "、\(warnings) 个警告" : "")，已按 --keep-going 略过 \(outcome.leftOut.count) 个有错误的文件（它们的数量没有计入统计，每页顶部有红框提示）：")
            for file in outcome.leftOut { Console.error("  \(TerminalText.escaped(file))") }
            withExtendedLifetime(outcome) { Foundation.exit(1) }
        }
        // Done: exit (which flushes the output) with the parsed project still in memory instead
        // of freeing it piece by piece.
        withExtendedLifetime(outcome) { Foundation.exit(0) }
    }
}
