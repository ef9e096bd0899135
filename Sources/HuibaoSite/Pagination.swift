import HuibaoModel

/// One page of a list cut into pages of `Pagination.pageSize` entries (the write-ups, a
/// category's or a month's write-ups, an indicator's evidence): which entries it shows,
/// its path and the page nav's context. A list of one page is rendered as before pagination.
struct Pagination: Sendable, Equatable {
    /// Entries per page. 200 write-up entries are about 60 KB of HTML (at most ~150 KB with
    /// long titles and evidence rows), so no page comes near 1 MB even at 100,000 write-ups,
    /// and a month of an ordinary project (tens of write-ups) stays one page.
    static let pageSize = 200

    /// The list's own path (page 1).
    let list: SitePath
    /// This page's number, from 1.
    let number: Int
    /// How many pages the list has (at least 1).
    let count: Int

    init(list: SitePath, number: Int = 1, entries: Int) {
        self.list = list
        self.count = Self.pageCount(entries)
        self.number = min(max(number, 1), count)
    }

    /// The pages a list of `entries` entries needs: 1 for an empty list.
    static func pageCount(_ entries: Int) -> Int {
        max(1, (entries + pageSize - 1) / pageSize)
    }

    /// This page's path: the list's own for page 1, `<list>/page/<number>/` after.
    var path: SitePath { Routes.listPage(list, number) }

    /// The entries of `items` this page shows.
    func slice<T>(_ items: [T]) -> ArraySlice<T> {
        let start = min((number - 1) * Self.pageSize, items.count)
        return items[start..<min(start + Self.pageSize, items.count)]
    }

    /// The page's title: the list's, with the page number from page 2 on.
    func title(_ title: String) -> String {
        number == 1 ? title : "\(title)（第 \(number) 页）"
    }

    /// `pager` in the page's context: nil (no nav) when the list is one page.
    var context: [String: Any]? {
        guard count > 1 else { return nil }
        let here = path
        // Names of their own: inside `{{#pager}}` a missing key is looked up in the page
        // (a month page has `previous` and `next` months, the list page `count`).
        var pager: [String: Any] = ["pageNumber": number, "pageCount": count]
        if number > 1 { pager["previousPage"] = ["href": Routes.listPage(list, number - 1).link(from: here)] }
        if number < count { pager["nextPage"] = ["href": Routes.listPage(list, number + 1).link(from: here)] }
        return pager
    }
}
