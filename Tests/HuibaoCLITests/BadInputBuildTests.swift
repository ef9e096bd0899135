import Foundation
import HuibaoTestSupport
import Testing

/// `build` on bad input: the same errors as `check`, exit 1, never a trap and never "0 个错误".
@Suite("build reports bad input like check does")
struct BadInputBuildTests {
    @Test(arguments: [
        "count-too-large", "ledger-total-too-large", "empty-required-fields", "period-year-typo",
    ])
    func buildStopsWithTheErrors(_ name: String) throws {
        let expected = try Fixtures.expectedDiagnostics(name)
        let output = try Fixtures.temporaryFolder().appendingPathComponent("site")
        let result = try CommandRunner.huibao([
            "build", "--source", try Fixtures.invalid(name).path, "--as-of", "2025-10-20", "--output", output.path,
        ])
        #expect(result.status == 1, "\(result.stdout)\(result.stderr)")
        for line in expected {
            #expect(result.stderr.contains(line + "\n"), "\(line)")
        }
        #expect(!result.stderr.contains("发现 0 个错误"))
        #expect(!FileManager.default.fileExists(atPath: output.path))
    }
}
