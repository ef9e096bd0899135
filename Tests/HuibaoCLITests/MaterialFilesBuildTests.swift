import Foundation
import HuibaoBuild
import HuibaoModel
import HuibaoPhotos
import HuibaoSite
import HuibaoTestSupport
import Testing

/// 佐证材料 on the built binary, with the example project: the team's site carries the files
/// (hard-linked) and thumbnails and links them; a public build never contains one.
@Suite("Evidence files in the site (the built binary)", .serialized)
struct MaterialFilesBuildTests {
    static let writeUp = "activities/2025-05/二十届三中全会精神主题宣讲走进棉纺路街道"

    /// Every evidence file the example's write-ups name, relative to `Content/`.
    static let files = [
        "activities/2025-05/佐证/0508-签到表.jpg", "activities/2025-05/佐证/0508-现场1.jpg",
        "activities/2025-05/佐证/0508-现场2.jpg", "activities/2025-05/佐证/0508-宣讲记录.pdf",
        "activities/2025-07/佐证/物流园区-签到表.jpg", "activities/2025-07/佐证/物流园区-现场.jpg",
        "activities/2025-11/佐证/商务楼宇-现场.jpg",
    ]

    static func build(_ extra: [String]) throws -> URL {
        let output = try Fixtures.temporaryFolder().appendingPathComponent("site")
        let result = try CommandRunner.huibao(
            ["build", "--source", Fixtures.repositoryRoot.path, "--as-of", "2026-03-31", "--output", output.path] + extra)
        #expect(result.status == 0, "\(result.stderr)")
        return output
    }

