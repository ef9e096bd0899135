import Foundation
import HuibaoTestSupport
import Testing

/// A report dated after today (the evaluation still to come): figures stop today, so the cover
/// and standard error say so; the report is still written (exit 0).
@Suite("huibao report dated after today (the built binary)", .serialized)
struct ReportFutureAsOfTests {
    static let note = "报告日期晚于今天，数据只到今天"

    /// The basic fixture with the final evaluation moved far into the future.
    func site() throws -> URL {
        let site = try Fixtures.temporaryFolder().appendingPathComponent("site")
        try FileManager.default.copyItem(at: Fixtures.site("basic"), to: site)
        try? FileManager.default.removeItem(at: site.appendingPathComponent("expected"))
        let project = site.appendingPathComponent("Content/project.yml")
        let text = try String(contentsOf: project, encoding: .utf8)
        #expect(text.contains("日期: 2026/4/28"))
        try Data(text.replacingOccurrences(of: "日期: 2026/4/28", with: "日期: 2099/4/28").utf8).write(to: project)
        return site
    }

    @Test func anEvaluationStillToComeIsAWarningOnTheCoverAndOnStandardError() throws {
        let site = try site()
        let output = site.appendingPathComponent("out/final.html")
        let result = try CommandRunner.huibao(["report", "final", "--source", site.path, "--output", output.path])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr.contains("Content/project.yml:1:1: 警告: 报告日期 2099年4月28日 晚于今天，数据只到今天"), "\(result.stderr)")
        #expect(result.stderr.contains("末期评估日期尚未到") && result.stderr.contains("--as-of"), "\(result.stderr)")
        let html = try String(contentsOf: output, encoding: .utf8)
        #expect(html.contains("<p class=\"cover-warning\" role=\"note\">注意：\(Self.note)"))
        #expect(html.contains("2099年4月28日（\(Self.note)）"))
        #expect(!html.contains("数据统计截至当日"))
    }

    @Test func anExplicitAsOfAfterTodayWarnsTooAndAPastOneDoesNot() throws {
        let site = try site()
        let output = site.appendingPathComponent("out/midterm.html")
        let future = try CommandRunner.huibao([
            "report", "midterm", "--source", site.path, "--output", output.path, "--as-of", "2099-01-01",
        ])
        #expect(future.status == 0, "\(future.stderr)")
        #expect(future.stderr.contains("报告日期 2099年1月1日 晚于今天，数据只到今天"), "\(future.stderr)")
        #expect(!future.stderr.contains("评估日期尚未到"))  // the as-of is not the evaluation's date
        #expect(try String(contentsOf: output, encoding: .utf8).contains("class=\"cover-warning\""))

        let past = try CommandRunner.huibao(["report", "midterm", "--source", site.path, "--output", output.path])
        #expect(past.status == 0, "\(past.stderr)")
        #expect(!past.stderr.contains("晚于今天"))
        let html = try String(contentsOf: output, encoding: .utf8)
        #expect(!html.contains("class=\"cover-warning\"") && html.contains("2025年10月15日（数据统计截至当日）"))
    }
}
