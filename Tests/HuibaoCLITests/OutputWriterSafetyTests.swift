import Foundation
import HuibaoContent
import HuibaoModel
import HuibaoSite
import HuibaoTestSupport
import Testing

@testable import HuibaoBuild

#if canImport(Glibc)
    import Glibc
#endif

/// The writer's own defences (attack review findings 1, 5, 16, 20, 21): it never writes
/// outside its folder, never over a second file at one path, never as a link; two builds
/// never write one output at once; odd files in Content/ never hang a build.
@Suite("The output writer keeps to its folder", .serialized)
struct OutputWriterSafetyTests {
    let asOf = Day(year: 2025, month: 10, day: 20)!

    func project() throws -> URL {
        let site = try Fixtures.temporaryFolder().appendingPathComponent("site")
        try FileManager.default.copyItem(
            at: Fixtures.site("basic").appendingPathComponent("Content"), to: site.appendingPathComponent("Content"))
        return site
    }

    func isLink(_ url: URL) -> Bool {
        var status = stat()
        return lstat(url.path, &status) == 0 && status.st_mode & S_IFMT == S_IFLNK
    }

    @Test func pathsWithEmptyDotOrParentSegmentsAreNotSafe() {
        for path in ["../x.html", "a/../../x", "/etc/x", "", "a//b", "./a", "a/./b", "a/.", "a/..", "a/", "a\u{0}b"] {
            #expect(!OutputPath.isSafe(path), "\(path)")
        }
        for path in ["index.html", "a/b/index.html", ".huibao-output", "a/...", "a/.b/c..", "媒体/照片.svg"] {
            #expect(OutputPath.isSafe(path), "\(path)")
        }
    }

    @Test func theStagingFolderRefusesPathsOutsideItAndASecondFileAtOnePath() throws {
        let parent = try Fixtures.temporaryFolder()
        let root = parent.appendingPathComponent("staging")
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        for path in ["../victim/index.html", "/tmp/huibao-never.html", "a/./b/index.html", "./index.html", "x//y"] {
            let folder = StagingFolder(root: root.path, contentFolder: parent)
            folder.write(OutputFile(path: path, text: "<p>x</p>"))
            #expect(folder.result.problem?.contains("不是输出文件夹里的路径") == true, "\(path)")
        }
        #expect(Fixtures.files(in: parent).isEmpty)
        let folder = StagingFolder(root: root.path, contentFolder: parent)
        folder.write(OutputFile(path: "reports/index.html", text: "列表"))
        folder.write(OutputFile(path: "reports/index.html", text: "报告"))
        #expect(folder.result.problem?.contains("都要写到 reports/index.html") == true)
        #expect(try String(contentsOf: root.appendingPathComponent("reports/index.html"), encoding: .utf8) == "列表")
    }

    @Test func aCopyIsCheckedAgainstLinksOutsideContentWhenItIsMade() throws {
        let parent = try Fixtures.temporaryFolder()
        let content = parent.appendingPathComponent("Content")
        try FileManager.default.createDirectory(
            at: content.appendingPathComponent("assets"), withIntermediateDirectories: true)
        try Data("secret".utf8).write(to: parent.appendingPathComponent("secret.txt"))
        try FileManager.default.createSymbolicLink(
            atPath: content.appendingPathComponent("assets/a.svg").path, withDestinationPath: "../../secret.txt")
        let root = parent.appendingPathComponent("staging")
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        let folder = StagingFolder(root: root.path, contentFolder: content)
        folder.write(OutputFile(path: "media/assets/a.svg", body: .copy(contentPath: "assets/a.svg")))
        #expect(folder.result.problem?.contains("Content/ 之外") == true, "\(folder.result.problem ?? "")")
        #expect(Fixtures.files(in: root).isEmpty)
    }