    @Test func theTeamSiteCarriesLinksAndThumbnails() throws {
        let output = try Self.build([])
        let content = Fixtures.repositoryRoot.appendingPathComponent("Content")
        for file in Self.files {
            let copy = output.appendingPathComponent("materials/" + file)
            #expect(FileManager.default.contents(atPath: copy.path) == FileManager.default.contents(
                atPath: content.appendingPathComponent(file).path), "\(file)")
        }
        // Hard-linked where the file system allows (the output is in /tmp, the repository may not be).
        let original = try FileManager.default.attributesOfItem(atPath: content.appendingPathComponent(Self.files[0]).path)
        let copied = try FileManager.default.attributesOfItem(atPath: output.appendingPathComponent("materials/" + Self.files[0]).path)
        if (original[.systemNumber] as? Int) == (copied[.systemNumber] as? Int) {
            #expect((original[.systemFileNumber] as? Int) == (copied[.systemFileNumber] as? Int))
        }
        // The example's images are small (under 64 KB): each is its own thumbnail, no `_thumbs/` copy.
        #expect(!FileManager.default.fileExists(atPath: output.appendingPathComponent("materials/_thumbs").path))
        let page = try String(contentsOf: output.appendingPathComponent(Self.writeUp + "/index.html"), encoding: .utf8)
        #expect(page.contains("<h2>佐证材料</h2>"))
        #expect(page.contains("src=\"../../../materials/activities/2025-05/%E4%BD%90%E8%AF%81/0508-%E7%AD%BE%E5%88%B0%E8%A1%A8.jpg\""))
        #expect(!page.contains("_thumbs"))
        #expect(page.contains(">0508-宣讲记录.pdf</a>"))
        let indicator = try String(contentsOf: output.appendingPathComponent("indicators/themed_lectures/index.html"), encoding: .utf8)
        #expect(indicator.contains("<td class=\"materials\">缺：签到表</td>"))
        #expect(indicator.contains("<td class=\"materials\">✓</td>"))
        #expect(indicator.contains("<dt>佐证材料齐全</dt><dd>66.67%（2/3）</dd>"))
        let dashboard = try String(contentsOf: output.appendingPathComponent("index.html"), encoding: .utf8)
        #expect(dashboard.contains("<dt>佐证材料齐全</dt>"))
    }

    /// Files named in a ledger's evidence column (佐证列) are linked into the team's site under
    /// `materials/` and linked from the ledger's page, each in its row.
    @Test func theTeamSiteCarriesAndLinksLedgerRowEvidence() throws {
        let output = try Self.build([])
        let content = Fixtures.repositoryRoot.appendingPathComponent("Content")
        let file = "assets/unions/建设路街道-组建批复.pdf"
        #expect(
            FileManager.default.contents(atPath: output.appendingPathComponent("materials/" + file).path)
                == FileManager.default.contents(atPath: content.appendingPathComponent(file).path))
        let page = try String(contentsOf: output.appendingPathComponent("ledgers/unions/index.html"), encoding: .utf8)
        let row = try #require(page.split(separator: "\n").first { $0.hasPrefix("<tr id=\"row-2\">") })
        #expect(
            row.hasSuffix(
                "<td><a class=\"material\" href=\"../../materials/assets/unions/%E5%BB%BA%E8%AE%BE%E8%B7%AF%E8%A1%97%E9%81%93-%E7%BB%84%E5%BB%BA%E6%89%B9%E5%A4%8D.pdf\">建设路街道-组建批复.pdf</a> </td></tr>"
            ), "\(row)")
        // Every link from the ledger page to materials/ leads to a file of the site.
        for link in page.components(separatedBy: "href=\"../../materials/").dropFirst() {
            let target = String(link.prefix { $0 != "\"" }).removingPercentEncoding ?? ""
            #expect(FileManager.default.fileExists(atPath: output.appendingPathComponent("materials/" + target).path), "\(target)")
        }
    }

    @Test func aPublicBuildNeverContainsAnEvidenceFile() throws {
        let output = try Self.build(["--public"])
        let content = Fixtures.repositoryRoot.appendingPathComponent("Content")
        let originals = Set(
            try (Self.files + ["assets/unions/建设路街道-组建批复.pdf"]).map {
                try Data(contentsOf: content.appendingPathComponent($0))
            })
        #expect(!FileManager.default.fileExists(atPath: output.appendingPathComponent("materials").path))
        for path in Fixtures.files(in: output) {
            let data = try Data(contentsOf: output.appendingPathComponent(path))
            #expect(!originals.contains(data), "\(path) is an evidence file")
            #expect(!path.contains("0508-"), "\(path)")
        }
        // The kinds only: no link to a file, no thumbnail.
        let page = try String(contentsOf: output.appendingPathComponent(Self.writeUp + "/index.html"), encoding: .utf8)
        #expect(page.contains("<span class=\"material-kind\">签到表</span>（1 份）"))
        #expect(!page.contains("materials/"))
        #expect(!page.contains("0508-"))
        // A ledger's evidence column shows how many files, never their names (nor on any page).
        let ledger = try String(contentsOf: output.appendingPathComponent("ledgers/unions/index.html"), encoding: .utf8)
        #expect(ledger.contains("<td>建设路街道入企宣传后首批建会企业</td><td>1 份</td></tr>"))
        for path in Fixtures.files(in: output) where path.hasSuffix(".html") || path.hasSuffix(".json") || path.hasSuffix(".csv") {
            let text = try String(contentsOf: output.appendingPathComponent(path), encoding: .utf8)
            #expect(!text.contains("组建批复.pdf"), "\(path) names a ledger row's evidence file")
        }
    }

    /// The preview (the same SitePlan) has exactly the build's files, the evidence files
    /// included (the example's images are small: no thumbnails).
    @Test func thePreviewHasTheSameFiles() throws {
        let output = try Fixtures.temporaryFolder().appendingPathComponent("site")
        let asOf = Day(year: 2026, month: 3, day: 31)!
        let outcome = try SiteBuilder.build(BuildOptions(source: Fixtures.repositoryRoot, output: output, asOf: asOf))
        let project = try #require(outcome.project)
        let options = SiteOptions(asOf: asOf)
        let pages = SitePlan(
            project.content!, figures: SiteFigures.compute(project.content!, options: options), options: options,
            templates: project.templates!)
        let built = Set(Fixtures.files(in: output)).subtracting([OutputSafety.markerName])
        #expect(built == Set(pages.paths), "\(built.symmetricDifference(pages.paths).sorted())")
        #expect(pages.paths.contains("materials/" + Self.files[1]))
        #expect(!pages.paths.contains { $0.hasPrefix("materials/_thumbs/") })
    }

    /// An image over 64 KB gets a downscaled thumbnail (a JPEG without EXIF, at most 1600 px),
    /// made again with the same bytes (cached by hash); a small one is its own thumbnail: the
    /// page shows the file itself and the site holds no `_thumbs/` copy of it. The preview
    /// lists and serves the same files.
    @Test func largeImagesGetARealThumbnail() throws {
        let project = try Fixtures.temporaryFolder().appendingPathComponent("project")
        try FileManager.default.copyItem(at: try Fixtures.invalid("_base"), to: project)
        var generator = SystemRandomNumberGenerator()
        let (width, height) = (1800, 1200)
        let noise = (0..<(width * height * 3)).map { _ in UInt8.random(in: 0...255, using: &generator) }
        let large = try #require(PhotoDownscaler.encodeJPEG(width: width, height: height, rgb: noise, quality: 90))
        #expect(large.count > 64 * 1024)
        let folder = project.appendingPathComponent("Content/activities/2025-05")
        try Data(large).write(to: folder.appendingPathComponent("大图.jpg"))
        try Data([0xFF, 0xD8, 0xFF, 0xE0, 1, 2, 3]).write(to: folder.appendingPathComponent("小图.jpg"))
        let writeUp = folder.appendingPathComponent("a.md")
        let text = try String(contentsOf: writeUp, encoding: .utf8)
            .replacingOccurrences(of: "  lectures: 1\n", with: "  lectures: 1\n佐证材料:\n  照片: [大图.jpg, 小图.jpg]\n")
        try Data(text.utf8).write(to: writeUp)
        let output = project.appendingPathComponent("public")
        let outcome = try SiteBuilder.build(
            BuildOptions(source: project, output: output, asOf: Day(year: 2025, month: 10, day: 20)!))
        #expect(outcome.written && !outcome.diagnostics.hasErrors, "\(outcome.diagnostics.map(\.formatted))")
        let thumbnail = [UInt8](try Data(contentsOf: output.appendingPathComponent("materials/_thumbs/activities/2025-05/大图.jpg.jpg")))
        #expect(thumbnail != large)
        let size = try #require(PhotoDownscaler.jpegSize(thumbnail))
        #expect(max(size.width, size.height) <= PhotoDownscaler.longSide)
        #expect(MaterialThumbnails.thumbnail(large) == thumbnail)
        #expect(!FileManager.default.fileExists(atPath: output.appendingPathComponent("materials/_thumbs/activities/2025-05/小图.jpg.jpg").path))
        let small = try Data(contentsOf: output.appendingPathComponent("materials/activities/2025-05/小图.jpg"))
        #expect([UInt8](small) == [0xFF, 0xD8, 0xFF, 0xE0, 1, 2, 3])
        let page = try String(contentsOf: output.appendingPathComponent("activities/2025-05/a/index.html"), encoding: .utf8)
        #expect(page.contains("src=\"../../../materials/_thumbs/activities/2025-05/%E5%A4%A7%E5%9B%BE.jpg.jpg\""))
        #expect(page.contains("src=\"../../../materials/activities/2025-05/%E5%B0%8F%E5%9B%BE.jpg\""))
        // The preview's plan: the same files (the large image's thumbnail, none for the small one).
        let loaded = try #require(outcome.project)
        let content = try #require(loaded.content)
        let options = SiteOptions(asOf: Day(year: 2025, month: 10, day: 20)!)
        let plan = SitePlan(
            content, figures: SiteFigures.compute(content, options: options), options: options,
            templates: try #require(loaded.templates),
            materialThumbnails: MaterialThumbnails.needed(
                content, audience: options.audience, contentFolder: project.appendingPathComponent("Content")))
        let built = Set(Fixtures.files(in: output)).subtracting([OutputSafety.markerName])
        #expect(built == Set(plan.paths), "\(built.symmetricDifference(plan.paths).sorted())")
    }
}
