import Foundation
import HuibaoModel
import HuibaoTestSupport
import Testing

@testable import HuibaoContent

/// `scoring/<evaluation id>.yml` beside or instead of `scoring.yml`: an evaluation uses its own
/// scheme when there is one; its errors are at its own file and line; an unknown id in the
/// file name is an error with a suggestion.
@Suite("Per-evaluation scoring schemes")
struct ScoringPerEvaluationTests {
    /// A scheme for the final only: one manual item of 10 points.
    static let finalScheme = """
        名称: 末期评估评分细则
        总分: 10
        等级:
          - {名称: 合格, 最低分: 6}
          - {名称: 不合格, 最低分: 0}
        合格等级: 合格
        一级指标:
          - 名称: 综合
            分值: 10
            评分项:
              - {编号: F1, 名称: 项目成效, 分值: 10, 评分标准: 评估组综合打分}

        """

    /// The basic fixture with `files` (path relative to `Content/` → text) laid over it;
    /// `general` false leaves scoring.yml out.
    func parse(general: Bool = true, _ files: [String: String]) throws -> ContentParser.Result {
        var snapshot = try ContentLoader.load(source: Fixtures.site("basic"))
        var all = files
        if general {
            let bytes = try Data(contentsOf: Fixtures.folder.appendingPathComponent("scoring/basic/scoring.yml"))
            all["scoring.yml"] = String(decoding: bytes, as: UTF8.self)
        }
        for (path, text) in all {
            snapshot.files.append(ContentSnapshot.File(path: path, bytes: Array(text.utf8)))
            snapshot.allPaths.insert(path)
        }
        snapshot.files.sort { $0.path < $1.path }
        return ContentParser.parse(snapshot)
    }

    @Test func anEvaluationUsesItsOwnFileBesideTheGeneralOne() throws {
        let result = try parse(["scoring/final.yml": Self.finalScheme])
        #expect(!result.diagnostics.hasErrors, "\(result.diagnostics.map(\.formatted))")
        let setup = try #require(result.content?.scoring)
        let midterm = try #require(setup.schemes["midterm"])
        let final = try #require(setup.schemes["final"])
        #expect(midterm.name == "测试评分细则" && midterm.file == "Content/scoring.yml")
        #expect(final.name == "末期评估评分细则" && final.file == "Content/scoring/final.yml")
        #expect(final.items.map(\.id) == ["F1"] && final.appliesTo == ["final"])
    }

    @Test func anOwnFileWorksInsteadOfTheGeneralOne() throws {
        let result = try parse(general: false, ["scoring/final.yml": Self.finalScheme])
        #expect(!result.diagnostics.hasErrors, "\(result.diagnostics.map(\.formatted))")
        let setup = try #require(result.content?.scoring)
        #expect(setup.schemes["midterm"] == nil)
        #expect(setup.schemes["final"]?.file == "Content/scoring/final.yml")
        // Scores for the final are read against its own scheme.
        let scored = try parse(
            general: false,
            ["scoring/final.yml": Self.finalScheme, "scores/final.yml": "F1: {得分: 8.5, 说明: 评估组现场打分}\n否决: []\n"])
        #expect(!scored.diagnostics.hasErrors, "\(scored.diagnostics.map(\.formatted))")
        #expect(scored.content?.scoring.scores["final"]?.entries["F1"]?.score == Score(hundredths: 850))
        // A scores file for the mid-term, which has no scheme now, is an error.
        let orphan = try parse(
            general: false, ["scoring/final.yml": Self.finalScheme, "scores/midterm.yml": "否决: []\n"])
        #expect(orphan.diagnostics.map(\.code).contains("scoring.not-applicable"))
    }

    @Test func anErrorInAnOwnFileIsAtItsFileAndLine() throws {
        let broken = Self.finalScheme.replacingOccurrences(of: "分值: 10, 评分标准", with: "分值: 9, 评分标准")
        let result = try parse(["scoring/final.yml": broken])
        let error = try #require(result.diagnostics.first { $0.code == "scoring.sum" })
        #expect(error.position.file == "Content/scoring/final.yml" && error.position.line == 9)
        #expect(error.formatted.hasPrefix("Content/scoring/final.yml:9:"))
    }

    @Test func anUnknownEvaluationIdInTheFileNameIsAnErrorWithASuggestion() throws {
        let result = try parse(["scoring/fianl.yml": Self.finalScheme])
        let error = try #require(result.diagnostics.first { $0.code == "scoring.unknown-evaluation" })
        #expect(error.position.file == "Content/scoring/fianl.yml")
        #expect(error.message.contains("“fianl”") && error.message.contains("是不是“final”？"))
    }
}
