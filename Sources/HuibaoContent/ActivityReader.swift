import HuibaoModel

/// Reads one activity write-up (`activities/**.md`) into an `Activity`.
enum ActivityReader {
    /// - Parameters:
    ///   - file: the path relative to the source folder, for diagnostics.
    ///   - contentPath: the path relative to `Content/` (`activities/2025-06/宣讲.md`).
    static func read(
        _ text: String, file: String, contentPath: String, context: ContentContext, into reader: inout FieldReader
    ) -> Activity? {
        guard let document = FrontMatterDocument.read(text, file: file, what: "活动记录", into: &reader) else { return nil }
        let what = "活动记录"
        guard let root = document.root else {
            reader.error("frontmatter.empty", "--- 信息块是空的：至少要写标题、日期和服务类别", at: SourcePosition(file: file, line: 1))
            return nil
        }
        let schema = Schemas.activity
        // A count that lost its indentation under 指标: is a top-level key named like an
        // indicator: an error (the count would be lost), not "unknown key, ignored".
        let misplacedCount = { (key: String) -> String? in
            guard let indicator = context.indicator(named: key) else { return nil }
            return "“\(key)”是指标“\(indicator.name)”的数量，应写在“指标:”下面并缩进两格；是不是忘了在前面空两格？"
        }
        guard let fields = reader.fields(root, schema: schema, what: "信息块", misplaced: misplacedCount) else {
            return nil
        }
        let titlePair = reader.required(fields, "title", schema: schema, what: what)
        let title = titlePair.flatMap { reader.string($0) }
        let datePair = reader.required(fields, "date", schema: schema, what: what)
        let date = datePair.flatMap { reader.day($0) }
        if let date, let datePair { context.checkPeriod(date, what: "活动", at: datePair.value.position, into: &reader) }

        var category: String?
        if let pair = reader.required(fields, "category", schema: schema, what: what), let name = reader.string(pair) {
            if context.categoryNames.contains(name) {
                category = name
            } else {
                let hint = NameSuggestion.hint(for: name, in: context.categoryNames)
                reader.error("category.unknown", "服务类别“\(name)”不在 indicators.yml 中" + hint, at: pair.value.position)
            }
        }
        let counts = reader.optional(fields, "counts").map { readCounts($0, context: context, into: &reader) } ?? []
        let draft = reader.optional(fields, "draft").flatMap { reader.bool($0) } ?? false
        let isInternal = reader.optional(fields, "internal").flatMap { reader.bool($0) } ?? false

        let defaultSlug = String(contentPath.dropFirst("activities/".count).dropLast(".md".count))
        let slugPair = reader.optional(fields, "slug")
        var slug = SlugReading.slug(slugPair, default: defaultSlug, file: file, into: &reader)
        // `activities/page/2/` on are the later pages of the list of write-ups.
        if let reserved = slug, reserved.hasPrefix(Routes.pageFolder + "/") {
            reader.error(
                "slug.reserved",
                "网址 /activities/\(reserved)/ 以“\(Routes.pageFolder)/”开头：/activities/\(Routes.pageFolder)/ 下留给活动列表的第 2 页起；"
                    + (slugPair == nil ? "请把文件移出 activities/\(Routes.pageFolder)/ 文件夹，或" : "请")
                    + "在“网址”中另写一个不以 \(Routes.pageFolder)/ 开头的网址",
                at: slugPair?.value.position ?? SourcePosition(file: file))
            slug = nil
        }

        guard let title, let date, let category, let slug else { return nil }
        // An untouched `huibao new activity` file: nothing counted and nothing written, yet it
        // would be published and dated. Drafts are expected to be unfinished.
        if counts.isEmpty, !draft, document.body.allSatisfy(\.isWhitespace) {
            reader.warning(
                "activity.empty",
                "这篇活动记录既没有写“指标”数量，也没有正文，还像是刚新建的模板：请写上活动经过和计入的指标数量，没写完可以先加“草稿: 是”",
                at: fields.position)
        }
        let body = context.body.render(
            document.body, firstLine: document.bodyFirstLine, file: file, contentPath: contentPath,
            page: Routes.activity(slug), into: &reader)
        let materials = reader.optional(fields, "evidence").map {
            MaterialsReader.activity($0, contentPath: contentPath, paths: context.body, into: &reader)
        }
        let reportPhotos = reader.optional(fields, "report_photos").map {
            ReportPhotosReader.read($0, contentPath: contentPath, paths: context.body, into: &reader)
        }
        let staff = reader.optional(fields, "staff").map { reader.stringEntries($0) } ?? []
        var activity = Activity(
            file: file, title: title, date: date, category: category, counts: counts,
            location: reader.optional(fields, "location").flatMap { reader.string($0) },
            participants: reader.optional(fields, "participants").flatMap { reader.integer($0, minimum: 0) },
            companies: reader.optional(fields, "companies").map { reader.stringList($0) } ?? [],
            staff: staff.map(\.text),
            tags: reader.optional(fields, "tags").map { reader.stringList($0) } ?? [],
            isDraft: draft, isInternal: isInternal, slug: slug, body: body)
        if let materials { activity.materials = materials }
        if let reportPhotos { activity.reportPhotos = reportPhotos }
        activity.titlePosition = titlePair?.keyPosition
        if !staff.isEmpty { activity.staffPositions = staff.map(\.position) }
        return activity
    }

