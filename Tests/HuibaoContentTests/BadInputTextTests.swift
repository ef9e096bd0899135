import Foundation
import HuibaoModel
import Testing

@testable import HuibaoContent

/// Finding 21: Yams' English never reaches a message; impossible service periods; bidi
/// controls in file names; control characters from YAML escapes never reach a value.
@Suite("Bad input: messages, periods, invisible characters")
struct BadInputTextTests {
    static func parse(_ files: [(String, String)]) -> ContentParser.Result {
        ContentParser.parse(ContentSnapshot(files: files.map { .init(path: $0.0, bytes: Array($0.1.utf8)) }))
    }

    static let indicators = (
        "indicators.yml", "categories:\n  - name: 宣传教育\n    indicators:\n      - id: talks\n        name: 宣讲\n        target: 3\n"
    )

    static func project(start: String, end: String) -> (String, String) {
        ("project.yml", "name: p\nclient: c\nprovider: v\nperiod: {start: \(start), end: \(end)}\namount: 100\n")
    }

    /// libyaml's problem, the line it must be reported at (the text starts on line 2).
    @Test(arguments: [
        ("%YAML 1.1\n%YAML 1.1\n---\na: 1\n", 3),
        ("a: ? b\n", 2),
        ("a: \"x\" y\n", 2),
        ("a: 1\n\u{FEFF}b: 2\n", 3),
        ("a: 1\nb: 2\nc: x\u{1B}[31my\n", 4),
        ("a: \"\\q\"\n", 2),
        ("a: !<x\n", 2),
    ])
    func yamlProblemsAreInChineseAtTheirLine(_ text: String, _ line: Int) {
        guard case .failure(let diagnostic) = YAMLParsing.parse(text, file: "a.md", firstLine: 2) else {
            Issue.record("accepted: \(text.debugDescription)")
            return
        }
        #expect(diagnostic.position.line == line, "\(text.debugDescription): \(diagnostic.message)")
        let english = diagnostic.message.range(of: "[A-Za-z]{3,} [A-Za-z]{3,}", options: .regularExpression)
        #expect(english == nil, "\(text.debugDescription): \(diagnostic.message)")
    }

    @Test func anUnknownYamsProblemKeepsItsEnglishOnlyInBrackets() {
        #expect(YAMLParsing.translate("some new problem", line: 1, text: "") == "无法解析这里的内容（some new problem）")
    }

    @Test(arguments: [
        ("2025-04-08", "9026-04-08", "period.year"),
        ("0001-01-01", "9999-12-31", "period.year"),
        ("1999-12-31", "2000-06-30", "period.year"),
        ("2099-06-01", "2100-01-01", "period.year"),
        ("2025-04-08", "2035-05-01", "period.too-long"),
    ])
    func impossiblePeriodsAreErrorsWithAHint(_ start: String, _ end: String, _ code: String) {
        let result = Self.parse([Self.project(start: start, end: end), Self.indicators])
        #expect(result.content == nil)
        let found = result.diagnostics.filter { $0.code == code }
        #expect(found.count == 1, "\(result.diagnostics.map(\.formatted))")
        #expect(found.first?.message.contains("是不是写错了年份？") == true)
    }

    @Test func tenYearsAreStillAPeriod() {
        let result = Self.parse([Self.project(start: "2025-04-08", end: "2035-04-08"), Self.indicators])
        #expect(!result.diagnostics.hasErrors, "\(result.diagnostics.map(\.formatted))")
    }

    @Test func bidiControlsInFileNamesAreWarned() {
        let name = "activities/2025-05/说明\u{202E}dm.md"
        let result = Self.parse([
            Self.project(start: "2025-04-08", end: "2026-04-08"), Self.indicators,
            (name, "---\n标题: 宣讲\n日期: 2025-05-20\n服务类别: 宣传教育\n---\n正文\n"),
        ])
        #expect(result.content != nil)
        #expect(
            result.diagnostics.map(\.code) == ["file.bidi-control"], "\(result.diagnostics.map(\.formatted))")
        #expect(result.diagnostics.first?.position.file == "Content/" + name)
    }

    @Test func controlCharactersFromEscapesNeverReachAValue() throws {
        let result = Self.parse([
            Self.project(start: "2025-04-08", end: "2026-04-08"), Self.indicators,
            (
                "activities/2025-05/a.md",
                "---\n标题: \"宣讲\\e[8m\\0\\x7F\"\n日期: 2025-05-20\n服务类别: 宣传教育\n地点: \"a\\tb\"\n---\n正文\n"
            ),
        ])
        let activity = try #require(result.content?.activities.first)
        #expect(activity.title == "宣讲[8m")
        #expect(activity.location == "a\tb")
        #expect(result.diagnostics.map(\.code) == ["text.control-character"])
    }

    /// Counts are bounded one by one (10^6) and so is their total over all write-ups (10^12),
    /// at the write-up that tips it: no total a build forms can overflow.
    @Test func countTotalsOverTheLimitAreAnErrorAtTheWriteUpThatTipsThem() {
        let day = Day(year: 2025, month: 5, day: 20)!
        let activities = (1...3).map { index in
            Activity(
                file: "Content/activities/\(index).md", title: "t", date: day, category: "c",
                counts: [IndicatorCount(indicatorID: "talks", count: 400_000_000_000)], slug: "\(index)")
        }
        var reader = FieldReader()
        ContentParser.checkCountTotals(activities, into: &reader)
        #expect(reader.diagnostics.map(\.code) == ["counts.total-too-large"])
        #expect(reader.diagnostics.first?.position.file == "Content/activities/3.md")
    }
}
