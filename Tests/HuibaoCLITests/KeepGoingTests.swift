import Foundation
import HuibaoContent
import HuibaoModel
import HuibaoTestSupport
import Testing

@testable import HuibaoBuild

/// `KeepGoing` on the basic fixture in memory: which files an error lets a team build leave out.
struct KeepGoingTests {
    /// The basic fixture's snapshot with `replace` applied to the file at `path`.
    func snapshot(_ edits: [(path: String, of: String, with: String)]) throws -> ContentSnapshot {
        var snapshot = try ContentLoader.load(source: Fixtures.site("basic"))
        for edit in edits {
            let index = try #require(snapshot.files.firstIndex { $0.path == edit.path })
            let text = String(decoding: snapshot.files[index].bytes, as: UTF8.self)
            #expect(text.contains(edit.of), "\(edit.path)")
            snapshot.files[index].bytes = Array(text.replacingOccurrences(of: edit.of, with: edit.with).utf8)
        }
        return snapshot
    }

    func keepGoing(_ snapshot: ContentSnapshot) -> KeepGoing.Kept? {
        KeepGoing.parse(snapshot, first: ContentParser.parse(snapshot), parser: { ContentParser.parse($0) })
    }

    @Test func onlyWriteUpsAndArticlesMayBeLeftOut() {
        #expect(KeepGoing.mayLeaveOut("activities/2025-06/宣讲.md"))
        #expect(KeepGoing.mayLeaveOut("articles/first.md"))
        for path in [
            "project.yml", "indicators.yml", "scoring.yml", "scoring/midterm.yml", "ledgers/unions.csv",
            "ledgers/unions.xlsx", "months/2025-06.md", "activities/2025-06/photo.jpg",
        ] {
            #expect(!KeepGoing.mayLeaveOut(path), "\(path)")
        }
    }

    @Test func aBrokenWriteUpAndABrokenArticleAreLeftOutAndTheRestParsesClean() throws {
        let broken = try snapshot([
            ("activities/2025-06/宣讲.md", "date: 2025-06-12", "date: 2025-02-30"),
            ("articles/second.md", "---\n", "---\n: :\n"),
        ])
        #expect(ContentParser.parse(broken).diagnostics.hasErrors)
        let kept = try #require(keepGoing(broken))
        #expect(kept.leftOut == ["Content/activities/2025-06/宣讲.md", "Content/articles/second.md"])
        #expect(!kept.result.diagnostics.hasErrors)
        let content = try #require(kept.result.content)
        #expect(!content.activities.contains { $0.file == "Content/activities/2025-06/宣讲.md" })
        #expect(!content.articles.contains { $0.file == "Content/articles/second.md" })
        #expect(!kept.snapshot.allPaths.contains("activities/2025-06/宣讲.md"))
        // The same content as a project without those files at all.
        var without = try ContentLoader.load(source: Fixtures.site("basic"))
        without.files.removeAll { ["activities/2025-06/宣讲.md", "articles/second.md"].contains($0.path) }
        without.allPaths.subtract(["activities/2025-06/宣讲.md", "articles/second.md"])
        let clean = try #require(ContentParser.parse(without).content)
        #expect(content.activities.map(\.file) == clean.activities.map(\.file))
        #expect(content.articles.map(\.file) == clean.articles.map(\.file))
    }

    @Test func anErrorOutsideWriteUpsAndArticlesStopsIt() throws {
        for edit in [
            ("indicators.yml", "target: 3", "target: 三"),
            ("ledgers/unions.csv", "\n", "\n\"\n"),
        ] {
            let broken = try snapshot([("activities/2025-06/宣讲.md", "date: 2025-06-12", "date: 2025-02-30"), edit])
            #expect(ContentParser.parse(broken).diagnostics.hasErrors, "\(edit.0)")
            #expect(keepGoing(broken) == nil, "\(edit.0)")
        }
    }

    @Test func aCleanProjectNeedsNothingLeftOut() throws {
        let clean = try snapshot([])
        let kept = try #require(keepGoing(clean))
        #expect(kept.leftOut.isEmpty)
    }
}
