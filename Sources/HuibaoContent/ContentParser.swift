import HuibaoModel

/// Turns a `ContentSnapshot` into the validated `SiteContent` and every diagnostic: a pure
/// function of the files' bytes, so it can be tested without a disk and re-run by a preview.
public enum ContentParser {
    /// The result of parsing: the content when nothing stopped it, and all diagnostics sorted.
    public struct Result: Sendable {
        public var content: SiteContent?
        public var diagnostics: [Diagnostic]
        /// Whatever parsed, also when errors leave `content` nil (the write-ups and articles
        /// that read without an error of their own): the checks run on it, so one error never
        /// hides the warnings of every other file. Nil only when project.yml could not be read.
        public var partial: SiteContent?

        public init(content: SiteContent?, diagnostics: [Diagnostic], partial: SiteContent? = nil) {
            self.content = content
            self.diagnostics = diagnostics
            self.partial = partial ?? content
        }
    }

    public static func parse(_ snapshot: ContentSnapshot) -> Result {
        var cache = ParseCache.oneOff()
        return parse(snapshot, cache: &cache)
    }

    /// The same result, re-using the write-ups in `cache` whose bytes did not change.
    public static func parse(_ snapshot: ContentSnapshot, cache: inout ParseCache) -> Result {
        parse(snapshot, cache: &cache, markdown: nil)
    }

    /// The same result as ``parse(_:)``, for a command that parses once (`build`, `check`,
    /// `report`): each write-up's bytes are released as soon as it is parsed, and `snapshot`
    /// is left holding only what ``ContentChecks/run(_:snapshot:asOf:)`` reads and quotes
    /// (see `MarkdownStore.keep`), so the sources and the rendered bodies are never all alive
    /// at once. `snapshot` must be the only holder of its files for anything to be freed.
    public static func parse(releasing snapshot: inout ContentSnapshot) -> Result {
        let store = MarkdownStore(taking: &snapshot)
        var cache = ParseCache.oneOff()
        let result = parse(snapshot, cache: &cache, markdown: store)
        store.putBack(into: &snapshot)
        return result
    }

