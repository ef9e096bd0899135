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
