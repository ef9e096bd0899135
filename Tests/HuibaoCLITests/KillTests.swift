import Foundation
import HuibaoTestSupport
import Testing

#if canImport(Glibc)
    import Glibc
#endif

/// A build killed with SIGKILL at any moment leaves either the previous site or the new
/// one, complete: never a mix, never no site.
@Suite("Killing a build at random moments", .serialized)
struct KillTests {
    @Test func everyKillLeavesACompleteSite() throws {
        let folder = try Fixtures.temporaryFolder()
        let corpus = folder.appendingPathComponent("corpus")
        let generator = Process()
        generator.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        generator.arguments = [
            "python3",
            Fixtures.repositoryRoot.appendingPathComponent("Bench/gen_corpus.py").path,
            corpus.path, "1000",
        ]
        generator.standardOutput = FileHandle.nullDevice
        try generator.run()
        generator.waitUntilExit()
        try #require(generator.terminationStatus == 0, "gen_corpus.py failed")

        let output = folder.appendingPathComponent("public")
        let arguments = ["build", "--source", corpus.path, "--output", output.path, "--as-of", "2026-04-08"]
        // The previous site, and how long a build takes.
        let start = Date()
        let first = try CommandRunner.huibao(arguments)
        let duration = Date().timeIntervalSince(start)
        try #require(first.status == 0, "\(first.stderr)")
        let reference = Fixtures.files(in: output)
        let referenceIndex = try Data(contentsOf: output.appendingPathComponent("index.html"))
        #expect(reference.count > 1000)

        let kills = 20
        var duringStaging = 0
        for k in 0..<kills {
            let process = Process()
            process.executableURL = Fixtures.binary
            process.arguments = arguments
            process.standardOutput = FileHandle.nullDevice
            process.standardError = FileHandle.nullDevice
            try process.run()
            if k.isMultiple(of: 2) {
                // Spread over the whole build.
                usleep(useconds_t(duration * (Double(k) + 0.5) / Double(kills) * 1_000_000))
            } else {
                // While it writes: writing is a small part of a build, which an even spread can miss.
                let deadline = Date().addingTimeInterval(duration * 2)
                while process.isRunning, Date() < deadline, !stagingExists(in: folder, of: process) { usleep(200) }
                usleep(useconds_t(k * 500))
            }
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()

            if stagingExists(in: folder, of: process) { duringStaging += 1 }
            // Complete: the same files as a full build, byte for byte on the home page.
            #expect(Fixtures.files(in: output) == reference, "kill \(k)")
            #expect(try Data(contentsOf: output.appendingPathComponent("index.html")) == referenceIndex, "kill \(k)")
        }
        #expect(duringStaging > 0, "no kill landed while the staging folder existed")
        print(
            "kill test: build \(String(format: "%.2f", duration)) s, \(kills) kills, \(duringStaging) while staging existed"
        )

        // The next build cleans up what the killed ones left (the lock file stays: see OutputLock).
        #expect(try CommandRunner.huibao(arguments).status == 0)
        let left = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter {
            $0.contains("huibao-") && $0 != ".public.huibao-lock"
        }
        #expect(left.isEmpty, "\(left)")
    }

    /// Whether the staging folder of the build `process` is beside `public`.
    func stagingExists(in folder: URL, of process: Process) -> Bool {
        FileManager.default.fileExists(
            atPath: folder.appendingPathComponent(".public.huibao-staging-\(process.processIdentifier)").path)
    }
}
