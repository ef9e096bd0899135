import Foundation
import HuibaoTestSupport
import Testing

/// `docs/commands.md` lists every command the binary has, each with its page.
@Suite("The command reference lists every command")
struct DocsCommandsTests {
    /// The subcommands `huibao --help` lists: the lines under `SUBCOMMANDS:`, up to the first
    /// blank line, that start with a name (a wrapped description is indented further).
    static func subcommands(inHelp help: String) -> [String] {
        let lines = help.split(separator: "\n", omittingEmptySubsequences: false)
        guard let start = lines.firstIndex(where: { $0.hasPrefix("SUBCOMMANDS:") }) else { return [] }
        let list = lines[(start + 1)...].prefix { !$0.trimmingCharacters(in: .whitespaces).isEmpty }
        return list.compactMap { line in
            guard line.hasPrefix("  "), !line.hasPrefix("   ") else { return nil }
            return line.split(separator: " ").first.map(String.init)
        }
    }

    @Test func everySubcommandIsInTheReference() throws {
        let help = try CommandRunner.huibao(["--help"])
        #expect(help.status == 0)
        let names = Self.subcommands(inHelp: help.stdout)
        #expect(names.contains("build") && names.contains("archive"), "\(help.stdout)")
        let reference = try String(
            contentsOf: Fixtures.repositoryRoot.appendingPathComponent("docs/commands.md"), encoding: .utf8)
        let noSynopsis = names.filter { !reference.contains("\nhuibao \($0) ") }
        let noPage = names.filter { !reference.contains("| `huibao \($0)` | [") }
        #expect(noSynopsis.isEmpty, "docs/commands.md has no synopsis line for \(noSynopsis)")
        #expect(noPage.isEmpty, "docs/commands.md links no page for \(noPage)")
    }

    @Test func theHelpParserFindsTheNames() {
        let help = """
            USAGE: huibao <subcommand>

            SUBCOMMANDS:
              build                   生成网站。
              wechat                  把一篇稿件转成……：用 --output
                                      存成网页。
              archive                 生成评估档案。

              See 'huibao help <subcommand>' for detailed help.
            """
        #expect(Self.subcommands(inHelp: help) == ["build", "wechat", "archive"])
    }
}
