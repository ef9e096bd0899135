import Foundation
import HuibaoBuild
import HuibaoModel
import HuibaoTestSupport
import Testing

/// The whole output of the example project (`Content/`) and of the basic fixture, for the team
/// and for the public, byte-compared with trees recorded before the architecture change (issue
/// 16): a refactoring of the pipeline must not change a byte. `RECORD_SNAPSHOTS=1` re-records.
@Suite("Whole output trees against the golden copies", .serialized)
struct OutputGoldenTests {
    static let asOf = Day(year: 2026, month: 3, day: 31)!

    @Test(arguments: ["example team", "example public", "basic public"])
    func outputMatchesTheGoldenTree(_ name: String) throws {
        let parts = name.split(separator: " ").map(String.init)
        let source = parts[0] == "example" ? Fixtures.repositoryRoot : Fixtures.site(parts[0])
        let audience: Audience = parts[1] == "public" ? .publicReaders : .team(drafts: false)
        let output = try Fixtures.temporaryFolder().appendingPathComponent("public")
        let outcome = try SiteBuilder.build(
            BuildOptions(source: source, output: output, asOf: Self.asOf, audience: audience))
        #expect(outcome.written, "\(outcome.diagnostics.map(\.formatted))")
        let expected = Fixtures.repositoryRoot
            .appendingPathComponent("Tests/Fixtures/golden/\(parts[0])-\(parts[1])")
        #expect(GoldenWorkbooks.setAside(in: output))
        let differences = try Snapshot.compareFolders(actual: output, expected: expected)
        #expect(differences.isEmpty, "\(Snapshot.describe(differences))")
    }
}
