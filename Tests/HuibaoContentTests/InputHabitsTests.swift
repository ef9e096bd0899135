import HuibaoModel
import Testing

@testable import HuibaoContent

/// The Chinese input-method habits the spec tolerates, each read as ASCII with a warning.
@Suite("Chinese input habits in YAML")
struct InputHabitsTests {
    func normalize(_ text: String) -> (String, [Diagnostic]) {
        let result = InputHabits.normalize(text, file: "a.md", firstLine: 2)
        return (result.text, result.warnings)
    }

    @Test func fullWidthColonAfterAKey() {
        let (text, warnings) = normalize("标题：中原区宣讲\n日期: 2025-05-20")
        #expect(text == "标题: 中原区宣讲\n日期: 2025-05-20")
        #expect(warnings.map(\.code) == ["input.fullwidth-colon"])
        #expect(warnings.first?.position == SourcePosition(file: "a.md", line: 2, column: 3))
    }

    @Test func fullWidthColonInsideAValueIsLeftAlone() {
        let source = "服务标准: 发布范围：中原发布\ntitle: \"标题：副标题\""
        let (text, warnings) = normalize(source)
        #expect(text == source)
        #expect(warnings.isEmpty)
    }

    @Test func fullWidthSpacesInIndentationCountTwo() {
        let (text, warnings) = normalize("指标:\n\u{3000}lectures: 1")
        #expect(text == "指标:\n  lectures: 1")
        #expect(warnings.map(\.code) == ["input.fullwidth-space"])
        #expect(warnings.first?.position.line == 3)
    }

    @Test func fullWidthBulletsBecomeDashes() {
        let (text, warnings) = normalize("工作人员:\n  － 张三\n  · 李四")
        #expect(text == "工作人员:\n  - 张三\n  - 李四")
        #expect(warnings.map(\.code) == ["input.fullwidth-bullet", "input.fullwidth-bullet"])
        #expect(warnings.map(\.position.column) == [3, 3])
    }

    @Test func blockTextIsNotTouched() {
        let source = "说明: |\n  标题：不改\n  － 不改\n标题：要改"
        let (text, warnings) = normalize(source)
        #expect(text == "说明: |\n  标题：不改\n  － 不改\n标题: 要改")
        #expect(warnings.count == 1)
    }

    @Test func aWriteUpWithHabitsStillCounts() throws {
        let files = [
            (
                "project.yml",
                "name: p\nclient: c\nprovider: v\nperiod: {start: 2025-04-08, end: 2026-04-08}\namount: 100\n"
            ),
            (
                "indicators.yml",
                "categories:\n  - name: 宣传教育\n    indicators:\n      - id: talks\n        name: 宣讲\n        target: ３\n"
            ),
            ("activities/a.md", "---\n标题：宣讲\n日期：2025-05-20\n服务类别：宣传教育\n指标：\n\u{3000}宣讲: ２\n---\n正文\n"),
        ]
        let result = ContentParser.parse(
            ContentSnapshot(files: files.map { .init(path: $0.0, bytes: Array($0.1.utf8)) }))
        #expect(!result.diagnostics.hasErrors, "\(result.diagnostics.map(\.formatted))")
        let content = try #require(result.content)
        #expect(content.indicators.first?.target == 3)
        #expect(content.activities.first?.counts == [IndicatorCount(indicatorID: "talks", count: 2)])
        #expect(
            result.diagnostics.map(\.code).sorted() == [
                "input.fullwidth-colon", "input.fullwidth-colon", "input.fullwidth-colon", "input.fullwidth-colon",
                "input.fullwidth-digits", "input.fullwidth-digits", "input.fullwidth-space",
            ])
    }
}