    /// The parse itself; the Markdown files' bytes come from `markdown` when given (taken once
    /// each, with a one-off cache), else from the snapshot.
    private static func parse(_ snapshot: ContentSnapshot, cache: inout ParseCache, markdown store: MarkdownStore?)
        -> Result
    {
        var reader = FieldReader()
        let prefix = snapshot.displayPrefix
        let files = Dictionary(snapshot.files.map { ($0.path, $0.bytes) }, uniquingKeysWith: { a, _ in a })

        func text(_ path: String) -> String? {
            guard let bytes = files[path] else { return nil }
            return SourceText.decode(bytes, file: prefix + path, isLedger: false, into: &reader)
        }
        func yaml(_ path: String) -> YAMLValue?? {
            guard let source = text(path) else { return nil }
            let habits = InputHabits.normalize(source, file: prefix + path, firstLine: 1)
            reader.diagnostics += habits.warnings
            switch YAMLParsing.parse(habits.text, file: prefix + path) {
            case .success(let value): return .some(value)
            case .failure(let diagnostic):
                reader.report(diagnostic)
                return nil
            }
        }

        // project.yml and indicators.yml come first: everything else is read against them.
        var project: Project?
        var projectRoot: YAMLValue?
        let errorsBeforeProject = reader.diagnostics.count(where: { $0.severity == .error })
        if files["project.yml"] == nil {
            reader.error("file.missing", "缺少 project.yml（项目合同信息）", at: SourcePosition(file: prefix + "project.yml"))
        } else if let root = yaml("project.yml") {
            projectRoot = root
            project = ProjectReader.read(root, file: prefix + "project.yml", into: &reader)
        }
        if project == nil, reader.diagnostics.count(where: { $0.severity == .error }) == errorsBeforeProject {
            // Never "0 errors" and no site: a project that could not be read always says why.
            reader.error(
                "project.unreadable", "project.yml 没有读出可用的项目信息；请检查项目名称、甲方、乙方、服务期限和服务费总金额",
                at: SourcePosition(file: prefix + "project.yml"))
        }
        // Whether project.yml has a mid-term evaluation is known only when it was read without
        // errors: otherwise indicators.yml's checks against it would only echo that failure.
        let projectReadCleanly =
            project != nil && reader.diagnostics.count(where: { $0.severity == .error }) == errorsBeforeProject
        var categories: [IndicatorCategory] = []
        if files["indicators.yml"] == nil {
            reader.error("file.missing", "缺少 indicators.yml（服务指标）", at: SourcePosition(file: prefix + "indicators.yml"))
        } else if let root = yaml("indicators.yml") {
            categories = IndicatorsReader.read(
                root, file: prefix + "indicators.yml",
                hasMidterm: projectReadCleanly ? project?.midtermEvaluation != nil : nil, into: &reader)
        }

        if project != nil, let pair = ProjectReader.materialRequirementsPair(projectRoot) {
            project?.materialRequirements = MaterialsReader.requirements(pair, categories: categories, into: &reader)
        }
        let materialPaths = BodyRenderer(
            unsafeHTML: false, contentFiles: snapshot.allPaths, linksOutside: snapshot.linksOutside)
        let ledgerColumns = ledgerColumns(categories: categories, project: project)
        let (ledgers, entries) = readLedgers(
            categories: categories, period: project?.period, files: files, prefix: prefix, columns: ledgerColumns,
            materialPaths: materialPaths, into: &reader)
        var roster: [StaffMember]?
        var expenses: [Expense]?
        if let project {
            func ledger(_ name: String, key: String) -> Ledger? {
                switch loadLedger(name, columns: ledgerColumns[name] ?? [], files: files, prefix: prefix, into: &reader)
                {
                case .read(let ledger):
                    return ledger
                case .unreadable:
                    return nil
                case .missing:
                    reader.error(
                        "ledger.missing", "project.yml 的“\(key)”写的台账 Content/ledgers/\(name).csv 不存在",
                        at: SourcePosition(file: prefix + "project.yml"))
                    return nil
                }
            }
            if let name = project.staffing.ledger, let table = ledger(name, key: "人员配备.台账") {
                roster = ComplianceReader.roster(table, period: project.period, into: &reader)
            }
            if let name = project.budget.ledger, let table = ledger(name, key: "经费结构.台账") {
                expenses = ComplianceReader.expenses(table, into: &reader)
            }
        }

        var scoring = ScoringSetup()
        if var read = project {
            scoring = readScoring(
                project: &read, categories: categories, contentFiles: snapshot.allPaths,
                files: files.filter { $0.key.hasPrefix("scor") }, prefix: prefix, into: &reader)
            project = read
        }

        let context = ContentContext(
            project: project, categories: categories, contentFiles: snapshot.allPaths,
            linksOutside: snapshot.linksOutside)
        let paths = snapshot.files.map(\.path).sorted()
        cache.begin(
            ParseCache.Context(
                project: files["project.yml"], indicators: files["indicators.yml"], allPaths: snapshot.allPaths,
                linksOutside: snapshot.linksOutside))
        // Write-ups and articles whose bytes are not in `cache` are read on all cores, each into
        // its own diagnostics; the rest are re-used.
        let activityPaths = paths.filter { $0.hasPrefix("activities/") && $0.hasSuffix(".md") }
        let readActivities = readMarkdownFiles(
            activityPaths, files: files, cache: &cache, cached: \.activity,
            entry: { ParseCache.Entry(bytes: $0, activity: $1, diagnostics: $2) },
            read: { path in
                let bytes = store.map { $0.take(path) } ?? files[path]
                let read = readMarkdown(path, bytes: bytes, prefix: prefix) { source, reader in
                    ActivityReader.read(source, file: prefix + path, contentPath: path, context: context, into: &reader)
                }
                store?.keep(path, bytes: bytes ?? [], hasDiagnostics: !read.diagnostics.isEmpty, activity: read.value)
                return read
            })
        let articlePaths = paths.filter { $0.hasPrefix("articles/") && $0.hasSuffix(".md") }
        let readArticles = readMarkdownFiles(
            articlePaths, files: files, cache: &cache, cached: \.article,
            entry: { ParseCache.Entry(bytes: $0, article: $1, diagnostics: $2) },
            read: { path in
                let bytes = store.map { $0.take(path) } ?? files[path]
                let read = readMarkdown(path, bytes: bytes, prefix: prefix) { source, reader in
                    ArticleReader.read(source, file: prefix + path, contentPath: path, context: context, into: &reader)
                }
                store?.keep(path, bytes: bytes ?? [], hasDiagnostics: true, activity: nil)
                return read
            })
        let monthNotes = readMonthNotes(
            paths.filter { $0.hasPrefix("months/") && $0.hasSuffix(".md") }, files: files, prefix: prefix,
            context: context, into: &reader)
        var activities = readActivities.compactMap(\.value)
        var articles = readArticles.compactMap(\.value)
        reader.diagnostics += readActivities.flatMap(\.diagnostics) + readArticles.flatMap(\.diagnostics)
        checkCountTotals(activities, into: &reader)
        checkFileNames(snapshot.allPaths, prefix: prefix, into: &reader)
        checkUniquePaths(activities.map { ($0.slug, $0.file) }, section: "activities", into: &reader)
        checkUniquePaths(articles.map { ($0.slug, $0.file) }, section: "articles", into: &reader)
        warnSkippedFiles(snapshot, into: &reader)
        for path in snapshot.allPaths.filter({ $0.hasBytePrefix("ledgers/") && $0.lowercased().hasSuffix(".xls") })
            .sorted()
        {
            reader.warning(
                "ledger.excel", "这是旧的 Excel 格式（.xls），huibao 读不了；请在 Excel 中另存为 .xlsx 或 CSV",
                at: SourcePosition(file: prefix + path))
        }

        let submitted = readSubmitted(
            files: files, paths: snapshot.allPaths.filter { $0.hasBytePrefix("submitted/") }.sorted(), prefix: prefix,
            into: &reader)
        let diagnostics = Excerpts.attach(
            to: Array(Set(reader.diagnostics)).condensed(), bytes: { path in store?.bytes(path) ?? files[path] },
            prefix: prefix
        ).sorted()
        cache.last = nil
        guard let project else { return Result(content: nil, diagnostics: diagnostics) }
        activities = sortedByDateAndFile(activities)
        articles.sort { ($0.date, $0.file) < ($1.date, $1.file) }
        var content = SiteContent(
            project: project, categories: categories, activities: activities, articles: articles,
            ledgerEntries: entries, ledgers: ledgers, roster: roster, expenses: expenses)
        content.scoring = scoring
        content.monthNotes = monthNotes
        content.submitted.records = submitted
        guard !diagnostics.hasErrors else { return Result(content: nil, diagnostics: diagnostics, partial: content) }
        let result = Result(content: content, diagnostics: diagnostics)
        if let context = cache.context, readActivities.allSatisfy(\.diagnostics.isEmpty),
            readArticles.allSatisfy(\.diagnostics.isEmpty)
        {
            cache.last = ParseCache.Last(context: context, result: result, fileCount: snapshot.files.count)
        }
        return result
    }

