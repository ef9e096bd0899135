import Foundation
import HuibaoModel
import HuibaoTestSupport
import Testing

@testable import HuibaoContent

/// scoring.yml and scores/<id>.yml read into the model; an evaluation's score decides its status.
@Suite("Reading the scoring scheme and self-scores")
struct ScoringReaderTests {
    /// The basic fixture with Tests/Fixtures/scoring/basic laid over it, and `project` replacing project.yml.
    func parse(project: ((String) -> String)? = nil) throws -> ContentParser.Result {
        var snapshot = try ContentLoader.load(source: Fixtures.site("basic"))
        let scoring = Fixtures.folder.appendingPathComponent("scoring/basic")
        for (file, path) in [("scoring.yml", "scoring.yml"), ("midterm.yml", "scores/midterm.yml")] {
            let bytes = try Data(contentsOf: scoring.appendingPathComponent(file))
            snapshot.files.append(ContentSnapshot.File(path: path, bytes: Array(bytes)))
            snapshot.allPaths.insert(path)
        }
        if let project, let index = snapshot.files.firstIndex(where: { $0.path == "project.yml" }) {
            let text = String(decoding: snapshot.files[index].bytes, as: UTF8.self)
            snapshot.files[index].bytes = Array(project(text).utf8)
        }
        snapshot.files.sort { $0.path < $1.path }
        return ContentParser.parse(snapshot)
    }

    @Test func everyKeyAndAliasIsRead() throws {
        let result = try parse()
        #expect(!result.diagnostics.hasErrors, "\(result.diagnostics.map(\.formatted))")
        let setup = try #require(result.content?.scoring)
        let scheme = try #require(setup.schemes["midterm"])
        #expect(setup.schemes["final"] == scheme)
        #expect(scheme.name == "测试评分细则" && scheme.total == Score(hundredths: 1400))
        #expect(scheme.grades.map(\.name) == ["优秀", "合格", "不合格"] && scheme.passLine == Score(hundredths: 800))
        #expect(scheme.vetoes == [ScoringVeto(id: "V1", name: "项目资金被挪用")])
        let items = scheme.items
        #expect(items.map(\.id) == ["U1", "U2", "P1", "P2", "S1", "S2"])
        #expect(items.map(\.rule) == [.bands, .ratio, .ratio, .manual, .compliance, .compliance])
        #expect(items[0].bands.map(\.min.hundredths) == [10_000, 8000, 5000])  // highest first
        #expect(items[0].evidence == ["建会批复"])
        #expect(items[1].source == .indicator("members"))  // by name
        #expect(items[2].points == Score(hundredths: 250))
        #expect(items[4].source == .staffing && items[4].replacementShare == Percent(hundredths: 5000))
        #expect(items[5].source == .budget)
        #expect(setup.scores["midterm"]?.entries["U2"] == SelfScore(score: Score(hundredths: 150), note: "一家工会会员名单待核实"))
    }

    @Test func anAnnouncedScoreDecidesTheStatusAndThePayment() throws {
        // The final's score alone (no status written): 12.5 ≥ 8 → 通过, and its 尾款 becomes due.
        let result = try parse { $0.replacingOccurrences(of: "    日期: 2026/4/28", with: "    日期: 2026/4/28\n    得分: 12.5") }
        #expect(!result.diagnostics.hasErrors, "\(result.diagnostics.map(\.formatted))")
        let content = try #require(result.content)
        let final = try #require(content.project.evaluation(id: "final"))
        #expect(final.score == Score(hundredths: 1250) && final.status == .passed)
        let third = try #require(content.project.installments.last)
        #expect(PaymentStatus.of(third, evaluations: content.project.evaluations, asOf: Day.parse("2026-04-28")!) == .overdue)
        #expect(PaymentStatus.of(third, evaluations: content.project.evaluations, asOf: Day.parse("2026-04-27")!) == .pending)
        // Below the pass line: 未通过, so 不满足条件.
        let failed = try parse { $0.replacingOccurrences(of: "    日期: 2026/4/28", with: "    日期: 2026/4/28\n    得分: 7.99") }
        let failedContent = try #require(failed.content)
        #expect(failedContent.project.evaluation(id: "final")?.status == .failed)
        #expect(
            PaymentStatus.of(
                failedContent.project.installments.last!, evaluations: failedContent.project.evaluations,
                asOf: Day.parse("2026-05-01")!) == .conditionNotMet)
    }

    @Test func unscoredWarnsOnlyFromThirtyDaysBeforeAPendingEvaluation() throws {
        // The final (2026-04-28) is pending and has no scores file: P2 is manual.
        let content = try #require(try parse().content)
        let before = ScoringChecks.unscored(content, asOf: Day.parse("2026-03-28")!)
        #expect(before.isEmpty)
        let from = ScoringChecks.unscored(content, asOf: Day.parse("2026-03-29")!)
        #expect(from.map(\.code) == ["scoring.unscored"])
        #expect(from.first?.position.file == "Content/scoring.yml" && from.first?.position.line == 32)
        // The mid-term has passed (status written): never warned, though P2 has no score there either.
        #expect(ScoringChecks.unscored(content, asOf: Day.parse("2025-10-15")!).isEmpty)
    }
}
