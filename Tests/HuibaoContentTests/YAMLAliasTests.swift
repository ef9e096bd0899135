import Foundation
import HuibaoModel
import Testing

@testable import HuibaoContent

/// Anchors and aliases are refused before anything composes or walks them (finding 10).
@Suite("YAML anchors and aliases")
struct YAMLAliasTests {
    /// The review's payload: ten levels, each repeating the previous anchor nine times.
    static func billionLaughs(levels: Int) -> String {
        var text = "title: 宣讲\nxa0: &a0 [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n"
        for level in 1..<levels {
            let items = Array(repeating: "*a\(level - 1)", count: 9).joined(separator: ",")
            text += "xa\(level): &a\(level) [\(items)]\n"
        }
        return text
    }

    @Test func billionLaughsIsRefusedAtTheFirstAnchorInWellUnderASecond() {
        let start = ContinuousClock.now
        let result = YAMLParsing.parse(Self.billionLaughs(levels: 10), file: "a.md", firstLine: 2)
        let elapsed = ContinuousClock.now - start
        guard case .failure(let diagnostic) = result else {
            Issue.record("aliases were accepted")
            return
        }
        #expect(diagnostic.code == "yaml.alias")
        #expect(diagnostic.message == "不支持 YAML 的锚点和别名（&、*），请直接写出内容")
        #expect(diagnostic.position == SourcePosition(file: "a.md", line: 3, column: 6))
        #expect(elapsed < .milliseconds(500))
    }

    @Test(arguments: [
        ("a: &x 1\nb: *x\n", 1, 4),
        ("a: 1\nb: *x\n", 2, 4),
        ("list:\n  - &x [1]\n", 2, 5),
        ("a: !!str &x 1\n", 1, 4),
        ("? &k a\n: 1\n", 1, 3),
        ("m: &m\n  k: v\n", 1, 4),
    ])
    func everyAnchorOrAliasIsAnErrorAtItsLine(_ text: String, _ line: Int, _ column: Int) {
        #expect(YAMLFastPath.parse(text, file: "a.md", lineOffset: 0) == nil)
        guard case .failure(let diagnostic) = YAMLParsing.parse(text, file: "a.md") else {
            Issue.record("accepted: \(text)")
            return
        }
        #expect(diagnostic.code == "yaml.alias", "\(text)")
        #expect(diagnostic.position.line == line, "\(text)")
        #expect(diagnostic.position.column == column, "\(text)")
    }

    @Test(arguments: ["a: 'x & y *z'\n", "a: x & y\n", "a: 3*4\n", "a: |\n  &x *y\n", "a: \"*x\"\n", "# &x *y\na: 1\n"])
    func ampersandsAndAsterisksInTextAreFine(_ text: String) throws {
        let value = try YAMLParsing.parse(text, file: "a.md").get()
        #expect(value != nil)
    }
}
