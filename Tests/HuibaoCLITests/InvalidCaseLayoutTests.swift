import Foundation
import HuibaoBuild
import HuibaoModel
import HuibaoTestSupport
import Testing

/// The bad-input cases' layout (`Tests/Fixtures/invalid/README.md`): base plus the case's files,
/// minus `deleted.txt`; `tools/invalid-case.sh` lays a case out exactly as the tests do.
@Suite("Bad-input cases are the base plus their differences")
struct InvalidCaseLayoutTests {
    /// A problem in the base would show up in every case that does not replace the file.
    @Test func theBaseIsAValidProject() throws {
        var clock = StageClock(total: 3)
        let project = try ProjectLoader.load(source: Fixtures.invalidBase, asOf: InputCaseTests.asOf, clock: &clock)
        #expect(project.diagnostics.map(InputCaseTests.line) == [])
    }

    @Test func deletedFilesAreGoneAndTheCaseFilesAreNotPartOfTheProject() throws {
        let project = try Fixtures.invalid("missing-project")
        #expect(try Fixtures.deletedPaths("missing-project") == ["Content/project.yml"])
        #expect(
            Fixtures.files(in: project) == [
                "Content/activities/2025-05/a.md", "Content/indicators.yml", "Content/ledgers/unions.csv",
            ])
    }

    @Test func caseFilesReplaceBaseFilesAndLinksStayLinks() throws {
        let project = try Fixtures.invalid("image-outside")
        let writeUp = try String(
            contentsOf: project.appendingPathComponent("Content/activities/2025-05/a.md"), encoding: .utf8)
        #expect(writeUp.contains("../../../../secret.png"))
        let link = try FileManager.default.destinationOfSymbolicLink(
            atPath: project.appendingPathComponent("Content/assets/link.png").path)
        #expect(link == "../../secret.png")
        #expect(FileManager.default.fileExists(atPath: project.appendingPathComponent("Content/project.yml").path))
    }

    @Test func everyDeletedPathIsABaseFile() throws {
        #expect(!Fixtures.invalidCases().contains("_base"))
        for name in Fixtures.invalidCases() {
            for path in try Fixtures.deletedPaths(name) {
                let inBase = FileManager.default.fileExists(
                    atPath: Fixtures.invalidBase.appendingPathComponent(path).path)
                #expect(inBase, "\(name)/deleted.txt: \(path) is not a base file")
            }
        }
    }

    @Test func theScriptLaysOutEveryCaseLikeTheTests() throws {
        let script = Fixtures.repositoryRoot.appendingPathComponent("tools/invalid-case.sh")
        let work = try Fixtures.temporaryFolder()
        for name in Fixtures.invalidCases() {
            let target = work.appendingPathComponent(name)
            let process = Process()
            process.executableURL = URL(fileURLWithPath: "/bin/bash")
            process.arguments = [script.path, name, target.path]
            try process.run()
            process.waitUntilExit()
            #expect(process.terminationStatus == 0, "\(name)")
            let differences = try Snapshot.compareFoldersIgnoringRecording(
                actual: target, expected: try Fixtures.invalid(name))
            #expect(differences.isEmpty, "\(name): \(Snapshot.describe(differences))")
        }
    }
}
