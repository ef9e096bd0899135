import Foundation
import HuibaoTestSupport
import Testing

/// `docs/format/months.md` shows "the real output" of `check` on the example project with two
/// month notes written wrong: the two files are added to a copy of the example and `check` must
/// print exactly the quoted block.
@Suite("The month notes example in docs/format/months.md is real")
struct DocsMonthNotesExampleTests {
    @Test func theQuotedOutputIsWhatCheckPrints() throws {
        let page = try String(
            contentsOf: Fixtures.repositoryRoot.appendingPathComponent("docs/format/months.md"), encoding: .utf8)
        let lines = page.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let intro = try #require(lines.firstIndex { $0.contains("的真实输出") })
        let open = try #require(lines[intro...].firstIndex { $0.hasPrefix("```") })
        let close = try #require(lines[(open + 1)...].firstIndex { $0.hasPrefix("```") })
        let block = lines[(open + 1)..<close].joined(separator: "\n") + "\n"

        let project = try Fixtures.temporaryFolder()
        try FileManager.default.copyItem(
            at: Fixtures.repositoryRoot.appendingPathComponent("Content"), to: project.appendingPathComponent("Content")
        )
        let months = project.appendingPathComponent("Content/months")
        try Data("## 本月小结\n\n完成宣讲 1 场。\n".utf8).write(to: months.appendingPathComponent("2025年11月.md"))
        try Data("---\n标题: 2026年5月工作小结\n---\n\n## 本月小结\n\n服务期已结束。\n".utf8)
            .write(to: months.appendingPathComponent("2026-05.md"))
        let check = try CommandRunner.huibao(["check", "--source", project.path, "--as-of", "2025-10-20"])
        #expect(check.status == 0)
        #expect(check.stdout == block, "huibao printed:\n\(check.stdout)")
    }
}
