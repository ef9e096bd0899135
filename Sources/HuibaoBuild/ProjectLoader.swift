import Foundation
import HuibaoContent
import HuibaoModel
import HuibaoSite

/// A project read and checked: what `check` reports and what `build` renders.
public struct LoadedProject: Sendable {
    public var content: SiteContent?
    public var templates: TemplateSet?
    /// What parsing and the templates reported: every error is among these.
    var found: [Diagnostic]
    /// The checks' warnings (`ContentChecks` never reports an error), still running beside
    /// what comes next, such as rendering.
    var checks: Parallel.Started<[Diagnostic]>?

    /// Every diagnostic, sorted by file and line (waits for the checks).
    public var diagnostics: [Diagnostic] { (found + (checks?.wait() ?? [])).sorted() }

    /// The files `build --keep-going` left out for their errors (`Content/…`, sorted); empty
    /// otherwise. When not empty, `content` is what parsed cleanly without them.
    public var leftOut: [String] = []

    /// True when there is something to render: content and templates, and no error (or
    /// every error in a file left out).
    public var isRenderable: Bool {
        content != nil && templates != nil && (!found.hasErrors || !leftOut.isEmpty)
    }
}

/// Reads a project folder: Content/, the checks that need the as-of date, and Templates/.
public enum ProjectLoader {
    /// Why a project could not be read at all (the CLI exits with 2).
    public struct Failure: Error, Sendable {
        public var message: String
    }

    /// The two loading stages, run on `clock`: reading, then parsing with the templates alongside.
    /// With `keepGoing` (`build --keep-going`), write-ups and articles with an error are left
    /// out and the rest parsed again (see `KeepGoing`).
    public static func load(source: URL, asOf: Day, keepGoing: Bool = false, clock: inout StageClock) throws(Failure)
        -> LoadedProject
    {
        try load(source: source, keepGoing: keepGoing, clock: &clock) { _ in asOf }
    }

    /// The same, the checks' as-of date taken from what parsed (`report`: the evaluation's date).
    public static func load(
        source: URL, keepGoing: Bool = false, clock: inout StageClock, asOf: (SiteContent?) -> Day
    ) throws(Failure) -> LoadedProject {
        // The snapshot's only holder: parsing releases each write-up's bytes once it is read —
        // unless months were submitted: their 勘误 digest the files that counted in them.
        var snapshot = try read(source: source, clock: &clock)
        // `--keep-going` parses again without some files: it needs every file's bytes too.
        let keepsBytes = keepGoing || snapshot.allPaths.contains { $0.hasBytePrefix("submitted/") }
        let parsed = parse(
            clock: &clock,
            parser: {
                keepsBytes
                    ? SubmittedErrata.attach(to: ContentParser.parse(snapshot), snapshot: snapshot)
                    : ContentParser.parse(releasing: &snapshot)
            }
        ) {
            Result { () throws(TemplateError) in try TemplateSet(overrides: TemplateLoader.overrides(source: source)) }
        }
        let found = parsed.found
        let templates = parsed.templates
        if keepGoing, found.hasErrors, templates != nil,
            let kept = KeepGoing.parse(
                snapshot, first: ContentParser.Result(content: parsed.content, diagnostics: found),
                parser: { SubmittedErrata.attach(to: ContentParser.parse($0), snapshot: $0) })
        {
            let content = kept.result.content
            let asOf = asOf(content)
            let checked = kept.snapshot
            let checks = content.map { content in
                Parallel.start {
                    ContentChecks.run(content, snapshot: checked, asOf: asOf)
                        + MediaReview.warnings(content, source: source)
                }
            }
            return LoadedProject(
                content: content, templates: templates, found: found, checks: checks, leftOut: kept.leftOut)
        }
        // The checks only warn: they run on while the caller goes on (a build renders).
        // They run on whatever parsed, also when an error stops the build, so `check` lists
        // every warning in one run.
        let asOf = asOf(parsed.partial)
        let checked = snapshot  // what parsing left: what the checks read
        let checks = parsed.partial.map { content in
            Parallel.start {
                ContentChecks.run(content, snapshot: checked, asOf: asOf)
                    + MediaReview.warnings(content, source: source)
            }
        }
        return LoadedProject(content: parsed.content, templates: templates, found: found, checks: checks)
    }

    /// The reading stage: `Content/`'s files, returned to one holder (no copy of the result
    /// stays behind, so that parsing can free each write-up's bytes).
    private static func read(source: URL, clock: inout StageClock) throws(Failure) -> ContentSnapshot {
        let loaded = clock.run("读取 Content/") { Result { try ContentLoader.load(source: source) } }
        switch consume loaded {
        case .success(let value): return value
        case .failure(let error as ContentLoader.Failure): throw Failure(message: error.message)
        case .failure(let error): throw Failure(message: "读取 Content/ 失败：\(IOErrorText.describe(error))")
        }
    }

    /// What the parsing stage gives: the parser's result, the templates, and every error so far.
    public struct Parsed: Sendable {
        public var content: SiteContent?
        /// What parsed, also when an error stops the build (the checks run on it).
        public var partial: SiteContent?
        public var templates: TemplateSet?
        public var found: [Diagnostic]
    }

    /// The parsing stage, shared by build, check, report and the preview: the write-ups parsed
    /// on all cores (by `parser`: the preview's keeps a cache) while `templates` load on
    /// another thread; a project with nothing to render always comes with an error.
    public static func parse(
        _ snapshot: ContentSnapshot, clock: inout StageClock,
        parser: (ContentSnapshot) -> ContentParser.Result = { ContentParser.parse($0) },
        templates: @escaping @Sendable () -> Result<TemplateSet, TemplateError>
    ) -> Parsed {
        parse(
            clock: &clock, parser: { SubmittedErrata.attach(to: parser(snapshot), snapshot: snapshot) },
            templates: templates)
    }

    /// The same stage, `parser` parsing the content (a build's releases the bytes it read).
    static func parse(
        clock: inout StageClock, parser: () -> ContentParser.Result,
        templates: @escaping @Sendable () -> Result<TemplateSet, TemplateError>
    ) -> Parsed {
        let loading = Parallel.start(templates)
        let parsed = clock.run("解析内容、加载模板") { () -> ContentParser.Result in
            let parsed = parser()
            _ = loading.wait()
            return parsed
        }
        onParse?()
        var found = parsed.diagnostics
        var templates: TemplateSet?
        switch loading.wait() {
        case .success(let loaded): templates = loaded
        case .failure(let error): found.append(error.diagnostic)
        }
        // Nothing to render always comes with a reason: a build never fails with 0 errors.
        if parsed.content == nil || templates == nil, !found.hasErrors {
            found.append(
                .error(
                    "internal.nothing-usable", "内容没有读出可用的结果，但没有找到具体原因；请运行 huibao check 并把输出发给维护者",
                    at: SourcePosition(file: "Content")))
        }
        return Parsed(content: parsed.content, partial: parsed.partial, templates: templates, found: found)
    }

    /// Called after every parse of a project (tests count that a command parses once).
    @TaskLocal public static var onParse: (@Sendable () -> Void)?
}
