import HuibaoModel
import Testing

@testable import HuibaoContent

/// project.yml as a contract words it: the natural status words of an evaluation.
@Suite("project.yml in the contract's own words")
struct ProjectNaturalWordsTests {
    /// The alias test's Chinese project with `replacements` applied.
    static func parse(_ replacements: [(String, String)]) -> ContentParser.Result {
        var project = KeyAliasTests.chineseProject
        for (old, new) in replacements {
            precondition(project.contains(old), "no \(old) in the fixture")
            project = project.replacingOccurrences(of: old, with: new)
        }
        return KeyAliasTests.parse(
            project: project, indicators: KeyAliasTests.chineseIndicators, activity: KeyAliasTests.chineseActivity,
            article: KeyAliasTests.chineseArticle)
    }

    @Test(arguments: [("已通过", Evaluation.Status.passed), ("不通过", .failed), ("通过", .passed), ("待评估", .pending)])
    func naturalStatusWords(word: String, status: Evaluation.Status) throws {
        let result = Self.parse([("状态: 通过", "状态: \(word)")])
        #expect(result.diagnostics.isEmpty, "\(result.diagnostics.map(\.formatted))")
        let project = try #require(result.content?.project)
        #expect(project.evaluations.first?.status == status)
    }
}

extension ProjectNaturalWordsTests {
    static let twoLines = "服务期限:\n  开始: 2025-04-08\n  结束: 2026-04-08"

    @Test(arguments: [
        "2025-04-08 至 2026-04-08", "2025-04-08至2026-04-08", "2025-04-08 到 2026-04-08", "2025-04-08~2026-04-08",
        "2025-04-08 ～ 2026-04-08", "2025-04-08—2026-04-08", "2025-04-08——2026-04-08", "2025-04-08 – 2026-04-08",
        "2025-04-08 - 2026-04-08", "2025-04-08-2026-04-08", "2025/4/8-2026/4/8", "2025年4月8日至2026年4月8日",
        "\"2025-04-08 至 2026-04-08\"", "２０２５-04-08 至 2026-04-08",
    ])
    func thePeriodOnOneLine(line: String) throws {
        let result = Self.parse([(Self.twoLines, "服务期限: \(line)")])
        let unexpected = result.diagnostics.filter { $0.code != "input.fullwidth-digits" }
        #expect(unexpected.isEmpty, "\(result.diagnostics.map(\.formatted))")
        let period = try #require(result.content?.project.period)
        #expect(period.start == Day(year: 2025, month: 4, day: 8) && period.end == Day(year: 2026, month: 4, day: 8))
    }

    /// project.yml's own diagnostics (a project.yml that fails also makes indicators.yml's
    /// 中期目标 look unanchored: another issue).
    static func projectDiagnostics(_ result: ContentParser.Result) -> [String] {
        result.diagnostics.filter { $0.position.file == "Content/project.yml" }.map(\.formatted)
    }

    @Test func aSingleValueThatIsNotTwoDatesNamesTheKeys() {
        let result = Self.parse([(Self.twoLines, "服务期限: 2025-04-08")])
        #expect(
            Self.projectDiagnostics(result) == [
                "Content/project.yml:5:7: 错误: “服务期限”应为开始和结束两个日期，这里写的是“2025-04-08”；请写成“开始: …”和“结束: …”两行，或一行“2026-07-01 至 2027-06-30”\n    服务期限: 2025-04-08"
            ])
    }

    @Test func eachDateOfTheLineIsCheckedAtItsColumn() {
        let wrongDay = Self.parse([(Self.twoLines, "服务期限: 2025-04-08 至 2026-02-30")])
        #expect(
            Self.projectDiagnostics(wrongDay) == [
                "Content/project.yml:5:20: 错误: “结束”的日期“2026-02-30”不存在，请检查月份和日期\n    服务期限: 2025-04-08 至 2026-02-30"
            ])
        let reversed = Self.parse([(Self.twoLines, "服务期限: 2026-04-08 至 2025-04-08")])
        let order = reversed.diagnostics.filter { $0.position.file == "Content/project.yml" }
        #expect(order.map(\.code) == ["period.order"])
        #expect(order.first?.position.column == 20)
    }
}
