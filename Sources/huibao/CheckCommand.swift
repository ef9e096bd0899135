import ArgumentParser
import Foundation
import HuibaoBuild
import HuibaoModel

/// `huibao check`: every problem of the content in one run, without building.
struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check", abstract: "检查内容，列出所有错误和警告（不生成网站）。")

    /// How the diagnostics are printed.
    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text, json
    }

    @OptionGroup var sourceOptions: SourceOptions

    @Option(name: .long, help: "输出格式：text（默认，给人看）或 json（给编辑器和 CI）")
    var format: Format = .text

    func run() throws {
        let asOf = try sourceOptions.asOfDay()
        var clock = StageClock(total: 2)
        let project: LoadedProject
        do {
            project = try ProjectLoader.load(source: sourceOptions.sourceURL, asOf: asOf, clock: &clock)
        } catch {
            Console.error("错误: \(error.message)")
            throw ExitCode(2)
        }
        let diagnostics = project.diagnostics
        let errors = diagnostics.filter { $0.severity == .error }.count
        switch format {
        case .json:
            print(diagnostics.jsonReport, terminator: "")
        case .text:
            for diagnostic in diagnostics { print(diagnostic.formatted) }
            if diagnostics.isEmpty {
                print("没有发现问题（统计截至 \(asOf.chineseText)）。")
            } else {
                print("共 \(errors) 个错误、\(diagnostics.count - errors) 个警告。")
            }
        }
        if errors > 0 { throw ExitCode(1) }
    }
}
