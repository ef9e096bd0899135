import HuibaoModel

extension ContentChecks {
    /// Review warnings for articles: one sent with no outlet or no submission date, one
    /// published with no publication date, and one with no author.
    static func reviewArticles(_ articles: [Article]) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        for article in articles {
            let statusAt = article.positions.status ?? article.positions.frontMatter
            let status = article.status.chineseName
            if article.author == nil {
                diagnostics.append(
                    .warning("article.no-author", "稿件没有写作者：请填写“作者”（author）", at: article.positions.frontMatter))
            }
            guard article.status.isSubmitted else { continue }
            if article.outlets.isEmpty {
                diagnostics.append(
                    .warning(
                        "article.no-outlet", "稿件状态是“\(status)”，但没有写报送渠道：请在“报送渠道”中写明名称和报送日期",
                        at: statusAt))
                continue
            }
            for outlet in article.outlets where outlet.submitted == nil {
                diagnostics.append(
                    .warning(
                        "article.no-submitted-date", "稿件状态是“\(status)”，但报送渠道“\(outlet.name)”没有写报送日期",
                        at: outlet.position ?? statusAt))
            }
            if article.status == .published, !article.outlets.contains(where: { $0.published != nil }) {
                diagnostics.append(
                    .warning(
                        "article.no-published-date", "稿件状态是“已刊发”，但没有一个报送渠道写了刊发日期：请补上“刊发日期”", at: statusAt))
            }
        }
        return diagnostics
    }
}
