import Foundation
import HuibaoTestSupport
import Testing

/// `docs/errors.md` shows "the real output" of a build of the example project with four lines
/// broken: each quoted line is written back at its file and line in a copy of the example, and
/// the build must print exactly the quoted block. `docs/format/staff-names.md` does the same
/// with `check` and three staff names.
@Suite("The error example in docs/errors.md is real")
struct DocsErrorExampleTests {
    /// The fenced block after the sentence that introduces it.
    static func quotedBlock(page path: String = "docs/errors.md") throws -> [String] {
        let page = try String(
            contentsOf: Fixtures.repositoryRoot.appendingPathComponent(path), encoding: .utf8)
        let lines = page.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let intro = try #require(lines.firstIndex { $0.contains("程序的真实输出") })
        let open = try #require(lines[intro...].firstIndex { $0.hasPrefix("```") })
        let close = try #require(lines[(open + 1)...].firstIndex { $0.hasPrefix("```") })
        return Array(lines[(open + 1)..<close])
    }

    /// A copy of the example project with each quoted line written back at its file and line;
    /// returns it and the number of lines written.
    static func project(broken block: [String]) throws -> (URL, Int) {
        let project = try Fixtures.temporaryFolder()
        for folder in ["Content", "Templates"] {
            try FileManager.default.copyItem(
                at: Fixtures.repositoryRoot.appendingPathComponent(folder), to: project.appendingPathComponent(folder))
        }
        // `path:line:column: …` followed by the line as written (indented by four spaces).
        var edits = 0
        for (index, line) in block.enumerated() where !line.hasPrefix("    ") && index + 1 < block.count {
            let parts = line.split(separator: ":", maxSplits: 2)
            guard parts.count == 3, let number = Int(parts[1]), block[index + 1].hasPrefix("    ") else { continue }
            let file = project.appendingPathComponent(String(parts[0]))
            var fileLines = try String(contentsOf: file, encoding: .utf8)
                .split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
            try #require(number <= fileLines.count, "\(line)")
            fileLines[number - 1] = String(block[index + 1].dropFirst(4))
            try fileLines.joined(separator: "\n").write(to: file, atomically: true, encoding: .utf8)
            edits += 1
        }
        return (project, edits)
    }

    @Test func theQuotedOutputIsWhatABuildPrints() throws {
        let block = try Self.quotedBlock()
        let (project, edits) = try Self.project(broken: block)
        #expect(edits == 4)
        let build = try CommandRunner.huibao(["build", "--source", project.path, "--as-of", "2025-10-20"])
        #expect(build.status == 1)
        #expect(build.stderr == block.joined(separator: "\n") + "\n", "huibao printed:\n\(build.stderr)")
    }

    @Test func theStaffNamesExampleIsWhatCheckPrints() throws {
        let block = try Self.quotedBlock(page: "docs/format/staff-names.md")
        let (project, edits) = try Self.project(broken: block)
        #expect(edits == 3)
        let check = try CommandRunner.huibao(["check", "--source", project.path, "--as-of", "2025-10-20"])
        #expect(check.status == 0)
        #expect(check.stdout == block.joined(separator: "\n") + "\n", "huibao printed:\n\(check.stdout)")
    }
}
