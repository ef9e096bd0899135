import Testing

@testable import HuibaoModel

private func day(_ text: String) -> Day { Day.parse(text)! }
private func score(_ text: String) -> Score {
    guard case .score(let value) = Score.parse(text) else { fatalError(text) }
    return value
}
private func percent(_ text: String) -> Percent { Percent.parse(text)! }

/// Hand-computed cases of every scoring rule (content-format.md "Scoring").
@Suite("Scoring rules at the scoring date")
struct EvaluationScoreTests {
    let midterm = Evaluation(id: "midterm", name: "中期评估", kind: .midterm, date: day("2025-10-15"))

    /// A project of 365 days whose mid-term (2025-10-15) expects 35 of 70 unions.
    func content(unions: Int, on date: String = "2025-06-01", items: [ScoringItem], scores: SelfScores = SelfScores())
        -> (SiteContent, ScoringScheme)
    {
        let project = Project(
            name: "项目", client: "甲", provider: "乙", period: ServicePeriod(start: day("2025-04-08"), end: day("2026-04-08")),
            amount: Money(yuan: 100), evaluations: [midterm])
        let indicator = Indicator(id: "unions", name: "组建工会", category: "组织建设", unit: "家", target: 70, midtermTarget: 35)
        let activity = Activity(
            file: "Content/activities/a.md", title: "建会", date: day(date), category: "组织建设",
            counts: [IndicatorCount(indicatorID: "unions", count: unions)], slug: "a")
        var content = SiteContent(
            project: project, categories: [IndicatorCategory(name: "组织建设", indicators: [indicator])],
            activities: unions > 0 ? [activity] : [])
        let total = Score.sum(items.map(\.points))
        let scheme = ScoringScheme(
            name: "细则", total: total,
            grades: [
                ScoringGrade(name: "优秀", min: score("90")), ScoringGrade(name: "合格", min: score("60")),
                ScoringGrade(name: "不合格", min: .zero),
            ],
            passGrade: "合格", vetoes: [ScoringVeto(id: "V1", name: "资金挪用")],
            dimensions: [ScoringDimension(name: "服务产出", points: total, items: items)])
        content.scoring = ScoringSetup(schemes: ["midterm": scheme], scores: ["midterm": scores])
        return (content, scheme)
    }

    func ratio(_ points: String = "4") -> ScoringItem {
        ScoringItem(id: "D2.1", name: "组建工会", points: score(points), rule: .ratio, source: .indicator("unions"))
    }

    func bands(_ points: String = "4") -> ScoringItem {
        ScoringItem(
            id: "D2.1", name: "组建工会", points: score(points), rule: .bands,
            bands: [
                ScoringBand(min: percent("100%"), share: percent("100%")),
                ScoringBand(min: percent("80%"), share: percent("67%")),
                ScoringBand(min: percent("60%"), share: percent("33%")),
            ], source: .indicator("unions"))
    }

    func manual(_ points: String, id: String = "D4.1") -> ScoringItem {
        ScoringItem(id: id, name: "满意度", points: score(points), rule: .manual)
    }

    func scored(_ pair: (SiteContent, ScoringScheme), asOf: String = "2025-10-15") -> EvaluationScore {
        EvaluationScore.compute(pair.0, evaluation: midterm, scheme: pair.1, asOf: day(asOf))
    }

    @Test func ratioAboveTheStageTargetIsCappedAndWrittenOut() {
        let result = scored(content(unions: 39, items: [ratio()]))
        #expect(result.items[0].computed == score("4"))
        #expect(result.items[0].calculation == "39 ÷ 35 = 111.4% ≥ 100% → 4 × 100% = 4.00")
        #expect(result.total == score("4") && result.complete && result.grade?.name == "不合格")  // grades are points
    }

    @Test func ratioBelowTheTargetIsExactAndShownRoundedDown() {
        // 31 ÷ 35 = 88.571…%: shown 88.5% (rounded down, never up), scored 4 × 31 ÷ 35 = 3.5428… → 3.54.
        let result = scored(content(unions: 31, items: [ratio()]))
        #expect(result.items[0].computed == score("3.54"))
        #expect(result.items[0].calculation == "31 ÷ 35 = 88.5% → 4 × 31 ÷ 35 = 3.54")
    }

    @Test func bandsAtExactlyABandsMinimumTakeThatBand() {
        // 28 ÷ 35 is exactly 80%.
        let result = scored(content(unions: 28, items: [bands()]))
        #expect(result.items[0].computed == score("2.68"))
        #expect(result.items[0].calculation == "28 ÷ 35 = 80.0% ≥ 80% → 4 × 67% = 2.68")
        // 27 ÷ 35 = 77.1%: the 60% band.
        #expect(scored(content(unions: 27, items: [bands()])).items[0].computed == score("1.32"))
        // 20 ÷ 35 = 57.1%: below every band.
        let low = scored(content(unions: 20, items: [bands()]))
        #expect(low.items[0].computed == .zero)
        #expect(low.items[0].calculation == "20 ÷ 35 = 57.1% < 60% → 0.00")
    }