    /// The same result as ``parse(_:cache:)`` when only the write-ups at `changed` (paths
    /// under `Content/`, such as `activities/2025-06/宣讲.md`) may differ from the previous call
    /// with this cache: those are read again and put in place of the old ones, and nothing else
    /// is walked. Falls back to ``parse(_:cache:)`` whenever that could give another result:
    /// other files changed, files came or went, a changed write-up reports anything or takes
    /// another address, or the previous result was not clean.
    public static func parse(_ snapshot: ContentSnapshot, cache: inout ParseCache, changedWriteUps changed: Set<String>)
        -> Result
    {
        if let result = replaceWriteUps(changed, in: snapshot, cache: &cache) { return result }
        return parse(snapshot, cache: &cache)
    }

    private static func replaceWriteUps(_ changed: Set<String>, in snapshot: ContentSnapshot, cache: inout ParseCache)
        -> Result?
    {
        guard let last = cache.last, let content = last.result.content,
            snapshot.files.count == last.fileCount,
            changed.allSatisfy({ $0.hasPrefix("activities/") && $0.hasSuffix(".md") })
        else { return nil }
        func bytes(_ path: String) -> [UInt8]? { snapshot.files.last { $0.path == path }?.bytes }
        let context = ParseCache.Context(
            project: bytes("project.yml"), indicators: bytes("indicators.yml"), allPaths: snapshot.allPaths,
            linksOutside: snapshot.linksOutside)
        guard context == last.context else { return nil }
        let prefix = snapshot.displayPrefix
        let readContext = ContentContext(
            project: content.project, categories: content.categories, contentFiles: snapshot.allPaths,
            linksOutside: snapshot.linksOutside)
        var activities = content.activities
        var datesChanged = false
        for path in changed.sorted() {
            guard let fileBytes = bytes(path) else { return nil }
            let activity: Activity
            if let entry = cache.entry(path, bytes: fileBytes) {
                guard entry.diagnostics.isEmpty, let value = entry.activity else { return nil }
                activity = value
            } else {
                let read = readMarkdown(path, bytes: fileBytes, prefix: prefix) { source, reader in
                    ActivityReader.read(
                        source, file: prefix + path, contentPath: path, context: readContext, into: &reader)
                }
                cache.store(
                    path, ParseCache.Entry(bytes: fileBytes, activity: read.value, diagnostics: read.diagnostics))
                guard read.diagnostics.isEmpty, let value = read.value else { return nil }
                activity = value
            }
            let file = prefix + path
            guard let index = activities.firstIndex(where: { $0.file == file }), activities[index].slug == activity.slug
            else { return nil }
            if activities[index].date != activity.date { datesChanged = true }
            activities[index] = activity
        }
        var totals = FieldReader()
        checkCountTotals(activities, into: &totals)
        guard totals.diagnostics.isEmpty else { return nil }
        var updated = content
        updated.activities = datesChanged ? sortedByDateAndFile(activities) : activities
        let result = Result(content: updated, diagnostics: last.result.diagnostics)
        cache.last?.result = result
        cache.replacedOnly = true
        return result
    }

