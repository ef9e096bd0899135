import ArgumentParser

/// The `huibao` command: builds a progress site from a contract's Content/ folder.
struct Huibao: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "huibao",
        abstract: "汇报：把 Content/ 中的活动记录、服务指标和台账生成进度网站。",
        version: "0.1.0",
        subcommands: [
            BuildCommand.self, CheckCommand.self, ReportCommand.self, ServeCommand.self, NewCommand.self,
            WeChatCommand.self, InitCommand.self, ArchiveCommand.self, MonthCommand.self,
        ],
        defaultSubcommand: nil
    )
}