    /// Copies take one open beneath Content/ and one link where they can (evidence files by
    /// the thousand), else the checked slow path: the same files either way — a plain file and
    /// files through a relative and an absolute link inside Content/ are hard-linked or copied
    /// with their bytes, never as links; a second file at one path is still refused.
    @Test func copiesThroughLinksInsideContentAreTheFiles() throws {
        let parent = try Fixtures.temporaryFolder()
        let content = parent.appendingPathComponent("Content")
        let scans = content.appendingPathComponent("activities/2025-05/佐证")
        try FileManager.default.createDirectory(at: scans, withIntermediateDirectories: true)
        try Data("签到表".utf8).write(to: scans.appendingPathComponent("签到表.jpg"))
        try FileManager.default.createSymbolicLink(
            atPath: scans.appendingPathComponent("相对.jpg").path, withDestinationPath: "签到表.jpg")
        try FileManager.default.createSymbolicLink(
            atPath: scans.appendingPathComponent("绝对.jpg").path,
            withDestinationPath: scans.appendingPathComponent("签到表.jpg").path)
        let root = parent.appendingPathComponent("staging")
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        let folder = StagingFolder(root: root.path, contentFolder: content)
        for name in ["签到表.jpg", "相对.jpg", "绝对.jpg"] {
            let path = "activities/2025-05/佐证/" + name
            folder.write(OutputFile(path: "materials/" + path, body: .copy(contentPath: path)))
            let copied = root.appendingPathComponent("materials/" + path)
            #expect(!isLink(copied), "\(name)")
            #expect(try Data(contentsOf: copied) == Data("签到表".utf8), "\(name)")
        }
        #expect(folder.result.problem == nil, "\(folder.result.problem ?? "")")
        #expect(folder.result.files == 3)
        folder.write(
            OutputFile(
                path: "materials/activities/2025-05/佐证/签到表.jpg",
                body: .copy(contentPath: "activities/2025-05/佐证/相对.jpg")))
        #expect(folder.result.problem?.contains("都要写到 materials/activities/2025-05/佐证/签到表.jpg") == true)
    }

    /// Evidence files are linked by name from their folder's descriptor into their output
    /// folder's (each opened once, at most 128 of each kept): past that many folders the rest
    /// still arrive, each the same file as its original (a hard link), never a link; a FIFO
    /// or a link leading outside that the name-link meets is removed again and refused.
    @Test func linksByNameAreTheFilesInAnyNumberOfFoldersAndNeverLinksOrFIFOs() throws {
        let parent = try Fixtures.temporaryFolder()
        let content = parent.appendingPathComponent("Content")
        let paths = try Self.evidence(in: content, count: 300, name: "签到表.jpg") { index in
            ("activities/2025-06/第\(index)场", Data("签到表 \(index)".utf8))
        }
        try Data("secret".utf8).write(to: parent.appendingPathComponent("secret.jpg"))
        try FileManager.default.createSymbolicLink(
            atPath: content.appendingPathComponent("activities/2025-06/第0场/外面.jpg").path,
            withDestinationPath: "../../../../secret.jpg")
        #expect(mkfifo(content.appendingPathComponent("activities/2025-06/第1场/管道.jpg").path, 0o644) == 0)
        let root = parent.appendingPathComponent("staging")
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        let folder = StagingFolder(root: root.path, contentFolder: content)
        _ = Parallel.map(paths) { path in
            folder.write(OutputFile(path: "materials/" + path, body: .copy(contentPath: path)))
        }
        #expect(folder.result.problem == nil, "\(folder.result.problem ?? "")")
        #expect(folder.result.files == 300)
        for path in paths {
            let copied = root.appendingPathComponent("materials/" + path)
            var original = stat()
            var linked = stat()
            #expect(lstat(content.appendingPathComponent(path).path, &original) == 0)
            #expect(lstat(copied.path, &linked) == 0)
            #expect(linked.st_mode & S_IFMT == S_IFREG && linked.st_ino == original.st_ino, "\(path)")
        }
        folder.write(
            OutputFile(path: "materials/外面.jpg", body: .copy(contentPath: "activities/2025-06/第0场/外面.jpg")))
        #expect(folder.result.problem?.contains("Content/ 之外") == true, "\(folder.result.problem ?? "")")
        #expect(!FileManager.default.fileExists(atPath: root.appendingPathComponent("materials/外面.jpg").path))
        let second = StagingFolder(root: root.path, contentFolder: content)
        second.write(
            OutputFile(path: "materials/管道.jpg", body: .copy(contentPath: "activities/2025-06/第1场/管道.jpg")))
        #expect(second.result.problem?.contains("不是普通文件") == true, "\(second.result.problem ?? "")")
        var status = stat()
        #expect(lstat(root.appendingPathComponent("materials/管道.jpg").path, &status) != 0)
    }

