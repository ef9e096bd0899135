import Testing

@testable import HuibaoModel

private func day(_ text: String) -> Day { Day.parse(text)! }

private func article(
    _ title: String, _ status: Article.Status, date: String = "2025-06-01", outlets: [Outlet] = []
) -> Article {
    Article(
        file: "Content/articles/\(title).md", title: title, date: day(date), status: status, outlets: outlets,
        slug: title)
}

@Suite("The articles board: counts by status and the tally per outlet")
struct ArticleBoardTests {
    let articles = [
        article("a", .draft),
        article("b", .draft),
        article("c", .review),
        article("d", .approved, outlets: [Outlet(name: "工人日报")]),
        article(
            "e", .submitted,
            outlets: [
                Outlet(name: "河南工人日报", submitted: day("2025-06-02")),
                Outlet(name: "工人日报", submitted: day("2025-06-03")),
            ]),
        article(
            "f", .published,
            outlets: [
                Outlet(name: "中原发布", submitted: day("2025-06-05"), published: day("2025-06-06")),
                Outlet(name: "河南工人日报", submitted: day("2025-06-05"), published: day("2025-06-20")),
            ]),
        // Dated and sent after the as-of date: off the board and out of the tally until then.
        article("g", .submitted, date: "2025-06-30", outlets: [Outlet(name: "中原发布", submitted: day("2025-07-01"))]),
    ]

    @Test func countsEveryStatusInReviewOrder() {
        let board = ArticleBoard(articles: articles, asOf: day("2025-06-10"))
        #expect(board.columns.map(\.status) == [.draft, .review, .approved, .submitted, .published])
        #expect(board.columns.map(\.count) == [2, 1, 1, 1, 1])
        #expect(board.columns[3].articles.map(\.title) == ["e"])
        #expect(board.later.map(\.title) == ["g"])
    }

    @Test func eachArticleStandsWhereItsDatesPutItAtTheAsOfDate() {
        let f = articles[5]
        #expect(f.status(at: day("2025-06-04")) == .approved)  // not yet sent anywhere
        #expect(f.status(at: day("2025-06-05")) == .submitted)  // sent, not yet published
        #expect(f.status(at: day("2025-06-06")) == .published)
        #expect(f.status(at: day("2025-05-31")) == nil)  // not yet written
        #expect(articles[0].status(at: day("2025-06-01")) == .draft)
        // A published article without 刊发日期 keeps its written status (check warns about it).
        let undated = article("h", .published, outlets: [Outlet(name: "中原发布", submitted: day("2025-06-05"))])
        #expect(undated.status(at: day("2025-06-05")) == .published)

        let early = ArticleBoard(articles: articles, asOf: day("2025-06-05"))
        #expect(early.columns.map(\.count) == [2, 1, 1, 2, 0])
        #expect(early.columns[3].articles.map(\.title) == ["e", "f"])
        let lateBoard = ArticleBoard(articles: articles, asOf: day("2025-07-01"))
        #expect(lateBoard.columns.map(\.count) == [2, 1, 1, 2, 1] && lateBoard.later.isEmpty)
    }

    @Test func tallyPerOutletAtTheAsOfDate() {
        let board = ArticleBoard(articles: articles, asOf: day("2025-06-10"))
        #expect(
            board.outlets == [
                .init(name: "河南工人日报", submitted: 2, published: 0),
                .init(name: "工人日报", submitted: 1, published: 0),
                .init(name: "中原发布", submitted: 1, published: 1),
            ])
        // An article sent to several outlets counts once; g is sent after the as-of date.
        #expect(board.submittedArticles == 2)
        #expect(board.publishedArticles == 1)

        let later = ArticleBoard(articles: articles, asOf: day("2025-07-01"))
        #expect(later.outlets.first { $0.name == "河南工人日报" } == .init(name: "河南工人日报", submitted: 2, published: 1))
        #expect(later.outlets.first { $0.name == "中原发布" } == .init(name: "中原发布", submitted: 2, published: 1))
        #expect(later.submittedArticles == 3)
    }

    @Test func plannedOutletsOfUnsubmittedArticlesAreNotTallied() {
        let board = ArticleBoard(articles: [articles[3]], asOf: day("2025-06-10"))
        #expect(board.outlets.isEmpty)
        #expect(board.submittedArticles == 0)
    }

    @Test func anOutletTwiceOnOneArticleCountsOnce() {
        let twice = article(
            "h", .submitted,
            outlets: [
                Outlet(name: "工人日报", submitted: day("2025-06-02")), Outlet(name: "工人日报", submitted: day("2025-06-04")),
            ])
        #expect(
            ArticleBoard(articles: [twice], asOf: day("2025-06-10")).outlets == [
                .init(name: "工人日报", submitted: 1, published: 0)
            ])
    }

    @Test func outsideTheTeamOnlySubmittedColumns() {
        let board = ArticleBoard(
            articles: articles.filter { $0.status.isSubmitted }, asOf: day("2025-06-10"),
            statuses: [.submitted, .published])
        #expect(board.columns.map(\.count) == [1, 1])  // g is dated after the as-of date
        #expect(board.later.map(\.title) == ["g"])
    }
}