    /// `counts`: indicator id or name → non-negative integer.
    static func readCounts(_ pair: YAMLPair, context: ContentContext, into reader: inout FieldReader)
        -> [IndicatorCount]
    {
        guard case .mapping(let pairs, _) = pair.value else {
            reader.error(
                "type.mapping",
                "“\(pair.key)”应为“指标编号或名称: 数量”的形式，这里是\(pair.value.kindName)" + FieldReader.colonHint(pair.value),
                at: pair.value.position)
            return []
        }
        var result: [IndicatorCount] = []
        var seen: [String: SourcePosition] = [:]
        for entry in pairs {
            guard let indicator = context.indicator(named: entry.key) else {
                reader.error(
                    "indicator.unknown", "指标“\(entry.key)”不在 indicators.yml 中" + context.indicatorHint(for: entry.key),
                    at: entry.keyPosition)
                continue
            }
            guard let count = reader.integer(entry, minimum: 0, maximum: ValueLimits.count) else { continue }
            if let earlier = seen[indicator.id] {
                reader.error(
                    "key.duplicate", "指标“\(indicator.name)”在第 \(earlier.line) 行已写过（编号和名称指的是同一个指标）",
                    at: entry.keyPosition)
                continue
            }
            seen[indicator.id] = entry.keyPosition
            switch indicator.source {
            case .ledger(let query):
                reader.warning(
                    "counts.ledger-indicator",
                    "指标“\(indicator.name)”的数值来自台账 \(query.ledger)，活动记录中的数量不计入",
                    at: entry.keyPosition)
                continue
            case .articlesSubmitted:
                reader.warning(
                    "counts.articles-indicator", "指标“\(indicator.name)”的数值来自已报送的稿件，活动记录中的数量不计入",
                    at: entry.keyPosition)
                continue
            case .activities:
                break
            }
            if !indicator.isQuantitative, count > 1 {
                reader.warning(
                    "counts.qualitative", "“\(indicator.name)”没有数量目标，只记为开展过（按 1 计），这里写的是 \(count)",
                    at: entry.value.position)
            }
            result.append(IndicatorCount(indicatorID: indicator.id, count: count))
        }
        return result
    }
}

/// Reads an optional `slug` (网址) and applies the URL rules to it or to the default.
enum SlugReading {
    static func slug(_ pair: YAMLPair?, default defaultSlug: String, file: String, into reader: inout FieldReader)
        -> String?
    {
        let raw = pair.flatMap { reader.string($0) } ?? defaultSlug
        switch Slug.clean(raw) {
        case .success(let slug):
            return slug
        case .failure(let problem):
            reader.error(
                "slug.invalid", "网址“\(raw)”不能使用：\(problem.message)",
                at: pair?.value.position ?? SourcePosition(file: file))
            return nil
        }
    }
}
