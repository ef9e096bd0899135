import HuibaoModel
import Testing

@testable import HuibaoContent

/// Every key in English and in its Chinese alias gives the same content.
@Suite("Every key alias")
struct KeyAliasTests {
    static let englishProject = """
        name: 项目
        client: 甲方单位
        provider: 乙方单位
        signed: 2025-04-08
        period:
          start: 2025-04-08
          end: 2026-04-08
        amount: 823825
        unsafe_html: false
        articles:
          max_chars: 2500
        staffing:
          minimum: 12
          ledger: staff
          replacement_days: 5
        budget:
          staff_share_min: 75%
          ledger: expenses
          staff_items: [工资, 社保]
        evaluations:
          - id: midterm
            name: 中期评估
            kind: midterm
            date: 2025-10-15
            status: passed
          - id: final
            name: 末期评估
            kind: final
            date: 2026-04-28
            status: failed
        payments:
          - id: p1
            name: 首期
            share: 50%
            due: 2025-05-08
            condition: 签订后
            paid_on: 2025-04-30
            paid_amount: 411912.50
          - id: p2
            name: 中期
            amount: 247147.50
            after: midterm
          - id: p3
            name: 尾款
            amount: 164765
            after: final
        """
    static let chineseProject = """
        项目名称: 项目
        甲方: 甲方单位
        乙方: 乙方单位
        签订日期: 2025-04-08
        服务期限:
          开始: 2025-04-08
          结束: 2026-04-08
        服务费总金额: 823825
        允许原始HTML: 否
        稿件:
          字数上限: 2500
        人员配备:
          最少人数: 12
          台账: staff
          补员时限: 5
        经费结构:
          薪酬福利最低比例: 75%
          台账: expenses
          薪酬福利科目: [工资, 社保]
        评估:
          - 编号: midterm
            名称: 中期评估
            类型: 中期
            日期: 2025-10-15
            状态: 通过
          - 编号: final
            名称: 末期评估
            类型: 末期
            日期: 2026-04-28
            状态: 未通过
        付款计划:
          - 编号: p1
            名称: 首期
            比例: 50%
            应付日期: 2025-05-08
            付款条件: 签订后
            支付日期: 2025-04-30
            实付金额: 411912.50
          - 编号: p2
            名称: 中期
            金额: 247147.50
            条件评估: midterm
          - 编号: p3
            名称: 尾款
            金额: 164765
            条件评估: final
        """
    static let englishIndicators = """
        categories:
          - name: 组织建设
            indicators:
              - id: unions
                name: 组建工会
                unit: 家
                standard: 70家
                target: 70
                midterm_target: 35
                from: { ledger: unions, count: rows, where: { 合格: 是 }, date: 日期 }
              - id: members
                name: 会员
                target: 6000
                from: { ledger: unions, sum: 人数, date: 日期 }
              - id: news
                name: 报送信息
                target: 24
                from: { articles: submitted }
              - id: talks
                name: 宣讲
                target: 3
        """
    static let chineseIndicators = """
        服务类别:
          - 名称: 组织建设
            指标:
              - 编号: unions
                名称: 组建工会
                单位: 家
                服务标准: 70家
                目标: 70
                中期目标: 35
                数据来源: { 台账: unions, 计数: 行数, 条件: { 合格: 是 }, 日期列: 日期 }
              - 编号: members
                名称: 会员
                目标: 6000
                数据来源: { 台账: unions, 求和: 人数, 日期列: 日期 }
              - 编号: news
                名称: 报送信息
                目标: 24
                数据来源: { 稿件: 已报送 }
              - 编号: talks
                名称: 宣讲
                目标: 3
        """
    static let englishActivity = """
        ---
        title: 宣讲
        date: 2025-05-20
        category: 组织建设
        counts: { talks: 2 }
        location: 园区
        participants: 30
        companies: [甲]
        staff: [张三]
        tags: [宣讲]
        draft: false
        internal: true
        slug: talks/first
        ---
        正文
        """
    static let chineseActivity = """
        ---
        标题: 宣讲
        日期: 2025-05-20
        服务类别: 组织建设
        指标: { 宣讲: 2 }
        地点: 园区
        参与人数: 30
        服务企业: [甲]
        工作人员: [张三]
        标签: [宣讲]
        草稿: 否
        内部: 是
        网址: talks/first
        ---
        正文
        """
    static let englishArticle = """
        ---
        title: 稿件
        date: 2025-06-01
        author: 李四
        status: published
        slug: news/one
        outlets:
          - name: 中原发布
            submitted: 2025-06-02
            published: 2025-06-03
            url: https://example.org/1
        ---
        正文
        """
    static let chineseArticle = """
        ---
        标题: 稿件
        日期: 2025-06-01
        作者: 李四
        状态: 已刊发
        网址: news/one
        报送渠道:
          - 名称: 中原发布
            报送日期: 2025-06-02
            刊发日期: 2025-06-03
            链接: https://example.org/1
        ---
        正文
        """