    @Test func aThirdDecimalIsRoundedHalfUp() {
        // 2.45 × 50% = 1.225 → 1.23.
        let item = ScoringItem(
            id: "D2.1", name: "组建工会", points: score("2.45"), rule: .bands,
            bands: [ScoringBand(min: percent("50%"), share: percent("50%"))], source: .indicator("unions"))
        let result = scored(content(unions: 20, items: [item]))
        #expect(result.items[0].computed == score("1.23"))
        #expect(score("2.45").times(percent("50%")) == score("1.23"))
        #expect(score("1").scaled(by: 1, over: 8) == score("0.13"))  // 0.125 → 0.13
    }

    @Test func aStageTargetOfZeroCountsAsComplete() {
        // On the first day nothing is due yet: T = 0, r = 1.
        let result = scored(content(unions: 0, items: [ratio(), bands("2")]), asOf: "2025-04-08")
        #expect(result.scoringDate == day("2025-04-08"))
        #expect(result.items.map(\.computed) == [score("4"), score("2")])
        #expect(result.items[0].calculation == "阶段目标为 0，完成率按 100% 计 ≥ 100% → 4 × 100% = 4.00")
    }

    @Test func theScoringDateIsTheEarlierOfAsOfAndTheEvaluationDate() {
        // Counted after the evaluation's day: not in the mid-term's score.
        let result = scored(content(unions: 39, on: "2025-11-01", items: [ratio()]), asOf: "2026-01-01")
        #expect(result.scoringDate == day("2025-10-15"))
        #expect(result.items[0].computed == .zero)
    }

    @Test func anOverrideReplacesTheComputedScoreAndKeepsItShown() {
        let scores = SelfScores(entries: ["D2.1": SelfScore(score: score("3"), note: "2家待补正")])
        let result = scored(content(unions: 39, items: [ratio()], scores: scores))
        #expect(result.items[0].computed == score("4"))
        #expect(result.items[0].score == score("3"))
        #expect(result.items[0].isOverride)
        #expect(result.total == score("3"))
    }

    @Test func pendingManualItemsLeaveTheTotalIncompleteWithoutAGrade() {
        // 4 scored, 6 待评, pass line 60% of 10 … in points: pass line 60.
        let passing = scored(content(unions: 39, items: [ratio("65"), manual("35")]))
        #expect(!passing.complete && passing.grade == nil)
        #expect(passing.items[1].score == nil && passing.items[1].computed == nil)
        #expect(passing.total == score("65") && passing.pendingPoints == score("35"))
        #expect(passing.outcome == .passed)  // S alone reaches the pass line
        let undecided = scored(content(unions: 39, items: [ratio("40"), manual("60")]))
        #expect(undecided.outcome == .undecided)
        // 0 of 70 at the mid-term with only 20 still 待评: even S + P cannot reach 60.
        let failing = scored(content(unions: 0, items: [ratio("80"), manual("20")]))
        #expect(failing.outcome == .failed)
        let done = scored(
            content(
                unions: 39, items: [ratio("40"), manual("60")],
                scores: SelfScores(entries: ["D4.1": SelfScore(score: score("55.5"), note: "问卷")])))
        #expect(done.complete && done.total == score("95.5") && done.grade?.name == "优秀" && done.outcome == .passed)
    }

    @Test func aVetoMakesTheTotalZeroTheLowestGradeAndTheTrancheNotMet() {
        let scores = SelfScores(vetoes: ["V1"])
        let result = scored(content(unions: 39, items: [ratio("60"), manual("40")], scores: scores))
        #expect(result.total == .zero)
        #expect(result.grade?.name == "不合格")
        #expect(result.outcome == .vetoed && result.outcome.rawValue == "不满足条件")
        #expect(result.vetoes.map(\.applies) == [true])
    }

    @Test func evidenceItemsScoreTheCompletenessShare() {
        let item = ScoringItem(id: "D5.1", name: "档案", points: score("5"), rule: .evidence, source: .evidence(.all))
        var (content, scheme) = content(unions: 3, items: [item])
        content.activities.append(
            Activity(
                file: "Content/activities/b.md", title: "二", date: day("2025-07-01"), category: "组织建设",
                counts: [IndicatorCount(indicatorID: "unions", count: 1)], slug: "b"))
        // No kinds required (no 佐证要求): every unit is complete.
        #expect(scored((content, scheme)).items[0].computed == score("5"))
        // One of two units lacks its 签到表: 5 × 1 ÷ 2 = 2.50.
        let result = EvaluationScore.compute(
            content, evaluation: midterm, scheme: scheme, asOf: day("2025-10-15"),
            unitMaterials: { unit in [("签到表", unit == .activity(file: "Content/activities/a.md"))] })
        #expect(result.items[0].computed == score("2.5"))
        #expect(result.items[0].calculation == "1 ÷ 2 = 50.00% → 5 × 1 ÷ 2 = 2.50")
        #expect(result.items[0].materials == [MaterialCount(kind: "签到表", present: 1, needed: 2)])
        #expect(result.items[0].missing == [MissingMaterials(unit: .activity(file: "Content/activities/b.md"), kinds: ["签到表"])])
        // Nothing counted in scope: 0.
        scheme.dimensions[0].items[0].source = .evidence(.category("困难帮扶"))
        #expect(scored((content, scheme)).items[0].computed == .zero)
    }

