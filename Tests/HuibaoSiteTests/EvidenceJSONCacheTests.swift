import Foundation
import HuibaoContent
import HuibaoModel
import HuibaoSite
import HuibaoTestSupport
import Testing

/// The preview's progress.json reuses evidence lists only where they did not change.
@Suite("progress.json with the preview's evidence cache")
struct EvidenceJSONCacheTests {
    @Test func cachedBytesEqualAFreshFileAcrossEdits() throws {
        let content = try #require(ContentParser.parse(try ContentLoader.load(source: Fixtures.repositoryRoot)).content)
        let asOf = Day(year: 2025, month: 10, day: 20)!
        let audience = Audience.team(drafts: false)
        let cache = EvidenceJSONCache()
        func check(_ content: SiteContent) {
            let figures = Figures.compute(content, asOf: asOf, audience: audience)
            let fresh = ProgressData.jsonBytes(content, figures, audience: audience)
            #expect(fresh == Array(ProgressData.json(content, figures, audience: audience).utf8))
            #expect(ProgressData.jsonBytes(content, figures, audience: audience, cache: cache) == fresh)
        }
        check(content)
        check(content)  // all from the cache
        // An edit: one write-up's counts doubled, another dropped, a title changed.
        var edited = content
        let index = try #require(edited.activities.firstIndex { !$0.counts.isEmpty })
        edited.activities[index].counts = edited.activities[index].counts.map {
            IndicatorCount(indicatorID: $0.indicatorID, count: $0.count * 2 + 1)
        }
        edited.activities[index + 1].title += "（修改）"
        edited.activities.remove(at: index + 2)
        check(edited)
        check(content)
    }
}
