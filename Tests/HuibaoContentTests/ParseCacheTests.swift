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

    /// Replacing only the changed write-ups gives a fresh parse's result after every kind of
    /// edit, including those where it must fall back to reading everything.
    @Test func replacingChangedWriteUpsEqualsAFreshParse() throws {
        var snapshot = try ContentLoader.load(source: Fixtures.repositoryRoot)
        var cache = ParseCache()
        _ = ContentParser.parse(snapshot, cache: &cache)
        let paths = snapshot.files.map(\.path).filter { $0.hasPrefix("activities/") && $0.hasSuffix(".md") }
        let path = paths[paths.count / 2]
        let other = paths[paths.count / 3]
        let index = try #require(snapshot.files.firstIndex { $0.path == path })
        let original = String(decoding: snapshot.files[index].bytes, as: UTF8.self)
        let date = try #require(original.split(separator: "\n").first { $0.hasPrefix("日期:") })
        let title = try #require(original.split(separator: "\n").first { $0.hasPrefix("标题:") })
        // (what, the new text, whether only the write-up is read again)
        let edits: [(String, String, Bool)] = [
            ("body", original.replacingOccurrences(of: "\n---\n", with: "\n---\n补充一句。\n"), true),
            ("title", original.replacingOccurrences(of: String(title), with: title + "（修改）"), true),
            ("date", original.replacingOccurrences(of: String(date), with: "日期: 2025-07-01"), true),
            ("outside the period", original.replacingOccurrences(of: String(date), with: "日期: 2024-01-02"), false),
            ("error", original.replacingOccurrences(of: String(date), with: "日期: 明天"), false),
            (
                "duplicate address",
                original.replacingOccurrences(
                    of: "\n---\n", with: "\n网址: \(other.dropFirst("activities/".count).dropLast(3))\n---\n"),
                false
            ),
            ("back", original, false),
            ("unchanged", original, true),
        ]
        for (name, text, replacedOnly) in edits {
            snapshot.files[index].bytes = Array(text.utf8)
            let replaced = ContentParser.parse(snapshot, cache: &cache, changedWriteUps: [path])
            let fresh = ContentParser.parse(snapshot)
            #expect(replaced.diagnostics == fresh.diagnostics, "\(name)")
            #expect(replaced.content == fresh.content, "\(name)")
            #expect(cache.replacedOnly == replacedOnly, "\(name)")
        }
        // Nothing changed at all.
        let none = ContentParser.parse(snapshot, cache: &cache, changedWriteUps: [])
        #expect(none.content == ContentParser.parse(snapshot).content)
    }
}
