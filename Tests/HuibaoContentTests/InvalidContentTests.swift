import Foundation
import HuibaoModel
import HuibaoTestSupport
import Testing

@testable import HuibaoContent

/// One folder per bad input under `Tests/Fixtures/invalid/`, each with the exact error lines
/// it must produce in `expected.txt` (position, severity and message).
@Suite("Bad input gives exactly its diagnostics")
struct InvalidContentTests {
    @Test(arguments: Fixtures.invalidCases())
    func exactErrors(_ name: String) throws {
        let folder = Fixtures.invalid(name)
        let result = ContentParser.parse(try ContentLoader.load(source: folder))
        let expected = try String(contentsOf: folder.appendingPathComponent("expected.txt"), encoding: .utf8)
            .split(separator: "\n").map(String.init)
        let errors = result.diagnostics.filter { $0.severity == .error }
            .map { "\($0.position.file):\($0.position.line):\($0.position.column): 错误: \($0.message)" }
        #expect(errors == expected)
        #expect(result.content == nil)
    }

    @Test func thereAreCases() {
        #expect(Fixtures.invalidCases().count >= 15)
    }
}
