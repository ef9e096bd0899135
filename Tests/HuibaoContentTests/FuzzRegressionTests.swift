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
}

extension Result {
    fileprivate var failure: Failure? {
        if case .failure(let failure) = self { return failure }
        return nil
    }
}
