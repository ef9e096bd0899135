import Foundation
import HuibaoBuild
import HuibaoModel
import HuibaoTestSupport
import Testing

/// One case per bad input under `Tests/Fixtures/invalid/`: the base project `_base/` with the
/// case's own files laid over it, and every diagnostic it must produce in `expected.txt`
/// (`file:line:column: 错误|警告: message`). `RECORD_SNAPSHOTS=1` re-records `expected.txt`.
@Suite("Every bad input gets exactly its diagnostics")
struct InputCaseTests {
    static let asOf = Day(year: 2025, month: 10, day: 20)!

    static func line(_ diagnostic: Diagnostic) -> String {
        "\(diagnostic.position.file):\(diagnostic.position.line):\(diagnostic.position.column): \(diagnostic.severity.label): \(diagnostic.message)"
    }

    /// In process: the exact list, severity, file, line and column included.
    @Test(arguments: Fixtures.invalidCases())
    func exactDiagnostics(_ name: String) throws {
        var clock = StageClock(total: 3)
        let project = try ProjectLoader.load(source: try Fixtures.invalid(name), asOf: Self.asOf, clock: &clock)
        let actual = project.diagnostics.map(Self.line)
        #expect(!project.diagnostics.isEmpty)
        if let problem = try Snapshot.compareLines(actual, expected: Fixtures.expectedURL(name)) {
            Issue.record("\(problem)")
        }
    }

    /// The built binary: `check` prints them with the offending line and exits 1 on errors, 0 on warnings only.
    @Test(arguments: Fixtures.invalidCases())
    func checkCommand(_ name: String) throws {
        let expected = try Fixtures.expectedDiagnostics(name)
        let result = try CommandRunner.huibao([
            "check", "--source", try Fixtures.invalid(name).path, "--as-of", "2025-10-20",
        ])
        let hasErrors = expected.contains { $0.contains(": 错误: ") }
        #expect(result.status == (hasErrors ? 1 : 0), "\(result.stdout)\(result.stderr)")
        for line in expected {
            #expect(result.stdout.contains(line + "\n"), "\(line)")
        }
    }

    /// `RECORD_SNAPSHOTS=1` writes each case's `expected.txt` exactly as committed (one line
    /// each, final newline) and reports every recorded case as a failure.
    @Test func recordingGivesBackEveryExpectedFileByteForByte() throws {
        let folder = try Fixtures.temporaryFolder()
        for name in Fixtures.invalidCases() {
            var clock = StageClock(total: 3)
            let project = try ProjectLoader.load(source: try Fixtures.invalid(name), asOf: Self.asOf, clock: &clock)
            let recorded = folder.appendingPathComponent("\(name).txt")
            try Data("旧的\n".utf8).write(to: recorded)
            let problem = try Snapshot.$forcesRecording.withValue(true) {
                try Snapshot.compareLines(project.diagnostics.map(Self.line), expected: recorded)
            }
            #expect(problem?.hasPrefix("recorded ") == true, "\(name)")
            #expect(
                FileManager.default.contents(atPath: recorded.path)
                    == FileManager.default.contents(atPath: Fixtures.expectedURL(name).path), "\(name)")
        }
    }

    @Test func thereIsACaseForEveryKindOfBadInput() {
        #expect(Fixtures.invalidCases().count >= 40)
    }
}
