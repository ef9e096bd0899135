import Foundation
import HuibaoBuild
import HuibaoModel
import HuibaoTestSupport
import Testing

/// Long lists are cut into pages of 200 entries (issue 16): page 1 at the list's own path,
/// then `<list>/page/<n>/`, with a page nav; a list of exactly one page has neither.
@Suite("Pagination of list pages", .serialized)
struct PaginationTests {
    static let asOf = Day(year: 2025, month: 10, day: 20)!
    /// The basic fixture's team site lists 3 write-ups in /activities/ (the draft is left out).
    static let basicWriteUps = 3

    static func build(extra: Int, audience: Audience = .team(drafts: false)) throws -> URL {
        let source = try Fixtures.basicSite(withExtraWriteUps: extra)
        let output = source.appendingPathComponent("public")
        let outcome = try SiteBuilder.build(BuildOptions(source: source, output: output, asOf: asOf, audience: audience))
        #expect(outcome.written, "\(outcome.diagnostics.map(\.formatted))")
        return output
    }

    static func text(_ output: URL, _ path: String) throws -> String {
        try String(contentsOf: output.appendingPathComponent(path), encoding: .utf8)
    }

    /// How many entries (write-ups or evidence rows) a page lists.
    static func entries(_ html: String) -> Int {
        html.components(separatedBy: "<time datetime=").count - 1
    }

    @Test func exactlyOnePageHasNoNavAndNoSecondPage() throws {
        let output = try Self.build(extra: 200 - Self.basicWriteUps)
        let page = try Self.text(output, "activities/index.html")
        #expect(Self.entries(page) == 200)
        #expect(page.contains("<p>共 200 篇。</p>"))
        #expect(!page.contains("aria-label=\"分页\""))
        #expect(!FileManager.default.fileExists(atPath: output.appendingPathComponent("activities/page").path))
    }

    @Test func oneOverAddsASecondPageWithOneEntry() throws {
        let output = try Self.build(extra: 201 - Self.basicWriteUps)
        let first = try Self.text(output, "activities/index.html")
        let second = try Self.text(output, "activities/page/2/index.html")
        #expect(Self.entries(first) == 200)
        #expect(Self.entries(second) == 1)
        #expect(first.contains("<title>活动记录 · "))
        #expect(second.contains("<title>活动记录（第 2 页） · "))
        // Both pages say how many there are in all; the nav links each to the other.
        #expect(second.contains("<p>共 201 篇。</p>"))
        #expect(
            first.contains(
                "<nav class=\"pager\" aria-label=\"分页\">\n<span aria-current=\"page\">第 1 / 共 2 页</span>\n<a rel=\"next\" href=\"../activities/page/2/index.html\">下一页</a>\n</nav>\n"
            ))
        #expect(
            second.contains(
                "<nav class=\"pager\" aria-label=\"分页\">\n<a rel=\"prev\" href=\"../../../activities/index.html\">上一页</a>\n<span aria-current=\"page\">第 2 / 共 2 页</span>\n</nav>\n"
            ))
        // Links from a later page are relative to its own depth.
        #expect(second.contains("href=\"../../../css/huibao.css\""))
        #expect(!FileManager.default.fileExists(atPath: output.appendingPathComponent("activities/page/3").path))
    }

    /// The month, the category and the indicator lists: every entry once, on pages of at most
    /// 200, as many pages as needed; later pages in the order of the list.
    @Test func everyListIsCutIntoPagesOf200() throws {
        let output = try Self.build(extra: 450)
        let lists: [(path: String, total: Int)] = [
            ("activities", 453), ("months/2025-06", 451),
            ("categories/宣传教育", 453),
            ("indicators/lectures", 452),
        ]
        for list in lists {
            let pageCount = (list.total + 199) / 200
            var seen = 0
            for number in 1...pageCount {
                let path = number == 1 ? "\(list.path)/index.html" : "\(list.path)/page/\(number)/index.html"
                let html = try Self.text(output, path)
                let count = Self.entries(html)
                #expect(count <= 200 && count > 0, "\(path): \(count)")
                #expect(html.contains("第 \(number) / 共 \(pageCount) 页"), "\(path)")
                seen += count
            }
            #expect(seen == list.total, "\(list.path)")
            #expect(
                !FileManager.default.fileExists(
                    atPath: output.appendingPathComponent("\(list.path)/page/\(pageCount + 1)").path))
        }
    }

    @Test func everyLinkOfAPaginatedSiteResolves() throws {
        let output = try Self.build(extra: 450, audience: .team(drafts: true))
        #expect(LinkCheck.brokenLinks(in: output).isEmpty, "\(LinkCheck.brokenLinks(in: output).prefix(10))")
    }
}
