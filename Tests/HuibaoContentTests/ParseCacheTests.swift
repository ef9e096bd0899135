import Foundation
import HuibaoModel
import HuibaoTestSupport
import Testing

@testable import HuibaoContent

/// The preview's cache gives the same result as a fresh parse, and re-parses only changed write-ups.
@Suite("Parsing with a cache")
struct ParseCacheTests {
    @Test func sameResultAndOnlyChangedFilesParsed() throws {
        var snapshot = try ContentLoader.load(source: Fixtures.site("basic"))
        var cache = ParseCache()
        let first = ContentParser.parse(snapshot, cache: &cache)
        #expect(cache.parsedCount == snapshot.files.filter { $0.path.hasSuffix(".md") }.count)
        let again = ContentParser.parse(snapshot, cache: &cache)
        #expect(cache.parsedCount == 0)
        #expect(again.diagnostics == first.diagnostics)
        #expect(again.content == first.content)

        // One write-up's count changes: only it is parsed again, and the result is a fresh parse's.
        let index = try #require(snapshot.files.firstIndex { $0.path == "activities/2025-05/宣讲.md" })
        let text = String(decoding: snapshot.files[index].bytes, as: UTF8.self)
        snapshot.files[index].bytes = Array(text.replacingOccurrences(of: "主题宣讲: 1", with: "主题宣讲: 4").utf8)
        let edited = ContentParser.parse(snapshot, cache: &cache)
        #expect(cache.parsedCount == 1)
        let fresh = ContentParser.parse(snapshot)
        #expect(edited.diagnostics == fresh.diagnostics)
        #expect(edited.content == fresh.content)
        #expect(edited.content != first.content)

        // A change of indicators.yml drops the cache: everything is read against it again.
        let indicators = try #require(snapshot.files.firstIndex { $0.path == "indicators.yml" })
        snapshot.files[indicators].bytes += Array("\n".utf8)
        _ = ContentParser.parse(snapshot, cache: &cache)
        #expect(cache.parsedCount == snapshot.files.filter { $0.path.hasSuffix(".md") }.count)
    }
}
