import HuibaoModel
import Testing

@testable import HuibaoSite

/// `Pagination` at its boundaries: empty, exactly a page, one over, and the last page.
@Suite("Pagination boundaries")
struct PaginationBoundaryTests {
    @Test func pageCountsAtTheBoundaries() {
        #expect(Pagination.pageSize == 200)
        #expect(Pagination.pageCount(0) == 1)
        #expect(Pagination.pageCount(1) == 1)
        #expect(Pagination.pageCount(200) == 1)
        #expect(Pagination.pageCount(201) == 2)
        #expect(Pagination.pageCount(400) == 2)
        #expect(Pagination.pageCount(401) == 3)
        #expect(Pagination.pageCount(100_000) == 500)
    }

    @Test func aListOfOnePageHasNoNavAndKeepsItsPathAndTitle() {
        let pages = Pagination(list: Routes.activities, entries: 200)
        #expect(pages.context == nil)
        #expect(pages.path == Routes.activities)
        #expect(pages.title("活动记录") == "活动记录")
        #expect(pages.slice(Array(0..<200)) == ArraySlice(0..<200))
    }

    @Test func theLastPageHoldsTheRest() {
        let items = Array(0..<401)
        let last = Pagination(list: Routes.month(Month(year: 2025, month: 6)!), number: 3, entries: items.count)
        #expect(Array(last.slice(items)) == [400])
        #expect(last.path.outputFile == "months/2025-06/page/3/index.html")
        #expect(last.title("2025年6月进展") == "2025年6月进展（第 3 页）")
        let context = last.context
        #expect(context?["pageNumber"] as? Int == 3)
        #expect(context?["pageCount"] as? Int == 3)
        #expect((context?["previousPage"] as? [String: Any])?["href"] as? String == "../../../../months/2025-06/page/2/index.html")
        #expect(context?["nextPage"] == nil)
        let first = Pagination(list: Routes.month(Month(year: 2025, month: 6)!), number: 1, entries: items.count)
        #expect((first.context?["nextPage"] as? [String: Any])?["href"] as? String == "../../months/2025-06/page/2/index.html")
        #expect(Array(first.slice(items)) == Array(0..<200))
    }
}
