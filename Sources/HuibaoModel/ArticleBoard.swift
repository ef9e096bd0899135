/// The review board of outreach articles at an as-of date: the articles at each status, in
/// the order they move (草稿 → 待审 → 已审 → 已报送 → 已刊发), and what each outlet received.
public struct ArticleBoard: Sendable, Equatable {
    /// The articles standing at one status.
    public struct Column: Sendable, Equatable {
        public var status: Article.Status
        public var articles: [Article]

        public var count: Int { articles.count }
    }

    /// What one outlet (报送渠道) received by the as-of date.
    public struct OutletTally: Sendable, Equatable {
        public var name: String
        /// Articles submitted to it (status 已报送 or 已刊发, submitted on or before the as-of date).
        public var submitted: Int
        /// Of those, the ones it published on or before the as-of date.
        public var published: Int

        public init(name: String, submitted: Int, published: Int) {
            self.name = name
            self.submitted = submitted
            self.published = published
        }
    }

    public var columns: [Column]
    /// Articles dated after the as-of date: on no column and counted nowhere yet.
    public var later: [Article]
    /// One row per outlet, in the order outlets first appear among submitted articles.
    public var outlets: [OutletTally]
    /// Articles submitted by the as-of date, each counted once however many outlets it went to.
    public var submittedArticles: Int
    /// Articles published by at least one outlet by the as-of date.
    public var publishedArticles: Int

    /// Each article stands in the column of its status at `asOf` (``Article/status(at:)``).
    /// - Parameters:
    ///   - articles: the articles the audience sees, in page order.
    ///   - statuses: the columns to show (outside the team only 已报送 and 已刊发).
    public init(articles: [Article], asOf: Day, statuses: [Article.Status] = Article.Status.allCases) {
        columns = statuses.map { status in
            Column(status: status, articles: articles.filter { $0.status(at: asOf) == status })
        }
        later = articles.filter { $0.status(at: asOf) == nil }
        let sent = articles.filter { $0.status.isSubmitted }
        var names: [String] = []
        var submitted: [String: Int] = [:]
        var published: [String: Int] = [:]
        for article in sent {
            var seen: Set<String> = []
            for outlet in article.outlets where seen.insert(outlet.name).inserted {
                if submitted[outlet.name] == nil {
                    names.append(outlet.name)
                    submitted[outlet.name] = 0
                    published[outlet.name] = 0
                }
                guard (outlet.submitted ?? article.date) <= asOf else { continue }
                submitted[outlet.name, default: 0] += 1
                if let day = outlet.published, day <= asOf { published[outlet.name, default: 0] += 1 }
            }
        }
        outlets = names.map { OutletTally(name: $0, submitted: submitted[$0] ?? 0, published: published[$0] ?? 0) }
        submittedArticles = sent.filter { $0.countedOn <= asOf }.count
        publishedArticles =
            sent.filter { article in
                article.outlets.contains { outlet in outlet.published.map { $0 <= asOf } ?? false }
            }.count
    }
}
