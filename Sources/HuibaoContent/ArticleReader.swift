import HuibaoModel

/// Reads one outreach article (`articles/**.md`) into an `Article`.
enum ArticleReader {
    static let statuses: [String: Article.Status] = {
        var table: [String: Article.Status] = [:]
        for status in Article.Status.allCases {
            table[status.rawValue] = status
            table[status.chineseName] = status
        }
        return table
    }()

    static func read(
        _ text: String, file: String, contentPath: String, context: ContentContext, into reader: inout FieldReader
    ) -> Article? {
        guard let document = FrontMatterDocument.read(text, file: file, what: "稿件", into: &reader) else { return nil }
        guard let root = document.root else {
            reader.error("frontmatter.empty", "--- 信息块是空的：至少要写标题和日期", at: SourcePosition(file: file, line: 1))
            return nil
        }
        let schema = Schemas.article
        let what = "稿件"
        guard let fields = reader.fields(root, schema: schema, what: "信息块") else { return nil }
        let title = reader.required(fields, "title", schema: schema, what: what).flatMap { reader.string($0) }
        let date = reader.required(fields, "date", schema: schema, what: what).flatMap { reader.day($0) }
        let author = reader.optional(fields, "author").flatMap { reader.string($0) }
        var status = Article.Status.draft
        if let pair = reader.optional(fields, "status"), let text = reader.filledString(pair) {
            if let value = statuses[text.lowercased()] ?? statuses[text] {
                status = value
            } else {
                reader.error(
                    "value.enum", "稿件状态应为 草稿/待审/已审/已报送/已刊发（draft/review/approved/submitted/published），这里写的是“\(text)”",
                    at: pair.value.position)
                return nil
            }
        }
        var outlets: [Outlet] = []
        if let pair = reader.optional(fields, "outlets"), let items = reader.sequence(pair) {
            for (index, item) in items.enumerated() {
                if let outlet = readOutlet(item, index: index, context: context, into: &reader) {
                    outlets.append(outlet)
                }
            }
        }
        if status.isSubmitted, let title, let date {
            let counted = outlets.compactMap(\.submitted).min() ?? date
            context.checkPeriod(
                counted, what: "稿件“\(title)”的报送", at: fields["date"]?.value.position ?? fields.position, into: &reader)
        }
        let defaultSlug = String(contentPath.dropFirst("articles/".count).dropLast(".md".count))
        let slug = SlugReading.slug(reader.optional(fields, "slug"), default: defaultSlug, file: file, into: &reader)
        guard let title, let date, let slug else { return nil }
        let page = Routes.article(slug)
        let body = context.body.render(
            document.body, firstLine: document.bodyFirstLine, file: file, contentPath: contentPath, page: page,
            into: &reader)
        let positions = ArticlePositions(frontMatter: fields.position, status: fields["status"]?.keyPosition)
        return Article(
            file: file, title: title, date: date, author: author, status: status, outlets: outlets, slug: slug,
            body: body, positions: positions)
    }

    static func readOutlet(_ item: YAMLValue, index: Int, context: ContentContext, into reader: inout FieldReader)
        -> Outlet?
    {
        let what = "第 \(index + 1) 个报送渠道"
        guard let fields = reader.fields(item, schema: Schemas.outlet, what: what),
            let name = reader.required(fields, "name", schema: Schemas.outlet, what: what).flatMap({ reader.string($0) }
            )
        else { return nil }
        return Outlet(
            name: name,
            submitted: reader.optional(fields, "submitted").flatMap { reader.day($0) },
            published: reader.optional(fields, "published").flatMap { reader.day($0) },
            url: reader.optional(fields, "url").flatMap { reader.string($0) }, position: item.position)
    }
}