    /// The build's evidence links (`linkMaterials`): a folder's descriptors taken once for the
    /// files after it, every size told, the counts right; a link leading outside, a FIFO and a
    /// file at the top (no folder) go the way `write` takes them.
    @Test func evidenceLinkedInRunsAreTheFilesWithTheirSizes() throws {
        let parent = try Fixtures.temporaryFolder()
        let content = parent.appendingPathComponent("Content")
        var paths = try Self.evidence(in: content, count: 40, name: "照片.jpg") { index in
            ("activities/2025-0\(index % 3 + 1)/第\(index / 3)场", Data(repeating: 7, count: index))
        }
        try Data("top".utf8).write(to: content.appendingPathComponent("顶层.pdf"))
        paths.append("顶层.pdf")
        let root = parent.appendingPathComponent("staging")
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        let folder = StagingFolder(root: root.path, contentFolder: content)
        let sizes = folder.linkMaterials(paths[...])
        #expect(sizes == (0..<40).map { Optional($0) } + [3])
        #expect(folder.result.problem == nil, "\(folder.result.problem ?? "")")
        #expect(folder.result.files == 41)
        for path in paths {
            var original = stat()
            var linked = stat()
            #expect(lstat(content.appendingPathComponent(path).path, &original) == 0)
            #expect(lstat(root.appendingPathComponent("materials/" + path).path, &linked) == 0)
            #expect(linked.st_mode & S_IFMT == S_IFREG && linked.st_ino == original.st_ino, "\(path)")
        }
        // The same file again: the second link is a problem, as two pages on one path are.
        #expect(folder.linkMaterials(paths[0...0]) == [nil])
        #expect(folder.result.problem?.contains("有两个页面或文件都要写到") == true)

        try Data("secret".utf8).write(to: parent.appendingPathComponent("secret.jpg"))
        try FileManager.default.createSymbolicLink(
            atPath: content.appendingPathComponent("activities/2025-01/第0场/外面.jpg").path,
            withDestinationPath: "../../../../secret.jpg")
        let outside = StagingFolder(root: root.path, contentFolder: content)
        #expect(outside.linkMaterials(["activities/2025-01/第0场/外面.jpg"]) == [nil])
        #expect(outside.result.problem?.contains("Content/ 之外") == true, "\(outside.result.problem ?? "")")
        #expect(
            !FileManager.default.fileExists(
                atPath: root.appendingPathComponent("materials/activities/2025-01/第0场/外面.jpg").path))
        #expect(mkfifo(content.appendingPathComponent("activities/2025-02/第0场/管道.jpg").path, 0o644) == 0)
        let fifo = StagingFolder(root: root.path, contentFolder: content)
        #expect(fifo.linkMaterials(["activities/2025-02/第0场/管道.jpg"]) == [nil])
        #expect(fifo.result.problem?.contains("不是普通文件") == true, "\(fifo.result.problem ?? "")")
    }

    /// `count` evidence files called `name` below `content`, each in the folder `make` gives
    /// for its index with the bytes it gives; their paths relative to `content`.
    static func evidence(in content: URL, count: Int, name: String, _ make: (Int) -> (folder: String, bytes: Data))
        throws -> [String]
    {
        try (0..<count).map { index in
            let (folder, bytes) = make(index)
            try FileManager.default.createDirectory(
                at: content.appendingPathComponent(folder), withIntermediateDirectories: true)
            try bytes.write(to: content.appendingPathComponent(folder + "/" + name))
            return folder + "/" + name
        }
    }

    @Test func aSymlinkedOutputStaysALinkAndItsTargetGetsTheSite() throws {
        let site = try project()
        let target = site.appendingPathComponent("far/site")
        #expect(try SiteBuilder.build(BuildOptions(source: site, output: target, asOf: asOf)).written)
        try Data("old".utf8).write(to: target.appendingPathComponent("stale.html"))
        let link = site.appendingPathComponent("publink")
        try FileManager.default.createSymbolicLink(atPath: link.path, withDestinationPath: "far/site")
        #expect(try SiteBuilder.build(BuildOptions(source: site, output: link, asOf: asOf)).written)
        #expect(isLink(link))
        #expect(!FileManager.default.fileExists(atPath: target.appendingPathComponent("stale.html").path))
        #expect(FileManager.default.fileExists(atPath: target.appendingPathComponent("index.html").path))
        let siblings = try FileManager.default.contentsOfDirectory(atPath: site.appendingPathComponent("far").path)
        #expect(!siblings.contains { $0.contains("staging") || $0.contains("old") })
    }

    @Test func aSymlinkedImageIsCopiedAsAFile() throws {
        let site = try project()
        let assets = site.appendingPathComponent("Content/assets")
        try FileManager.default.createDirectory(
            at: site.appendingPathComponent("Content/photos"), withIntermediateDirectories: true)
        try FileManager.default.moveItem(
            at: assets.appendingPathComponent("photo.svg"), to: site.appendingPathComponent("Content/photos/x.svg"))
        try FileManager.default.createSymbolicLink(
            atPath: assets.appendingPathComponent("photo.svg").path, withDestinationPath: "../photos/x.svg")
        let output = site.appendingPathComponent("public")
        #expect(try SiteBuilder.build(BuildOptions(source: site, output: output, asOf: asOf)).written)
        let copied = output.appendingPathComponent("media/assets/photo.svg")
        #expect(!isLink(copied))
        #expect(try Data(contentsOf: copied) == Data(contentsOf: site.appendingPathComponent("Content/photos/x.svg")))
    }

    @Test func aFIFOWriteUpIsNamedAndSkippedNeverWaitedOn() throws {
        let site = try project()
        let fifo = site.appendingPathComponent("Content/activities/2025-05/管道.md")
        try #require(mkfifo(fifo.path, 0o644) == 0)
        var clock = StageClock(total: 3)
        let project = try ProjectLoader.load(source: site, asOf: asOf, clock: &clock)
        let warning = project.diagnostics.first { $0.code == "file.not-regular" }
        #expect(warning?.position.file == "Content/activities/2025-05/管道.md")
        #expect(warning?.severity == .warning)
        #expect(
            try SiteBuilder.build(BuildOptions(source: site, output: site.appendingPathComponent("out"), asOf: asOf))
                .written)
    }

    @Test func aFIFOImageIsAnErrorNotAHang() throws {
        let site = try project()
        let image = site.appendingPathComponent("Content/assets/photo.svg")
        try FileManager.default.removeItem(at: image)
        try #require(mkfifo(image.path, 0o644) == 0)
        let output = site.appendingPathComponent("out")
        let outcome = try SiteBuilder.build(BuildOptions(source: site, output: output, asOf: asOf))
        #expect(!outcome.written)
        #expect(
            outcome.diagnostics.contains {
                $0.code == "file.not-regular" && $0.position.file == "Content/assets/photo.svg"
            })
        #expect(!FileManager.default.fileExists(atPath: output.path))
    }

    @Test func aWriteUpLinkedFromOutsideContentIsNamed() throws {
        let site = try project()
        let outside = site.appendingPathComponent("elsewhere.md")
        try FileManager.default.copyItem(
            at: site.appendingPathComponent("Content/activities/2025-05/宣讲.md"), to: outside)
        try FileManager.default.createSymbolicLink(
            at: site.appendingPathComponent("Content/activities/2025-05/外部.md"), withDestinationURL: outside)
        var clock = StageClock(total: 3)
        let project = try ProjectLoader.load(source: site, asOf: asOf, clock: &clock)
        let warning = project.diagnostics.first { $0.code == "file.link-outside" }
        #expect(warning?.position.file == "Content/activities/2025-05/外部.md")
        #expect(warning?.message.contains("Content/ 之外") == true)
    }

    /// A finished child's id: a process that is surely gone.
    func deadPID() throws -> Int32 {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/true")
        try process.run()
        process.waitUntilExit()
        return process.processIdentifier
    }

    @Test func leftoversOfLiveProcessesStayAndAPreviousSiteIsRestoredNotDeleted() throws {
        let parent = try Fixtures.temporaryFolder()
        let sleeper = Process()
        sleeper.executableURL = URL(fileURLWithPath: "/bin/sleep")
        sleeper.arguments = ["30"]
        try sleeper.run()
        defer { sleeper.terminate() }
        let dead = try deadPID()
        let live = parent.appendingPathComponent(".public.huibao-staging-\(sleeper.processIdentifier)")
        let stale = parent.appendingPathComponent(".public.huibao-staging-\(dead)")
        let previous = parent.appendingPathComponent(".public.huibao-old-\(dead)")
        for folder in [live, stale, previous] {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            try Data("huibao\n".utf8).write(to: folder.appendingPathComponent(OutputSafety.markerName))
        }
        try Data("<p>上一次的网站</p>".utf8).write(to: previous.appendingPathComponent("index.html"))
        OutputWriter.removeLeftovers(of: "public", in: parent)
        #expect(FileManager.default.fileExists(atPath: live.path))
        #expect(!FileManager.default.fileExists(atPath: stale.path))
        #expect(!FileManager.default.fileExists(atPath: previous.path))
        #expect(
            try String(contentsOf: parent.appendingPathComponent("public/index.html"), encoding: .utf8)
                == "<p>上一次的网站</p>")
    }

    @Test func aFailedSecondRenamePutsThePreviousSiteBack() throws {
        let parent = try Fixtures.temporaryFolder()
        let output = parent.appendingPathComponent("public")
        try FileManager.default.createDirectory(at: output, withIntermediateDirectories: true)
        try Data("旧".utf8).write(to: output.appendingPathComponent("index.html"))
        let missingStaging = parent.appendingPathComponent(".public.huibao-staging-1")  // the rename in fails
        let old = parent.appendingPathComponent(".public.huibao-old-1")
        #expect(throws: OutputWriter.Failure.self) {
            try OutputWriter.swapByTwoRenames(staging: missingStaging, output: output, old: old)
        }
        #expect(try String(contentsOf: output.appendingPathComponent("index.html"), encoding: .utf8) == "旧")
        #expect(!FileManager.default.fileExists(atPath: old.path))
    }

    /// The review's reproduction: a slow first build, a second one on the same output.
    @Test func aSecondBuildOnAnOutputInUseStopsAtOnce() throws {
        let site = try project()
        var ledger = "企业名称,序号,组建日期,会员人数,合格\n"
        for i in 0..<30000 { ledger += "测试企业\(i)有限公司,\(i),2025/\(5 + i % 5)/\(1 + i % 28),\(i % 300),是\n" }
        try Data(ledger.utf8).write(to: site.appendingPathComponent("Content/ledgers/unions.csv"))
        let output = site.appendingPathComponent("conc")
        let arguments = ["build", "--source", site.path, "--output", output.path, "--as-of", "2025-10-20"]
        let first = Process()
        first.executableURL = Fixtures.binary
        first.arguments = arguments
        first.standardOutput = FileHandle.nullDevice
        first.standardError = FileHandle.nullDevice
        try first.run()
        // Wait until the first build has its lock, then start the second.
        let lock = OutputLock.lockFile(for: output)
        while !FileManager.default.fileExists(atPath: lock.path) && first.isRunning { usleep(10_000) }
        usleep(200_000)
        try #require(first.isRunning, "the first build finished too soon to test anything")
        let started = Date()
        let second = try CommandRunner.huibao(arguments)
        #expect(Date().timeIntervalSince(started) < 5)  // at once: it never loads the project
        #expect(second.status == 2)
        #expect(second.stderr.contains("另一个 huibao 正在写这个输出文件夹"), "\(second.stderr)")
        #expect(second.stderr.contains(output.path))
        first.waitUntilExit()
        #expect(first.terminationStatus == 0)
        #expect(FileManager.default.fileExists(atPath: output.appendingPathComponent(OutputSafety.markerName).path))
        #expect(FileManager.default.fileExists(atPath: output.appendingPathComponent("index.html").path))
        // The lock died with its process: the next build runs.
        #expect(try CommandRunner.huibao(arguments).status == 0)
    }
}
