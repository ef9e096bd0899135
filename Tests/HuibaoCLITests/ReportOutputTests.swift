import Foundation
import HuibaoTestSupport
import Testing

@testable import HuibaoBuild

/// `huibao report --output` (attack review findings 6, 14 and 21): never into the project's
/// sources, never over a file huibao did not write, a Chinese message for a folder, no
/// temporary file left behind, and `--pdf --output x.pdf` prints the report, not itself.
@Suite("Where huibao report may write")
struct ReportOutputTests {
    func project() throws -> URL {
        let site = try Fixtures.temporaryFolder().appendingPathComponent("site")
        try FileManager.default.copyItem(
            at: Fixtures.site("basic").appendingPathComponent("Content"), to: site.appendingPathComponent("Content"))
        try FileManager.default.createDirectory(
            at: site.appendingPathComponent("Templates"), withIntermediateDirectories: true)
        try Data("{{> layout}}".utf8).write(to: site.appendingPathComponent("Templates/notes.txt"))
        return site
    }

    func report(_ site: URL, _ more: [String]) throws -> CommandResult {
        try CommandRunner.huibao(["report", "midterm", "--source", site.path, "--as-of", "2025-10-20"] + more)
    }

    @Test func filesInContentOrTemplatesAreRefusedAndKept() throws {
        let site = try project()
        for target in ["Content/project.yml", "Content/ledgers/unions.csv", "Content/new.html", "Templates/notes.txt"] {
            let file = site.appendingPathComponent(target)
            let before = try? Data(contentsOf: file)
            let result = try report(site, ["--output", file.path])
            #expect(result.status == 2, "\(target)")
            #expect(result.stderr.contains("报告不能写到"), "\(result.stderr)")
            #expect((try? Data(contentsOf: file)) == before, "\(target)")
        }
    }

    @Test func aFolderGetsAChineseMessage() throws {
        let site = try project()
        let folder = site.appendingPathComponent("out")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let result = try report(site, ["--output", folder.path])
        #expect(result.status == 2)
        #expect(result.stderr.contains("是一个文件夹"), "\(result.stderr)")
        #expect(!result.stderr.contains("NSCocoaErrorDomain"))
    }

    @Test func aFileHuibaoDidNotWriteIsKeptAnEarlierReportIsReplaced() throws {
        let site = try project()
        let notes = site.appendingPathComponent("notes.html")
        try Data("<p>我的笔记</p>".utf8).write(to: notes)
        let refused = try report(site, ["--output", notes.path])
        #expect(refused.status == 2)
        #expect(refused.stderr.contains("不是 huibao 生成的报告"), "\(refused.stderr)")
        #expect(try String(contentsOf: notes, encoding: .utf8) == "<p>我的笔记</p>")

        let output = site.appendingPathComponent("reports/midterm.html")
        #expect(try report(site, ["--output", output.path]).status == 0)
        // What a report killed while writing left behind goes on the next run.
        let gone = Process()
        gone.executableURL = URL(fileURLWithPath: "/bin/true")
        try gone.run()
        gone.waitUntilExit()
        let leftover = site.appendingPathComponent("reports/.midterm.html.huibao-tmp-\(gone.processIdentifier)")
        try Data("<p>半份".utf8).write(to: leftover)
        #expect(try report(site, ["--output", output.path]).status == 0)
        #expect(try String(contentsOf: output, encoding: .utf8).contains("<!-- huibao-report"))
        let left = try FileManager.default.contentsOfDirectory(atPath: output.deletingLastPathComponent().path)
        #expect(left.sorted() == [".midterm.html.huibao-lock", "midterm.html"])
    }

    @Test func aFailedWriteLeavesNoTemporaryFile() throws {
        let folder = try Fixtures.temporaryFolder()
        // A non-empty folder where the report should go: the rename into place fails.
        let target = folder.appendingPathComponent("r.html")
        try FileManager.default.createDirectory(at: target, withIntermediateDirectories: true)
        try Data("x".utf8).write(to: target.appendingPathComponent("keep.txt"))
        #expect(throws: ReportOutput.Failure.self) { try ReportOutput.write(Array("<p>报告</p>".utf8), to: target) }
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["r.html"])
    }

    @Test func withPDFAnOutputEndingInPDFIsThePDFAndTheHTMLGoesBesideIt() throws {
        let (html, pdf) = ReportOutput.targets(html: URL(fileURLWithPath: "/r/x.pdf"), pdf: true)
        #expect(html.path == "/r/x.html" && pdf?.path == "/r/x.pdf")
        let (html2, pdf2) = ReportOutput.targets(html: URL(fileURLWithPath: "/r/x.html"), pdf: true)
        #expect(html2.path == "/r/x.html" && pdf2?.path == "/r/x.pdf")
        #expect(ReportOutput.targets(html: URL(fileURLWithPath: "/r/x.pdf"), pdf: false).html.path == "/r/x.pdf")

        let site = try project()
        let mine = site.appendingPathComponent("mine.pdf")
        try Data("%PDF-1.4 我的扫描件".utf8).write(to: mine)
        let refused = try report(site, ["--pdf", "--output", mine.path])
        #expect(refused.status == 2)
        #expect(refused.stderr.contains("不是 huibao 生成的 PDF"), "\(refused.stderr)")
        #expect(try String(contentsOf: mine, encoding: .utf8) == "%PDF-1.4 我的扫描件")
        #expect(!FileManager.default.fileExists(atPath: site.appendingPathComponent("mine.html").path))

        guard FileManager.default.isExecutableFile(atPath: "/usr/bin/chromium") else { return }
        let output = site.appendingPathComponent("out/r.pdf")
        let result = try report(site, ["--pdf", "--output", output.path])
        #expect(result.status == 0, "\(result.stderr)")
        let bytes = try Data(contentsOf: output)
        #expect(bytes.starts(with: Data("%PDF-".utf8)))
        #expect(bytes.count > 20_000)  // the review's blank page was 1 KB
        #expect(try String(contentsOf: site.appendingPathComponent("out/r.html"), encoding: .utf8).contains("<!DOCTYPE html>"))
        // Its own PDF is replaced on the next run.
        #expect(try report(site, ["--pdf", "--output", output.path]).status == 0)
        let left = try FileManager.default.contentsOfDirectory(atPath: site.appendingPathComponent("out").path)
        #expect(!left.contains { $0.contains("tmp") }, "\(left)")
    }
}