    static func parse(project: String, indicators: String, activity: String, article: String) -> ContentParser.Result {
        let files = [
            ("project.yml", project), ("indicators.yml", indicators), ("activities/2025-05/a.md", activity),
            ("articles/a.md", article), ("ledgers/unions.csv", "名称,日期,人数,合格\n甲,2025-05-01,10,是\n"),
            ("ledgers/staff.csv", "姓名,入职日期,离职日期,劳动合同签订日期,备案日期\n张三,2025-04-08,,2025-04-08,\n"),
            ("ledgers/expenses.csv", "日期,科目,金额,摘要\n2025-05-15,工资,100,5月\n"),
        ]
        return ContentParser.parse(
            ContentSnapshot(files: files.map { ContentSnapshot.File(path: $0.0, bytes: Array($0.1.utf8)) }))
    }

    /// Positions differ between the two spellings; everything else must be equal.
    static func withoutPositions(_ content: SiteContent) -> SiteContent {
        var content = content
        for c in content.categories.indices {
            for i in content.categories[c].indicators.indices {
                if case .ledger(var query) = content.categories[c].indicators[i].source {
                    query.declaredAt = nil
                    content.categories[c].indicators[i].source = .ledger(query)
                }
            }
        }
        for e in content.project.evaluations.indices {
            content.project.evaluations[e].statusPosition = nil
            content.project.evaluations[e].scorePosition = nil
        }
        for a in content.activities.indices { content.activities[a].staffPositions = [] }
        return content
    }

    @Test func englishAndChineseKeysReadTheSame() throws {
        let english = Self.parse(
            project: Self.englishProject, indicators: Self.englishIndicators, activity: Self.englishActivity,
            article: Self.englishArticle)
        let chinese = Self.parse(
            project: Self.chineseProject, indicators: Self.chineseIndicators, activity: Self.chineseActivity,
            article: Self.chineseArticle)
        #expect(english.diagnostics.isEmpty, "\(english.diagnostics.map(\.formatted))")
        #expect(chinese.diagnostics.isEmpty, "\(chinese.diagnostics.map(\.formatted))")
        let a = try #require(english.content)
        let b = try #require(chinese.content)
        #expect(Self.withoutPositions(a) == Self.withoutPositions(b))

        // And every value arrived.
        let project = a.project
        #expect(project.articleMaxChars == 2500)
        #expect(project.staffing == StaffingRule(minimum: 12, ledger: "staff", replacementDays: 5))
        #expect(
            project.budget
                == BudgetRule(staffShareMin: Percent(hundredths: 7500), ledger: "expenses", staffItems: ["工资", "社保"]))
        #expect(project.evaluations.map(\.status) == [.passed, .failed])
        #expect(project.installments.map(\.amount.decimalString) == ["411912.50", "247147.50", "164765.00"])
        #expect(project.installments[0].paidAmount == Money(fen: 41_191_250))
        let activity = try #require(a.activities.first)
        #expect(activity.slug == "talks/first" && activity.isInternal && !activity.isDraft)
        #expect(activity.counts == [IndicatorCount(indicatorID: "talks", count: 2)])
        #expect(activity.location == "园区" && activity.participants == 30 && activity.staff == ["张三"])
        let article = try #require(a.articles.first)
        #expect(
            article.outlets == [
                Outlet(
                    name: "中原发布", submitted: Day(year: 2025, month: 6, day: 2),
                    published: Day(year: 2025, month: 6, day: 3), url: "https://example.org/1",
                    position: SourcePosition(file: "Content/articles/a.md", line: 8, column: 5))
            ])
        #expect(article.positions.status == SourcePosition(file: "Content/articles/a.md", line: 5))
        #expect(a.ledgerEntries["members"]?.first?.amount == Quantity(10))
    }

    @Test func aKeyAndItsAliasTogetherIsAnError() {
        let project = Self.englishProject.replacingOccurrences(of: "client: 甲方单位", with: "client: 甲方单位\n甲方: 另一个")
        let result = Self.parse(
            project: project, indicators: Self.englishIndicators, activity: Self.englishActivity,
            article: Self.englishArticle)
        let errors = result.diagnostics.filter { $0.severity == .error }
        #expect(errors.map(\.code) == ["key.duplicate"])
        #expect(errors.first?.position == SourcePosition(file: "Content/project.yml", line: 3, column: 1))
    }

    @Test func theSameKeyTwiceIsAnError() {
        let activity = Self.englishActivity.replacingOccurrences(of: "title: 宣讲", with: "title: 宣讲\ntitle: 又一个")
        let result = Self.parse(
            project: Self.englishProject, indicators: Self.englishIndicators, activity: activity,
            article: Self.englishArticle)
        let errors = result.diagnostics.filter { $0.severity == .error }
        #expect(errors.map(\.code) == ["key.duplicate"])
        #expect(errors.first?.position.line == 3)
    }

    @Test func unknownKeysAreWarningsWithASuggestion() {
        let activity = Self.englishActivity.replacingOccurrences(of: "location: 园区", with: "locaton: 园区")
        let result = Self.parse(
            project: Self.englishProject, indicators: Self.englishIndicators, activity: activity,
            article: Self.englishArticle)
        #expect(!result.diagnostics.hasErrors)
        let warning = result.diagnostics.first { $0.code == "key.unknown" }
        #expect(warning?.position == SourcePosition(file: "Content/activities/2025-05/a.md", line: 6, column: 1))
        #expect(warning?.message == "未知的键“locaton”，已忽略；是不是想写 “地点”（location）？")
    }
}
