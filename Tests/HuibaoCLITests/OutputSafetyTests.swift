import Foundation
import HuibaoBuild
import HuibaoModel
import HuibaoTestSupport
import Testing

/// Folders a build must never replace, each refused without touching anything.
@Suite("Unsafe output folders are refused")
struct OutputSafetyTests {
    let asOf = Day(year: 2025, month: 10, day: 20)!

    /// A copy of the basic fixture, with a sentinel file in every folder we try.
    func project() throws -> URL {
        let site = try Fixtures.temporaryFolder().appendingPathComponent("site")
        try FileManager.default.copyItem(
            at: Fixtures.site("basic").appendingPathComponent("Content"), to: site.appendingPathComponent("Content"))
        return site
    }

    func refused(_ output: URL, source: URL, containing expected: String) throws {
        let before = Fixtures.files(in: source)
        #expect(throws: SiteBuilder.Failure.self) {
            try SiteBuilder.build(BuildOptions(source: source, output: output, asOf: asOf))
        }
        #expect(OutputSafety.problem(output: output, source: source)?.contains(expected) == true, "\(output.path)")
        #expect(Fixtures.files(in: source) == before)
    }

    @Test func rootHomeSourceAndContentAreRefused() throws {
        let site = try project()
        try refused(URL(fileURLWithPath: "/"), source: site, containing: "不能是 /")
        try refused(FileManager.default.homeDirectoryForCurrentUser, source: site, containing: "不能是")
        try refused(site, source: site, containing: "项目文件夹本身")
        try refused(site.appendingPathComponent("Content"), source: site, containing: "Content/")
        try refused(site.appendingPathComponent("Content/activities"), source: site, containing: "Content/")
        try refused(site.appendingPathComponent("Content/new-folder"), source: site, containing: "Content/")
        try refused(site.deletingLastPathComponent(), source: site, containing: "包含 Content/")
    }

    @Test func aSymlinkIntoContentIsRefused() throws {
        let site = try project()
        let link = site.appendingPathComponent("out-link")
        try FileManager.default.createSymbolicLink(at: link, withDestinationURL: site.appendingPathComponent("Content"))
        try refused(link, source: site, containing: "Content/")
        try refused(link.appendingPathComponent("site"), source: site, containing: "Content/")  // not there yet
    }

    @Test func aFileOrAForeignFolderIsRefused() throws {
        let site = try project()
        let file = site.appendingPathComponent("notes.txt")
        try Data("keep".utf8).write(to: file)
        try refused(file, source: site, containing: "是一个文件")
        let foreign = site.appendingPathComponent("mine")
        try FileManager.default.createDirectory(at: foreign, withIntermediateDirectories: true)
        try Data("keep".utf8).write(to: foreign.appendingPathComponent("a.txt"))
        try refused(foreign, source: site, containing: "不是 huibao 生成的")
        #expect(Fixtures.files(in: foreign) == ["a.txt"])
    }

    @Test func anEmptyFolderOrHuibaosOwnOutputIsReplaced() throws {
        let site = try project()
        let empty = site.appendingPathComponent("empty")
        try FileManager.default.createDirectory(at: empty, withIntermediateDirectories: true)
        #expect(try SiteBuilder.build(BuildOptions(source: site, output: empty, asOf: asOf)).written)
        #expect(try SiteBuilder.build(BuildOptions(source: site, output: empty, asOf: asOf)).written)
        let siblings = try FileManager.default.contentsOfDirectory(atPath: site.path)
        #expect(!siblings.contains { $0.contains("huibao-staging") || $0.contains("huibao-old") })
    }

    @Test func leftoversOfAKilledBuildAreCleanedUpAndNothingElse() throws {
        let site = try project()
        let output = site.appendingPathComponent("public")
        let stale = site.appendingPathComponent(".public.huibao-staging-12345")
        let lookalike = site.appendingPathComponent(".public.huibao-staging-notes")
        for folder in [stale, lookalike] {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            try Data("x".utf8).write(to: folder.appendingPathComponent("x.txt"))
        }
        #expect(try SiteBuilder.build(BuildOptions(source: site, output: output, asOf: asOf)).written)
        #expect(!FileManager.default.fileExists(atPath: stale.path))
        #expect(FileManager.default.fileExists(atPath: lookalike.appendingPathComponent("x.txt").path))
    }
}