    /// Reads the Markdown files at `paths` in order: from `cache` when it holds the same bytes,
    /// else with `read` on all cores, storing what was read in `cache`.
    private static func readMarkdownFiles<Value: Sendable>(
        _ paths: [String], files: [String: [UInt8]], cache: inout ParseCache,
        cached: (ParseCache.Entry) -> Value?,
        entry: ([UInt8], Value?, [Diagnostic]) -> ParseCache.Entry,
        read: @Sendable (String) -> (value: Value?, diagnostics: [Diagnostic])
    ) -> [(value: Value?, diagnostics: [Diagnostic])] {
        var results: [(value: Value?, diagnostics: [Diagnostic])?] = paths.map { path in
            cache.entry(path, bytes: files[path] ?? []).map { (cached($0), $0.diagnostics) }
        }
        let missing = paths.indices.filter { results[$0] == nil }
        let fresh = Parallel.map(missing.map { paths[$0] }, read)
        for (index, result) in zip(missing, fresh) {
            results[index] = result
            cache.store(paths[index], entry(files[paths[index]] ?? [], result.value, result.diagnostics))
        }
        return results.map { $0! }
    }

    /// Decodes one Markdown file and reads it with `read`: the value and the file's diagnostics.
    private static func readMarkdown<Value: Sendable>(
        _ path: String, bytes: [UInt8]?, prefix: String,
        _ read: (String, inout FieldReader) -> Value?
    ) -> (value: Value?, diagnostics: [Diagnostic]) {
        var reader = FieldReader()
        guard let bytes,
            let source = SourceText.decode(bytes, file: prefix + path, isLedger: false, into: &reader)
        else { return (nil, reader.diagnostics) }
        return (read(source, &reader), reader.diagnostics)
    }

    /// Reads every ledger an indicator names, once, and evaluates the queries.
    private static func readLedgers(
        categories: [IndicatorCategory], period: ServicePeriod?, files: [String: [UInt8]], prefix: String,
        columns: [String: Set<String>], materialPaths: BodyRenderer, into reader: inout FieldReader
    ) -> ([String: Ledger], [String: [LedgerEntry]]) {
        var ledgers: [String: Ledger] = [:]
        var missing: Set<String> = []
        var entries: [String: [LedgerEntry]] = [:]
        for indicator in categories.flatMap(\.indicators) {
            guard case .ledger(let query) = indicator.source else { continue }
            if ledgers[query.ledger] == nil, !missing.contains(query.ledger) {
                switch loadLedger(
                    query.ledger, columns: columns[query.ledger] ?? [], files: files, prefix: prefix, into: &reader)
                {
                case .read(let ledger):
                    ledgers[query.ledger] = ledger
                case .unreadable:
                    missing.insert(query.ledger)
                case .missing:
                    reader.error(
                        "ledger.missing", "台账 Content/ledgers/\(query.ledger).csv 不存在（指标“\(indicator.name)”要用）",
                        at: query.declaredAt ?? SourcePosition(file: prefix + "indicators.yml"))
                    missing.insert(query.ledger)
                }
            }
            guard let ledger = ledgers[query.ledger] else { continue }
            entries[indicator.id] = LedgerReader.entries(
                query, indicator: indicator, ledger: ledger, period: period, materialPaths: materialPaths, into: &reader
            )
        }
        return (ledgers, entries)
    }

    /// Two pages with the same path are an error naming both files.
    private static func checkUniquePaths(
        _ items: [(slug: String, file: String)], section: String, into reader: inout FieldReader
    ) {
        // The file first in path order keeps the address; every later one is an error.
        var filesBySlug: [String: [String]] = [:]
        filesBySlug.reserveCapacity(items.count)
        for item in items { filesBySlug[item.slug, default: []].append(item.file) }
        for (slug, files) in filesBySlug where files.count > 1 {
            let sorted = files.sorted()
            for file in sorted.dropFirst() {
                reader.error(
                    "slug.duplicate", "网址 /\(section)/\(slug)/ 与 \(sorted[0]) 重复；请修改其中一个文件的“网址”（slug）",
                    at: SourcePosition(file: file))
            }
        }
    }

    /// Write-ups in date order, then by file: the keys are read once, not at every comparison.
    static func sortedByDateAndFile(_ activities: [Activity]) -> [Activity] {
        let keys = activities.map { ($0.date, $0.file) }
        return keys.indices.sorted { keys[$0] < keys[$1] }.map { activities[$0] }
    }
}
