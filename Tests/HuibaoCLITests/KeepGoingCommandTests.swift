import Foundation
import HuibaoTestSupport
import Testing

/// `huibao build --keep-going` through the built binary: a broken write-up is left out of
/// the team site, named on every page, its counts not included, and the build exits 1.
@Suite("huibao build --keep-going (the built binary)", .serialized)
struct KeepGoingCommandTests {
    static let broken = "Content/activities/2025-06/宣讲.md"
    static let bannerText = "这一版网站略过了有错误的文件，它们的数量没有计入统计"

    /// A copy of the basic fixture in a temporary folder.
    func copy() throws -> URL {
        let folder = try Fixtures.temporaryFolder().appendingPathComponent("site")
        try FileManager.default.copyItem(at: Fixtures.site("basic"), to: folder)
        try? FileManager.default.removeItem(at: folder.appendingPathComponent("expected"))
        return folder
    }

    /// The basic fixture with one write-up's date made impossible (an error in that file only).
    func siteWithBrokenWriteUp() throws -> URL {
        let site = try copy()
        let file = site.appendingPathComponent(Self.broken)
        let text = try String(contentsOf: file, encoding: .utf8)
        #expect(text.contains("date: 2025-06-12"))
        try Data(text.replacingOccurrences(of: "date: 2025-06-12", with: "date: 2025-02-30").utf8).write(to: file)
        return site
    }

    func read(_ site: URL, _ path: String) throws -> String {
        try String(contentsOf: site.appendingPathComponent(path), encoding: .utf8)
    }

    func build(_ site: URL, _ extra: [String] = []) throws -> CommandResult {
        try CommandRunner.huibao(["build", "--source", site.path, "--as-of", "2025-10-20"] + extra)
    }

    @Test func aBrokenWriteUpIsLeftOutNamedOnEveryPageAndExits1() throws {
        let site = try siteWithBrokenWriteUp()
        let result = try build(site, ["--keep-going"])
        #expect(result.status == 1, "\(result.stderr)")
        // Every diagnostic is still printed, and the files left out are listed.
        #expect(result.stderr.contains("\(Self.broken):3:7: 错误: "), "\(result.stderr)")
        #expect(result.stderr.contains("已按 --keep-going 略过 1 个有错误的文件"), "\(result.stderr)")
        #expect(result.stdout.contains("已生成"), "\(result.stdout)")
        // The site is written, every page with the banner naming the file.
        let pages = Fixtures.files(in: site.appendingPathComponent("public")).filter { $0.hasSuffix(".html") }
        #expect(pages.count > 20)
        for page in pages {
            let html = try read(site, "public/" + page)
            #expect(html.contains("role=\"alert\"") && html.contains("<code>\(Self.broken)</code>"), "\(page)")
        }
        for page in ["index.html", "indicators/lectures/index.html", "activities/index.html", "months/2025-06/index.html"] {
            #expect(try read(site, "public/" + page).contains(Self.bannerText), "\(page)")
        }
        #expect(try read(site, "public/reports/midterm.html").contains("这一版报告略过了有错误的文件"))
        // The broken write-up has no page; the good ones have theirs.
        #expect(!FileManager.default.fileExists(atPath: site.appendingPathComponent("public/activities/2025-06").path))
        #expect(
            FileManager.default.fileExists(
                atPath: site.appendingPathComponent("public/activities/2025-05/宣讲/index.html").path))
    }

    @Test func theFiguresLeaveTheBrokenFilesCountsOut() throws {
        // The same project without the file at all: its figures are what --keep-going must give.
        let without = try copy()
        try FileManager.default.removeItem(at: without.appendingPathComponent(Self.broken))
        #expect(try build(without).status == 0)
        let complete = try copy()
        #expect(try build(complete).status == 0)

        let site = try siteWithBrokenWriteUp()
        #expect(try build(site, ["--keep-going"]).status == 1)
        for data in ["public/data/progress.json", "public/data/indicators.csv"] {
            let kept = try read(site, data)
            #expect(kept == (try read(without, data)), "\(data)")
            #expect(kept != (try read(complete, data)), "\(data): the broken file's count would be included")
        }
        // Its count: one 主题宣讲 (lectures) less than with the file.
        #expect(!(try read(site, "public/data/progress.json")).contains("2025-06/宣讲"))
    }

    @Test func withoutTheFlagTheBuildStillRefuses() throws {
        let site = try siteWithBrokenWriteUp()
        let result = try build(site)
        #expect(result.status == 1)
        #expect(result.stderr.contains("没有生成网站"), "\(result.stderr)")
        #expect(!FileManager.default.fileExists(atPath: site.appendingPathComponent("public/index.html").path))
    }

    @Test func refusedWithPublic() throws {
        let site = try siteWithBrokenWriteUp()
        let result = try build(site, ["--keep-going", "--public"])
        #expect(result.status == 64)
        #expect(result.stderr.contains("错误: --public 和 --keep-going 不能同时使用"), "\(result.stderr)")
        #expect(!FileManager.default.fileExists(atPath: site.appendingPathComponent("public").path))
    }

    @Test func anErrorInAFileThatDefinesTheFiguresStillStops() throws {
        let site = try siteWithBrokenWriteUp()
        let indicators = site.appendingPathComponent("Content/indicators.yml")
        let text = try String(contentsOf: indicators, encoding: .utf8)
        try Data(text.replacingOccurrences(of: "target: 3", with: "target: 三").utf8).write(to: indicators)
        let result = try build(site, ["--keep-going"])
        #expect(result.status == 1)
        #expect(result.stderr.contains("Content/indicators.yml:"), "\(result.stderr)")
        #expect(result.stderr.contains("没有生成网站"), "\(result.stderr)")
        #expect(result.stderr.contains("--keep-going 只能略过出错的活动记录和宣传稿件"), "\(result.stderr)")
        #expect(!FileManager.default.fileExists(atPath: site.appendingPathComponent("public/index.html").path))
    }

    @Test func aCleanProjectBuildsAsWithoutTheFlag() throws {
        let site = try copy()
        let plain = try build(site)
        #expect(plain.status == 0)
        let before = try read(site, "public/index.html")
        let kept = try build(site, ["--keep-going"])
        #expect(kept.status == 0, "\(kept.stderr)")
        let after = try read(site, "public/index.html")
        #expect(after == before)
        #expect(!after.contains("left-out"))
    }

    @Test func reportsMonthsAndArchivesNeverKeepGoing() throws {
        let site = try copy()
        for arguments in [["report", "midterm"], ["month", "2025-06"], ["archive", "midterm"]] {
            let result = try CommandRunner.huibao(arguments + ["--source", site.path, "--keep-going"])
            #expect(result.status == 64, "\(arguments)")
            #expect(result.stderr.contains("不认识的选项“--keep-going”"), "\(arguments): \(result.stderr)")
        }
    }
}
