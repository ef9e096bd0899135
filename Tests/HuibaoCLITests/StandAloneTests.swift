import Foundation
import HuibaoTestSupport
import Testing

/// The repository needs nothing beside it: `make test` passes on a fresh clone alone.
@Suite("The repository stands alone")
struct StandAloneTests {
    /// The folders and files that code, tests and tools live in.
    static let roots = ["Sources", "Tests", "Bench", "tools", "Fuzz", "Makefile", "Package.swift"]

    @Test func nothingReachesOutsideTheRepository() throws {
        var offenders: [String] = []
        let fileManager = FileManager.default
        for root in Self.roots {
            let url = Fixtures.repositoryRoot.appendingPathComponent(root)
            var paths = [root]
            if let enumerator = fileManager.enumerator(atPath: url.path) {
                paths = enumerator.compactMap { $0 as? String }.map { "\(root)/\($0)" }
                if paths.isEmpty { paths = [root] }
            }
            for path in paths where !path.hasSuffix(".md") && !path.hasSuffix("StandAloneTests.swift") {
                guard let data = fileManager.contents(atPath: Fixtures.repositoryRoot.appendingPathComponent(path).path),
                    let text = String(data: data, encoding: .utf8)
                else { continue }
                // Written in two pieces so that this file does not match itself.
                for needle in ["../" + "shared/", "/work/" + "shared"] where text.contains(needle) {
                    offenders.append("\(path): \(needle)")
                }
            }
        }
        #expect(offenders.isEmpty, "\(offenders)")
    }

    /// The benchmark corpus (also the kill test's): deterministic, write-ups of about 7.5 KB.
    @Test func theCorpusGeneratorIsTheProjectsOwnAndDeterministic() throws {
        let folder = try Fixtures.temporaryFolder()
        let generator = Fixtures.repositoryRoot.appendingPathComponent("Bench/gen_corpus.py").path
        for name in ["a", "b"] {
            let process = Process()
            process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
            process.arguments = ["python3", generator, folder.appendingPathComponent(name).path, "240"]
            try process.run()
            process.waitUntilExit()
            try #require(process.terminationStatus == 0)
        }
        let a = folder.appendingPathComponent("a")
        let files = Fixtures.files(in: a)
        #expect(files.filter { $0.hasPrefix("Content/activities/") }.count == 240)
        #expect(files.contains("Content/project.yml") && files.contains("Content/indicators.yml"))
        #expect(files == Fixtures.files(in: folder.appendingPathComponent("b")))
        var bytes = 0
        for file in files where file.hasPrefix("Content/activities/") {
            let data = try Data(contentsOf: a.appendingPathComponent(file))
            #expect(data == (try Data(contentsOf: folder.appendingPathComponent("b").appendingPathComponent(file))))
            bytes += data.count
        }
        let average = bytes / 240
        #expect((6_500...8_500).contains(average), "average write-up \(average) bytes")

        // And huibao builds it without a problem.
        let check = try CommandRunner.huibao(["check", "--source", a.path, "--as-of", "2026-04-08"])
        #expect(check.status == 0, "\(check.stdout)")
        #expect(check.stdout.hasPrefix("没有发现问题"), "\(check.stdout.prefix(2000))")
    }
}
