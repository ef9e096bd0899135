import HuibaoBuild
import HuibaoContent
import HuibaoModel
import Testing

/// The templates `huibao init` writes show every key a user can write, in Chinese.
@Suite("huibao init's templates")
struct ProjectTemplateTests {
    static let template = ProjectTemplate(today: Day(year: 2026, month: 12, day: 4)!)

    static func text(_ path: String) -> String {
        template.files.first { $0.path.hasPrefix(path) }?.text ?? ""
    }

    /// Every key of `schemas` appears as `别名:` in `text`, written or in a comment.
    static func missingKeys(_ schemas: [KeySchema], in text: String) -> [String] {
        schemas.flatMap(\.keys).map(\.alias).filter { !text.contains("\($0):") }
    }

    @Test func projectFileShowsEveryKey() {
        let text = Self.text("Content/project.yml")
        let schemas = [
            Schemas.project, Schemas.period, Schemas.articlesSettings, Schemas.staffing, Schemas.budget,
            Schemas.evaluation, Schemas.installment,
        ]
        #expect(Self.missingKeys(schemas, in: text).isEmpty, "\(Self.missingKeys(schemas, in: text))")
        #expect(text.contains("至"), "the one-line period is mentioned")
    }

    @Test func indicatorsFileShowsEveryKey() {
        let text = Self.text("Content/indicators.yml")
        let schemas = [Schemas.indicatorsFile, Schemas.category, Schemas.indicator, Schemas.source]
        #expect(Self.missingKeys(schemas, in: text).isEmpty, "\(Self.missingKeys(schemas, in: text))")
        #expect(text.contains("计数: 行数") && text.contains("稿件: 已报送"))
    }

    @Test func samplesShowEveryKey() {
        let activity = Self.text("Content/activities/2026-12/")
        #expect(Self.missingKeys([Schemas.activity], in: activity).isEmpty, "\(Self.missingKeys([Schemas.activity], in: activity))")
        let article = Self.text("Content/articles/")
        let articleSchemas = [Schemas.article, Schemas.outlet]
        let missing = Self.missingKeys(articleSchemas, in: article).filter { $0 != "网址" }
        #expect(missing.isEmpty, "\(missing)")
    }

    @Test func theContractYearStartsThisMonth() {
        let text = Self.text("Content/project.yml")
        #expect(text.contains("  开始: 2026-12-01\n  结束: 2027-11-30\n"))
        #expect(text.contains("日期: 2027-06-15") && text.contains("日期: 2027-11-20"))
        #expect(Self.template.files.allSatisfy { !$0.text.contains("\t") })
    }
}
