import ArgumentParser
import Foundation
import HuibaoBuild
import HuibaoModel

/// `huibao wechat FILE`: an article as HTML that survives a paste into the WeChat editor.
struct WeChatCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "wechat",
        abstract: "把一篇稿件转成可以粘贴到微信公众号编辑器的 HTML（输出到屏幕，可用 > 存成文件）。")

    @Argument(help: ArgumentHelp("稿件的 Markdown 文件", valueName: "FILE"))
    var file: String

    @OptionGroup var sourceOptions: SourceOptions

    func run() throws {
        let output: WeChatFile.Output
        do {
            output = try WeChatFile.export(
                path: file, source: sourceOptions.sourceURL, asOf: try sourceOptions.asOfDay())
        } catch let failure as WeChatFile.Failure {
            Console.error("错误: \(failure.message)")
            throw ExitCode(2)
        }
        for diagnostic in output.diagnostics { Console.error(diagnostic.formatted) }
        if output.diagnostics.hasErrors { throw ExitCode(1) }
        print(output.html, terminator: "")
    }
}
