import ArgumentParser
import Foundation
import HuibaoBuild
import HuibaoModel

/// `huibao wechat FILE`: an article as HTML that survives a paste into the WeChat editor.
struct WeChatCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "wechat",
        abstract: "把一篇稿件转成可以粘贴到微信公众号编辑器的格式：用 --output 存成网页，用浏览器打开后点“复制”，再粘贴到公众号编辑器。")

    @Argument(help: ArgumentHelp("稿件的 Markdown 文件", valueName: "FILE"))
    var file: String

    @OptionGroup var sourceOptions: SourceOptions

    @Option(name: .long, help: ArgumentHelp("存成一个网页（如 稿件.html）：用浏览器打开，点“复制”后粘贴到公众号编辑器；不写时把 HTML 片段输出到屏幕", valueName: "FILE"))
    var output: String?

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
        guard let target = self.output else {
            print(output.html, terminator: "")
            return
        }
        let title = URL(fileURLWithPath: file).deletingPathExtension().lastPathComponent
        let page = WeChatPage.html(fragment: output.html, title: title)
        do {
            try Data(page.utf8).write(to: URL(fileURLWithPath: target), options: .atomic)
        } catch {
            Console.error("错误: 无法写入 \(target)：\(error.localizedDescription)")
            throw ExitCode(2)
        }
        print("已导出公众号格式 → \(target)：用浏览器打开它，\(WeChatPage.hint)")
    }
}