    @Test func byDefaultTheUnitsOwnMaterialsDecide() {
        let item = ScoringItem(id: "D5.1", name: "档案", points: score("5"), rule: .evidence, source: .evidence(.all))
        var (content, scheme) = content(unions: 3, items: [item])
        content.project.materialRequirements = [MaterialRequirement(scope: .all, kinds: ["签到表"])]
        content.activities[0].materials = [MaterialFile(kind: "签到表", path: "activities/签到表.jpg")]
        var second = Activity(
            file: "Content/activities/b.md", title: "二", date: day("2025-07-01"), category: "组织建设",
            counts: [IndicatorCount(indicatorID: "unions", count: 1)], slug: "b")
        // Named but not on disk: the kind counts as absent.
        second.materials = [MaterialFile(kind: "签到表", path: "activities/b-签到表.jpg", exists: false)]
        content.activities.append(second)
        let result = scored((content, scheme))
        #expect(result.items[0].computed == score("2.5"))
        #expect(result.items[0].materials == [MaterialCount(kind: "签到表", present: 1, needed: 2)])
        #expect(result.items[0].missing == [MissingMaterials(unit: .activity(file: "Content/activities/b.md"), kinds: ["签到表"])])
    }

    @Test func complianceFollowsTheStatus() {
        let staffing = ScoringItem(
            id: "D1.1", name: "人员", points: score("5"), rule: .compliance, replacementShare: percent("50%"),
            source: .staffing)
        let budget = ScoringItem(id: "D5.2", name: "经费", points: score("5"), rule: .compliance, source: .budget)
        var (content, scheme) = content(unions: 0, items: [staffing, budget])
        content.project.staffing = StaffingRule(minimum: 2, ledger: "staff", replacementDays: 7)
        content.project.budget = BudgetRule(staffShareMin: percent("75%"), ledger: "expenses", staffItems: ["工资"])
        // One of two leaves on 2025-10-10 and the next joins on 10-13: 3 short days, 补员期内.
        content.roster = [
            StaffMember(name: "甲", joined: day("2025-04-08"), contractSigned: day("2025-04-08"), line: 2),
            StaffMember(name: "乙", joined: day("2025-04-08"), left: day("2025-10-10"), contractSigned: day("2025-04-08"), line: 3),
            StaffMember(name: "丙", joined: day("2025-10-13"), contractSigned: day("2025-10-13"), line: 4),
        ]
        content.expenses = []
        let result = scored((content, scheme))
        #expect(result.items[0].computed == score("2.5"))
        #expect(result.items[0].calculation == "补员期内 → 5 × 50% = 2.50")
        // No expense row yet: 无支出 scores 0.
        #expect(result.items[1].computed == .zero)
        #expect(result.items[1].calculation == "无支出 → 0.00")
        content.expenses = [Expense(date: day("2025-05-01"), item: "工资", amount: Money(yuan: 100), note: "", line: 2)]
        #expect(scored((content, scheme)).items[1].computed == score("5"))
    }

    @Test func scoresReadWithAtMostTwoDecimals() {
        #expect(Score.parse("2.68") == .score(Score(hundredths: 268)))
        #expect(Score.parse("5.5") == .score(Score(hundredths: 550)))
        #expect(Score.parse("4") == .score(Score(hundredths: 400)))
        #expect(Score.parse("1.225") == .tooManyDecimals)
        #expect(Score.parse("-1") == .notANumber)
        #expect(Score.parse("四") == .notANumber)
        #expect(Score(hundredths: 5).text == "0.05" && Score(hundredths: 250).shortText == "2.5")
    }

    @Test func anItemsOwnMaterialsCountOnePerKind() {
        // 制度 listed with an existing file, 培训记录 not written at all: [1, 1] and [0, 1].
        let item = ScoringItem(
            id: "M1", name: "制度", points: score("3"), rule: .manual, evidence: ["制度", "培训记录"],
            materials: [ScoringMaterial(kind: "制度", files: ["assets/制度.pdf"], present: ["assets/制度.pdf"])])
        let result = scored(content(unions: 0, items: [item]))
        #expect(
            result.items[0].materials == [
                MaterialCount(kind: "制度", present: 1, needed: 1), MaterialCount(kind: "培训记录", present: 0, needed: 1),
            ])
        #expect(result.items[0].score == nil)  // still 待评
    }
}
