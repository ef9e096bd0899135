import HuibaoModel
import Testing

@testable import HuibaoContent

/// Inputs `make fuzz` found crashing, minimised: each must now give a diagnostic instead.
@Suite struct FuzzRegressionTests {
    /// A mapping key that is itself a mapping with a list key trapped in Yams' `Node.any`
    /// (found by FuzzYAML as `? - 名称id: unions` under a key).
    @Test(arguments: ["{[a]: b}: c\n", "? - ? - a\n", "服务类别:\n? - 名称id: unions\n    ? - 名称idO"])
    func mappingKeyThatIsNotASingleValue(yaml: String) throws {
        let result = YAMLParsing.parse(yaml, file: "Content/project.yml", firstLine: 1)
        let diagnostic = try #require(result.failure)
        #expect(diagnostic.code == "yaml.complex-key")
        #expect(diagnostic.severity == .error)
    }

    @Test func listKeyIsAnErrorAtItsLine() throws {
        let result = YAMLParsing.parse("name: x\n[a, b]: c\n", file: "Content/project.yml", firstLine: 2)
        let diagnostic = try #require(result.failure)
        #expect(diagnostic.code == "yaml.complex-key")
        #expect(diagnostic.position == SourcePosition(file: "Content/project.yml", line: 3, column: 1))
    }

    /// libyaml also ends a line at U+2028, U+2029 and U+0085, where editors and huibao do not:
    /// positions after one were a line too far (found by FuzzYAML as `# |\r\r\u{2028}…`).
    @Test func positionsAfterAUnicodeLineSeparatorAreTheFilesLines() throws {
        let value = try #require(try YAMLParsing.parse("# |\n\n\u{2028}\n\n\u{2028}\nb", file: "f.yml").get())
        #expect(value.position == SourcePosition(file: "f.yml", line: 6, column: 1))

        let mapping = try #require(try YAMLParsing.parse("a: 1\u{2028}b: 2\nc: 3\n", file: "f.yml", firstLine: 2).get())
        guard case .mapping(let pairs, _) = mapping else {
            Issue.record("not a mapping: \(mapping)")
            return
        }
        #expect(pairs.map(\.key) == ["a", "b", "c"])
        #expect(pairs.map(\.keyPosition.line) == [2, 2, 3])
        #expect(pairs[1].keyPosition.column == 6)
    }

    @Test func unclosedBracketAfterAParagraphSeparatorIsOnTheFilesLine() throws {
        let result = YAMLParsing.parse("a: 1\u{2029}\nb: [1, 2\nc: 3\n", file: "f.yml")
        let diagnostic = try #require(result.failure)
        #expect(diagnostic.code == "yaml.unclosed")
        #expect(diagnostic.position == SourcePosition(file: "f.yml", line: 2, column: 4))
        #expect(diagnostic.excerpt == "b: [1, 2")
    }
}

extension Result {
    fileprivate var failure: Failure? {
        if case .failure(let failure) = self { return failure }
        return nil
    }
}
