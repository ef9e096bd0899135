import Foundation
import HuibaoModel
import HuibaoTestSupport
import Testing

@testable import HuibaoContent

@Suite("Loading the basic fixture site")
struct ContentParserTests {
    let result: ContentParser.Result

    init() throws {
        result = ContentParser.parse(try ContentLoader.load(source: Fixtures.site("basic")))
    }

    var content: SiteContent { result.content! }

    @Test func loadsWithoutErrors() {
        #expect(!result.diagnostics.hasErrors, "\(result.diagnostics.map(\.formatted))")
        #expect(result.content != nil)
    }

    @Test func projectKeysAndAliases() {
        let project = content.project
        #expect(project.name == "测试区工会社会化服务项目")
        #expect(project.client == "测试区总工会")
        #expect(project.provider == "测试社会工作服务中心")
        #expect(project.signed == Day(year: 2025, month: 4, day: 8))
        #expect(project.period.start == Day(year: 2025, month: 4, day: 8))
        #expect(project.period.end == Day(year: 2026, month: 4, day: 8))
        #expect(project.amount == Money(fen: 10_000_001))
        #expect(project.articleMaxChars == 2000)
        #expect(project.staffing.minimum == 3)
        #expect(project.staffing.replacementDays == 7)
        #expect(project.budget.staffShareMin == Percent(hundredths: 7500))
        #expect(project.evaluations.map(\.id) == ["midterm", "final"])
        #expect(project.evaluations.map(\.kind) == [.midterm, .final])
        #expect(project.evaluations.map(\.status) == [.passed, .pending])
        #expect(project.evaluations[1].date == Day(year: 2026, month: 4, day: 28))
    }

    @Test func installmentSharesRoundDownWithTheRemainderOnTheLast() {
        let installments = content.project.installments
        #expect(installments.map(\.amount.decimalString) == ["33330.00", "33330.00", "33340.01"])
        #expect(installments.map(\.id) == ["first", "second", "third"])
        #expect(installments[0].trigger == .due(Day(year: 2025, month: 5, day: 8)!))
        #expect(installments[1].trigger == .after(evaluationID: "midterm"))
        #expect(installments[0].paidOn == Day(year: 2025, month: 4, day: 30))
        #expect(installments[1].condition == "通过中期评估")
    }

    @Test func indicatorsWithSources() {
        let indicators = content.indicators
        #expect(indicators.map(\.id) == ["unions", "members", "union_ledger", "lectures", "news"])
        #expect(indicators[0].midtermTarget == 2)
        #expect(
            indicators[0].source
                == .ledger(
                    LedgerQuery(
                        ledger: "unions", measure: .rows, conditions: [LedgerCondition(column: "合格", value: "是")],
                        dateColumn: "组建日期",
                        declaredAt: SourcePosition(file: "Content/indicators.yml", line: 10, column: 25))))
        #expect(indicators[2].target == nil)
        #expect(indicators[4].source == .articlesSubmitted)
    }

    @Test func ledgerInGB18030WithCRLFIsReadAndQueried() {
        let unions = content.ledgerEntries["unions"] ?? []
        #expect(unions.map(\.title) == ["甲公司", "乙公司", "丁,公司", "戊公司"])
        #expect(unions.map(\.line) == [2, 3, 5, 6])
        #expect(unions[1].date == Day(year: 2025, month: 6, day: 3))
        let members = content.ledgerEntries["members"] ?? []
        #expect(members.map(\.amount) == [Quantity(30), Quantity(25), Quantity(12), Quantity(50)])
        #expect(content.ledgers["unions"]?.header == ["企业名称", "序号", "组建日期", "会员人数", "合格"])
        #expect(content.ledgers["unions"]?.rows[3].cells[0] == "丁,公司")
    }

    @Test func activitiesWithDefaultAndExplicitSlugs() {
        let activities = content.activities
        #expect(activities.map(\.slug) == ["2025-05/宣讲", "2025-06/宣讲", "2025-07/draft", "2025-11/十一月-宣讲"])
        let first = activities[0]
        #expect(first.title == "主题宣讲走进产业园")
        #expect(
            first.counts == [
                IndicatorCount(indicatorID: "lectures", count: 1),
                IndicatorCount(indicatorID: "union_ledger", count: 1),
            ])
        #expect(first.companies == ["甲公司", "乙公司"])
        #expect(first.staff == ["张三", "李四"])
        #expect(first.tags == ["宣讲", "园区"])
        #expect(first.participants == 120)
        #expect(first.body.media == ["assets/photo.svg"])
        #expect(first.body.html.contains("../../../media/assets/photo.svg"))
        #expect(!first.body.html.contains("<script>"))
        #expect(activities[1].isInternal)
        #expect(activities[2].isDraft)
    }

    @Test func rawHTMLIsAWarningAtItsLine() {
        let warnings = result.diagnostics.filter { $0.code == "markdown.raw-html" }
        #expect(warnings.count >= 1)
        #expect(
            warnings.allSatisfy { $0.position.file == "Content/activities/2025-05/宣讲.md" && $0.position.line == 20 })
    }

    @Test func articlesWithOutletsAndCharacterCounts() {
        let articles = content.articles
        #expect(articles.map(\.status) == [.published, .review, .submitted, .draft])
        #expect(articles[0].outlets.count == 2)
        #expect(articles[0].countedOn == Day(year: 2025, month: 5, day: 21))
        #expect(articles[0].body.characterCount == 17)  // the spec's example sentence
        #expect(articles[0].author == "李四")
    }

    @Test func rosterInGB18030WithCRLFAndTheExpenseLedger() throws {
        let roster = try #require(content.roster)
        #expect(roster.map(\.name) == ["张三", "李四", "王五", "赵六", "钱七"])
        #expect(roster[1].left == Day(year: 2025, month: 6, day: 30))
        #expect(roster[3].filed == Day(year: 2025, month: 7, day: 1))
        #expect(roster.map(\.line) == [2, 3, 4, 5, 6])
        let expenses = try #require(content.expenses)
        #expect(expenses.map(\.amount.decimalString) == ["9000.00", "3000.00", "9000.00", "-1000.00", "3000.01", "9000.00"])
        #expect(result.diagnostics.filter { $0.position.file.hasSuffix("staff.csv") }.map(\.code) == ["roster.contract", "roster.not-filed"])
    }
}
