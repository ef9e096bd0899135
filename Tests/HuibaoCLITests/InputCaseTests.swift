import Foundation
import HuibaoBuild
import HuibaoModel
import HuibaoTestSupport
import Testing

/// One folder per bad input under `Tests/Fixtures/invalid/`, each with every diagnostic it
/// must produce in `expected.txt` (`file:line:column: 错误|警告: message`, sorted).
@Suite("Every bad input gets exactly its diagnostics")
struct InputCaseTests {
    static let asOf = Day(year: 2025, month: 10, day: 20)!

    static func expected(_ name: String) throws -> [String] {
        try String(contentsOf: Fixtures.invalid(name).appendingPathComponent("expected.txt"), encoding: .utf8)
            .split(separator: "\n").map(String.init)
    }

    static func line(_ diagnostic: Diagnostic) -> String {
        "\(diagnostic.position.file):\(diagnostic.position.line):\(diagnostic.position.column): \(diagnostic.severity.label): \(diagnostic.message)"
    }

    /// In process: the exact list, severity, file, line and column included.
    @Test(arguments: Fixtures.invalidCases())
    func exactDiagnostics(_ name: String) throws {
        var clock = StageClock(total: 3)
        let project = try ProjectLoader.load(source: Fixtures.invalid(name), asOf: Self.asOf, clock: &clock)
        #expect(project.diagnostics.map(Self.line) == (try Self.expected(name)))
        #expect(!project.diagnostics.isEmpty)
    }

    /// The built binary: `check` prints them with the offending line and exits 1 on errors, 0 on warnings only.
    @Test(arguments: Fixtures.invalidCases())
    func checkCommand(_ name: String) throws {
        let expected = try Self.expected(name)
        let result = try CommandRunner.huibao([
            "check", "--source", Fixtures.invalid(name).path, "--as-of", "2025-10-20",
        ])
        let hasErrors = expected.contains { $0.contains(": 错误: ") }
        #expect(result.status == (hasErrors ? 1 : 0), "\(result.stdout)\(result.stderr)")
        for line in expected {
            #expect(result.stdout.contains(line + "\n"), "\(line)")
        }
    }

    @Test func thereIsACaseForEveryKindOfBadInput() {
        #expect(Fixtures.invalidCases().count >= 40)
    }
}
