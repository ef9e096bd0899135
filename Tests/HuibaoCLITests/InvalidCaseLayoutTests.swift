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

    /// `tools/invalid-case-trim.sh` turns a complete project (the old layout) into its differences.
    @Test func theTrimScriptKeepsOnlyTheDifferences() throws {
        let cases = try Fixtures.temporaryFolder()
        try FileManager.default.copyItem(at: Fixtures.invalidBase, to: cases.appendingPathComponent("_base"))
        let legacy = cases.appendingPathComponent("old-layout")
        try FileManager.default.copyItem(at: try Fixtures.invalid("count-too-large"), to: legacy)
        try FileManager.default.copyItem(
            at: Fixtures.expectedURL("count-too-large"), to: legacy.appendingPathComponent("expected.txt"))
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/bash")
        process.arguments = [Fixtures.repositoryRoot.appendingPathComponent("tools/invalid-case-trim.sh").path]
        process.environment = ["INVALID_CASES": cases.path, "PATH": "/usr/bin:/bin"]
        try process.run()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        #expect(Fixtures.files(in: legacy) == Fixtures.files(in: Fixtures.invalidCaseFolder("count-too-large")))
        #expect(Fixtures.files(in: cases.appendingPathComponent("_base")) == Fixtures.files(in: Fixtures.invalidBase))
    }
}
