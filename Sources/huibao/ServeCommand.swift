import ArgumentParser
import Foundation
import HuibaoModel
import HuibaoServe

/// `huibao serve`: a live preview that rebuilds in memory on every save.
struct ServeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve", abstract: "本地预览：在浏览器中查看网站，保存文件后自动重新生成并刷新（不写入 public/）。")

    @OptionGroup var sourceOptions: SourceOptions

    @Option(name: .long, help: ArgumentHelp("端口", valueName: "PORT"))
    var port: Int = 1313

    @Option(name: .long, help: ArgumentHelp("监听地址：127.0.0.1 只有本机可看；0.0.0.0 让局域网的同事也能预览", valueName: "ADDRESS"))
    var bind: String = "127.0.0.1"

    @Flag(name: .long, help: "把草稿也显示出来（标注“草稿”，不计入指标）")
    var drafts = false

    @Flag(name: .long, help: "定时检查文件修改时间，不用 inotify（WSL 的 /mnt/c、网络共享文件夹自动使用）")
    var poll = false

    func validate() throws {
        guard (1...65535).contains(port) else {
            throw ValidationError("--port 应在 1 到 65535 之间，这里是 \(port)；不写 --port 时用 1313")
        }
    }

    func run() async throws {
        let options = ServeOptions(
            source: sourceOptions.sourceURL, asOf: try sourceOptions.asOfDay(), drafts: drafts, port: port, bind: bind,
            poll: poll)
        do {
            try await PreviewServer.run(
                options,
                say: { line in
                    FileHandle.standardOutput.write(Data((TerminalText.escapedKeepingLines(line) + "\n").utf8))
                },
                warn: { Console.error($0) })
        } catch {
            Console.error("错误: \(error.message)")
            throw ExitCode(2)
        }
    }
}
