import Foundation
import HuibaoTestSupport
import Testing

@testable import HuibaoServe

/// The preview never waits on a FIFO (attack review finding 20): a FIFO named `*.md` that
/// appears while it runs is reported like the build reports it, and never opened.
@Suite("Preview and special files")
struct ServeSpecialFilesTests {
    @Test func aFIFONamedMarkdownIsNeverRead() throws {
        let folder = try Fixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let source = folder.appendingPathComponent("site")
        try FileManager.default.copyItem(at: Fixtures.site("basic"), to: source)
        var project = ProjectFiles(source: source)
        try project.reloadAll()
        let fifo = "Content/activities/2025-05/pipe.md"
        #expect(mkfifo(source.appendingPathComponent(fifo).path, 0o644) == 0)
        // Returns at all (a blocking open would hang here), reading the project again.
        let reread = try project.apply([fifo])
        #expect(reread == nil)
        #expect(!project.snapshot().files.contains { $0.path == "activities/2025-05/pipe.md" })
    }
}
