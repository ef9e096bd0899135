import Foundation
import HuibaoTestSupport
import Testing

#if canImport(Glibc)
    import Glibc
#endif

/// The attack review's reproductions of findings 1 and 20 on the built binary: a category
/// name or an evaluation id with `../` never reaches a file outside the output, and FIFOs
/// where huibao reads never hang a command.
@Suite("The review's path reproductions (the built binary)")
struct TraversalTests {
    /// A project at `<temp>/proj` with a file it does not own at `<temp>/victim/<name>`.
    func project(victim name: String) throws -> (project: URL, victim: URL) {
        let folder = try Fixtures.temporaryFolder()
        let project = folder.appendingPathComponent("proj")
        try FileManager.default.copyItem(
            at: Fixtures.site("basic").appendingPathComponent("Content"), to: project.appendingPathComponent("Content"))
        let victim = folder.appendingPathComponent("victim/\(name)")
        try FileManager.default.createDirectory(at: victim.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data("precious\n".utf8).write(to: victim)
        return (project, victim)
    }

    func append(_ text: String, to file: URL) throws {
        let handle = try FileHandle(forWritingTo: file)
        handle.seekToEndOfFile()
        handle.write(Data(text.utf8))
        handle.closeFile()
    }

    @Test func aCategoryNameWithParentsIsAnErrorFromCheckAndBuild() throws {
        let (project, victim) = try project(victim: "index.html")
        try append(
            "  - 名称: ../../../victim\n    指标:\n      - 编号: probe\n        名称: 探针\n",
            to: project.appendingPathComponent("Content/indicators.yml"))
        let check = try CommandRunner.huibao(["check", "--source", project.path, "--as-of", "2025-10-20"])
        #expect(check.status == 1)
        #expect(check.stdout.contains("Content/indicators.yml:"), "\(check.stdout)")
        #expect(check.stdout.contains("服务类别名称“../../../victim”不能用作网址"))
        let build = try CommandRunner.huibao(["build", "--source", project.path, "--as-of", "2025-10-20"])
        #expect(build.status == 1)
        #expect(build.stderr.contains("服务类别名称“../../../victim”不能用作网址"), "\(build.stderr)")
        #expect(try String(contentsOf: victim, encoding: .utf8) == "precious\n")
    }

    @Test func anEvaluationIDWithParentsIsAnErrorFromBuildAndReport() throws {
        let (project, victim) = try project(victim: "notes.html")
        let file = project.appendingPathComponent("Content/project.yml")
        let yaml = try String(contentsOf: file, encoding: .utf8)
            .replacingOccurrences(of: "id: midterm", with: "id: ../../../victim/notes")
            .replacingOccurrences(of: "条件评估: midterm", with: "条件评估: ../../../victim/notes")
        try Data(yaml.utf8).write(to: file)
        let build = try CommandRunner.huibao(["build", "--source", project.path, "--as-of", "2025-10-20"])
        #expect(build.status == 1)
        #expect(build.stderr.contains("评估编号“../../../victim/notes”不能用作网址"), "\(build.stderr)")
        let report = try CommandRunner.huibao(["report", "../../../victim/notes", "--source", project.path])
        #expect(report.status == 1)
        #expect(try String(contentsOf: victim, encoding: .utf8) == "precious\n")
    }

    @Test func FIFOsAsAWriteUpOrALedgerAreNamedByCheck() throws {
        let (project, _) = try project(victim: "x")
        let content = project.appendingPathComponent("Content")
        try #require(mkfifo(content.appendingPathComponent("activities/2025-05/fifo.md").path, 0o644) == 0)
        try FileManager.default.removeItem(at: content.appendingPathComponent("ledgers/unions.csv"))
        try #require(mkfifo(content.appendingPathComponent("ledgers/unions.csv").path, 0o644) == 0)
        let check = try CommandRunner.huibao(["check", "--source", project.path, "--as-of", "2025-10-20"])
        #expect(check.status == 1)  // the ledger the indicators need is not there
        #expect(check.stdout.contains("Content/activities/2025-05/fifo.md:1:1: 警告: 这不是普通文件"), "\(check.stdout)")
        #expect(check.stdout.contains("Content/ledgers/unions.csv:1:1: 警告: 这不是普通文件"))
    }

    @Test func FIFOsAsATemplateOrAWeChatArticleNeverHang() throws {
        let (project, _) = try project(victim: "x")
        let templates = project.appendingPathComponent("Templates")
        try FileManager.default.createDirectory(at: templates, withIntermediateDirectories: true)
        try #require(mkfifo(templates.appendingPathComponent("layout.mustache").path, 0o644) == 0)
        let build = try CommandRunner.huibao([
            "build", "--source", project.path, "--as-of", "2025-10-20", "--output", project.appendingPathComponent("out").path,
        ])
        #expect(build.status == 0, "\(build.stderr)")
        let article = project.appendingPathComponent("pipe.md")
        try #require(mkfifo(article.path, 0o644) == 0)
        let wechat = try CommandRunner.huibao(["wechat", article.path, "--source", project.path])
        #expect(wechat.status == 2)
        #expect(wechat.stderr.contains("不是一个可读的普通文件"), "\(wechat.stderr)")
    }
}
