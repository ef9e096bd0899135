import Foundation
import HuibaoBuild
import HuibaoContent
import HuibaoModel
import HuibaoPhotos
import HuibaoSite
import HuibaoTestSupport
import Testing

@testable import HuibaoServe

/// The build and the preview list the same pages (issue 16: one `SitePlan`): for each
/// audience, the files a build writes are exactly the paths the preview serves, and every
/// rendered page is the same bytes in both.
@Suite("One site plan for build and preview", .serialized)
struct SitePlanEqualityTests {
    static let asOf = Day(year: 2026, month: 3, day: 31)!

    static func built(_ source: URL, audience: Audience, asOf: Day = asOf) throws -> URL {
        let output = try Fixtures.temporaryFolder().appendingPathComponent("public")
        let outcome = try SiteBuilder.build(
            BuildOptions(source: source, output: output, asOf: asOf, audience: audience))
        #expect(outcome.written, "\(outcome.diagnostics.map(\.formatted))")
        return output
    }

    static func preview(_ source: URL, drafts: Bool, asOf: Day = asOf) throws -> PreviewPages {
        var files = ProjectFiles(source: source)
        try files.reloadAll()
        var caches = BuildCaches()
        let (site, diagnostics) = PreviewSite.build(
            &files, options: ServeOptions(source: source, asOf: asOf, drafts: drafts), caches: &caches)
        guard case .pages(let pages) = site else {
            Issue.record("the preview shows the error page: \(diagnostics.map(\.formatted))")
            throw CancellationError()
        }
        return pages
    }

    static func sites() -> [(String, URL)] {
        [("example", Fixtures.repositoryRoot), ("basic", Fixtures.site("basic"))]
    }

    @Test(arguments: [false, true])
    func theTeamsBuildWritesWhatThePreviewServes(drafts: Bool) throws {
        for (name, source) in Self.sites() {
            let output = try Self.built(source, audience: .team(drafts: drafts))
            let written = Set(Fixtures.files(in: output)).subtracting([OutputSafety.markerName])
            let pages = try Self.preview(source, drafts: drafts)
            let served = Set(pages.index.keys)
            #expect(
                written == served,
                "\(name), drafts \(drafts): only built \(written.subtracting(served).sorted().prefix(5)), only served \(served.subtracting(written).sorted().prefix(5))"
            )
            #expect(written.count > 20)
            // Every page the preview renders is the built file, byte for byte.
            for path in served.sorted() {
                guard case .bytes(let bytes) = try #require(pages.render(path)).body else { continue }
                let file = try Data(contentsOf: output.appendingPathComponent(path))
                #expect([UInt8](file) == bytes, "\(name), drafts \(drafts): \(path) differs")
            }
        }
    }

    @Test func thePublicBuildWritesThePlansPaths() throws {
        for (name, source) in Self.sites() {
            let output = try Self.built(source, audience: .publicReaders)
            let written = Set(Fixtures.files(in: output)).subtracting([OutputSafety.markerName])
            var clock = StageClock(total: 2)
            let project = try ProjectLoader.load(source: source, asOf: Self.asOf, clock: &clock)
            let content = try #require(project.content)
            let options = SiteOptions(asOf: Self.asOf, audience: .publicReaders)
            let plan = SitePlan(
                content, figures: SiteFigures.compute(content, options: options), options: options,
                templates: try #require(project.templates))
            #expect(written == Set(plan.paths), "\(name)")
            #expect(plan.pages.allSatisfy { $0.readers == .everyone }, "\(name)")
        }
    }

    /// A list longer than a page: the preview serves its later pages, the same bytes as built.
    @Test(arguments: [false, true])
    func thePreviewServesTheLaterPagesOfLongLists(drafts: Bool) throws {
        let source = try Fixtures.basicSite(withExtraWriteUps: 450)
        let asOf = Day(year: 2025, month: 10, day: 20)!
        let output = try Self.built(source, audience: .team(drafts: drafts), asOf: asOf)
        let written = Set(Fixtures.files(in: output)).subtracting([OutputSafety.markerName])
        let pages = try Self.preview(source, drafts: drafts, asOf: asOf)
        #expect(written == Set(pages.index.keys))
        for path in ["activities/page/2/index.html", "activities/page/3/index.html", "indicators/lectures/page/3/index.html"] {
            #expect(written.contains(path))
            guard case .bytes(let served) = try #require(pages.render(path)).body else { continue }
            #expect(served == [UInt8](try Data(contentsOf: output.appendingPathComponent(path))), "\(path)")
        }
    }

    @Test func thePlanSaysWhoEachPageIsFor() throws {
        let pages = try Self.preview(Fixtures.repositoryRoot, drafts: true)
        let byKind = Dictionary(grouping: pages.plan.pages, by: \.kind)
        #expect(byKind["report"]?.allSatisfy { $0.readers == .team && $0.inputs.contains(.figures) } == true)
        #expect(byKind["dashboard"]?.first?.readers == .everyone)
        #expect(
            byKind["media"]?.allSatisfy { page in page.inputs.contains { if case .file = $0 { true } else { false } } }
                == true)
        #expect(byKind["write-up"]?.contains { $0.readers == .teamWithDrafts } == true)
    }

    /// The preview's reports embed the photos downscaled as the build's do (one media loader).
    @Test func thePreviewsReportEmbedsTheBuildsDownscaledPhoto() throws {
        let site = try Fixtures.temporaryFolder().appendingPathComponent("site")
        try FileManager.default.copyItem(at: Fixtures.site("basic"), to: site)
        try? FileManager.default.removeItem(at: site.appendingPathComponent("expected"))
        let (width, height) = (2400, 1200)
        var rgb = [UInt8](repeating: 0, count: width * height * 3)
        for index in rgb.indices { rgb[index] = UInt8(truncatingIfNeeded: index / 7 &* 31) }
        let photo = try #require(PhotoDownscaler.encodeJPEG(width: width, height: height, rgb: rgb, quality: 90))
        try Data(photo).write(to: site.appendingPathComponent("Content/assets/大照片.jpg"))
        let activity = site.appendingPathComponent("Content/activities/2025-05/宣讲.md")
        let text = try String(contentsOf: activity, encoding: .utf8) + "\n![现场](../../assets/大照片.jpg)\n"
        try Data(text.utf8).write(to: activity)
        let asOf = Day(year: 2025, month: 10, day: 20)!

        let output = try Self.built(site, audience: .team(drafts: false), asOf: asOf)
        let pages = try Self.preview(site, drafts: false, asOf: asOf)
        let path = Routes.report("midterm").outputFile
        #expect(pages.contains(path))
        guard case .bytes(let served) = try #require(pages.render(path)).body else {
            Issue.record("the report is not rendered")
            return
        }
        let built = [UInt8](try Data(contentsOf: output.appendingPathComponent(path)))
        #expect(served == built)
        // Downscaled: the original's base64 is not in the page.
        let original = Data(photo).base64EncodedString()
        #expect(!String(decoding: served, as: UTF8.self).contains(original.prefix(2000)))
        #expect(String(decoding: served, as: UTF8.self).contains("data:image/jpeg;base64,"))
    }
}
