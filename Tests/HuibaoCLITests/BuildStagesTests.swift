import Foundation
import HuibaoBuild
import HuibaoModel
import HuibaoTestSupport
import Synchronization
import Testing

/// The build's named stages (issue 16): the figures are a stage of their own, and `report`
/// loads and parses the project once.
@Suite("Build stages")
struct BuildStagesTests {
    @Test func theFiguresAreAStageBetweenParsingAndRendering() throws {
        let output = try Fixtures.temporaryFolder().appendingPathComponent("public")
        let outcome = try SiteBuilder.build(
            BuildOptions(source: Fixtures.site("basic"), output: output, asOf: Day(year: 2026, month: 3, day: 31)!))
        #expect(outcome.written)
        #expect(
            outcome.stages.map(\.name) == ["读取 Content/", "解析内容、加载模板", "计算指标", "列出页面", "生成并写入 public/"])
    }

    @Test func verboseNamesTheFiguresStage() throws {
        let output = try Fixtures.temporaryFolder().appendingPathComponent("public")
        let result = try CommandRunner.huibao([
            "build", "--source", Fixtures.site("basic").path, "--output", output.path, "--as-of", "2026-03-31",
            "--verbose",
        ])
        #expect(result.status == 0, "\(result.stderr)")
        let stages = result.stderr.split(separator: "\n").filter { $0.hasPrefix("[") }.map {
            $0.split(separator: " ").prefix(2).joined(separator: " ")
        }
        #expect(
            stages == ["[1/5] 读取", "[2/5] 解析内容、加载模板", "[3/5] 计算指标", "[4/5] 列出页面", "[5/5] 生成并写入"], "\(result.stderr)")
    }

    /// Before issue 16 `report` parsed twice: at a provisional date to find the evaluation, then at its date.
    @Test func reportParsesTheProjectOnce() throws {
        let parses = Mutex(0)
        let output = try Fixtures.temporaryFolder().appendingPathComponent("midterm.html")
        let count: @Sendable () -> Void = { parses.withLock { $0 += 1 } }
        let outcome = try ProjectLoader.$onParse.withValue(count) {
            try ReportBuilder.build(
                ReportBuilder.Options(source: Fixtures.site("basic"), evaluationID: "midterm", output: output))
        }
        #expect(outcome.output != nil, "\(outcome.diagnostics.map(\.formatted))")
        #expect(outcome.asOf == Day(year: 2025, month: 10, day: 15))
        #expect(parses.withLock { $0 } == 1)
    }
}
