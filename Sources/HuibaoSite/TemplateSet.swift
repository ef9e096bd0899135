import HuibaoModel
import Mustache

/// The Mustache templates and the stylesheet a site is rendered with: the defaults built
/// into the binary, each replaceable by a file of the same name in the site's `Templates/`.
public struct TemplateSet: Sendable {
    /// The names of the default templates (file names without `.mustache`).
    public static let templateNames = [
        "layout", "dashboard", "indicators", "indicator", "categories", "category", "activities", "activity",
        "months", "month", "payments", "ledger", "articles", "article",
        "indicator-table", "activity-list", "pager", "reports", "report", "compliance",
        "month-notes",
        "month-errata",
        "month-staff", "staff",
        "month-report", "month-summary", "month-articles", "material-list",
    ]

    public let library: MustacheLibrary
    /// The templates `FastTemplate` can render (most often all), by name, and the others.
    let fastTemplates: [String: FastTemplate]
    /// Each rendering thread's own copy of `fastTemplates`, for the pages' contents.
    let threadCopies: FastTemplate.ThreadCopies
    let otherTemplates: Set<String>
    /// The first part of every name each fast template looks up, through its partials (none
    /// for a template with a partial swift-mustache renders).
    let referencedNames: [String: Set<String>]
    /// Whether pages go through `FastTemplate` where it can render them (tests turn it off
    /// to compare with swift-mustache).
    public var usesFastTemplates = true
    /// Whether `activity` and its `material-list` are both the defaults: the write-up page's
    /// evidence list is then written by Swift (`MaterialListHTML`, the same bytes) and handed to
    /// the fast templates as `materialListHTML` (20,000 evidence files at the bench).
    let defaultMaterialList: Bool
    /// Whether a write-up page's context carries its evidence list as `materialListHTML`
    /// instead of the `materials` values the template would render.
    var rendersMaterialListNatively: Bool { usesFastTemplates && defaultMaterialList }
    public let stylesheet: String
    /// The evaluator report's stylesheet, inlined into every report.
    public let reportStylesheet: String
    /// The chart rules alone (`charts.css`), put inside a chart rendered as an image.
    public let chartStylesheet: String
    /// The style table of the WeChat export (`wechat-styles.json`).
    public let wechatStyles: WeChatStyles

    /// - Parameter overrides: file name (`layout.mustache`, `style.css`) → text, from the site's `Templates/`.
    /// - Throws: a diagnostic at the template's line when an override does not parse.
    public init(overrides: [String: String] = [:], overrideDisplayPrefix: String = "Templates/") throws(TemplateError) {
        let texts = Self.templateNames.map { name in
            (name: name, text: overrides[name + ".mustache"] ?? DefaultTemplates.text(named: name + ".mustache"))
        }
        // Before either parser: recursion through partials or nesting too deep would crash it.
        if let problem = TemplateSafety.problem(
            texts,
            file: { (overrides[$0 + ".mustache"] != nil ? overrideDisplayPrefix : "(内置)") + $0 + ".mustache" })
        {
            throw TemplateError(diagnostic: problem)
        }
        var library = MustacheLibrary()
        var fastTemplates: [String: FastTemplate] = [:]
        var otherTemplates: Set<String> = []
        for name in Self.templateNames {
            let file = name + ".mustache"
            let text = overrides[file] ?? DefaultTemplates.text(named: file)
            do {
                let template = try MustacheTemplate(string: text)
                if let fast = try? FastTemplate(text) {
                    // swift-mustache renders it only for values outside the subset: rarely.
                    library.register(template, named: name)
                    fastTemplates[name] = fast
                } else {
                    library.register(HTMLEscaping.fast(template, text: text), named: name)
                    otherTemplates.insert(name)
                }
            } catch {
                throw TemplateError(
                    diagnostic: TemplateSyntaxError.diagnostic(
                        error, template: file, text: text,
                        file: (overrides[file] != nil ? overrideDisplayPrefix : "(内置)") + file))
            }
        }
        self.library = library
        // The default evidence list, when both templates are the defaults: its bytes come in
        // the page's context (swift-mustache, which tests compare with, keeps the template).
        // (A copy of a default in Templates/, as this repository's example has, is the default.)
        let isDefault = { (file: String) in
            overrides[file].map { $0 == DefaultTemplates.text(named: file) } ?? true
        }
        defaultMaterialList =
            isDefault("activity.mustache") && isDefault("material-list.mustache")
            && fastTemplates["activity"] != nil && fastTemplates["material-list"] != nil
        if defaultMaterialList {
            fastTemplates["material-list"] = FastTemplate(
                tokens: [.variable(FastTemplate.Name(MaterialListHTML.contextKey), escaped: false)])
        }
        self.fastTemplates = fastTemplates
        threadCopies = FastTemplate.ThreadCopies(fastTemplates)
        self.otherTemplates = otherTemplates
        var referencedNames: [String: Set<String>] = [:]
        for (name, template) in fastTemplates {
            var names: Set<String> = []
            if Self.collectNames(template.tokens, into: &names, fastTemplates: fastTemplates, depth: 0) {
                referencedNames[name] = names
            }
        }
        self.referencedNames = referencedNames
        // One source of the chart rules for both: the site's pages and the report embed the same charts.
        let charts = overrides["charts.css"] ?? DefaultTemplates.text(named: "charts.css")
        chartStylesheet = charts
        stylesheet = (overrides["style.css"] ?? DefaultTemplates.text(named: "style.css")) + charts
        reportStylesheet = (overrides["report.css"] ?? DefaultTemplates.text(named: "report.css")) + charts
        wechatStyles = try WeChatStyles(
            override: overrides[WeChatStyles.fileName], displayPrefix: overrideDisplayPrefix)
    }

    /// `template` rendered by `FastTemplate` as a page's content (empty text as absent); nil
    /// when it cannot render it or renders nothing (`renderPage` then renders the page).
    func renderContent(_ context: [String: Any], template name: String) -> [UInt8]? {
        guard usesFastTemplates else { return nil }
        // This thread's copy: the cores never share a template's storage (see `ThreadCopies`).
        let templates = threadCopies.templates()
        guard let body = templates[name] else { return nil }
        var content: [UInt8] = []
        content.reserveCapacity(16_384)
        guard
            body.render(
                context, partials: templates, otherTemplates: otherTemplates, emptyTextIsMissing: true,
                into: &content), !content.isEmpty
        else { return nil }
        return content
    }

    /// Whether `template` (with its partials) may look up any of `names`; true when it is not
    /// rendered by `FastTemplate` (nothing is known of it then).
    func mayReference(_ names: Set<String>, template name: String) -> Bool {
        guard let referenced = referencedNames[name] else { return true }
        return !referenced.isDisjoint(with: names)
    }

    /// The layout with holes for title and content, for pages whose other layout values are
    /// `probe` (see `LayoutMemo`); nil when the layout is not rendered by `FastTemplate` or
    /// names anything else.
    func layoutMemo(probe: [String: Any]) -> LayoutMemo? {
        guard usesFastTemplates, let layout = fastTemplates["layout"] else { return nil }
        return LayoutMemo(layout: layout, partials: fastTemplates, otherTemplates: otherTemplates, probe: probe)
    }

    /// A page as bytes: `template` rendered with `context`, then the layout with that as
    /// `content`. Through `FastTemplate` when it can render both, with empty strings as if
    /// absent; otherwise through swift-mustache on the context `PageRenderer.withoutEmptyText`
    /// makes (the same bytes either way).
    func renderPage(_ context: [String: Any], template name: String) -> [UInt8] {
        if usesFastTemplates, let body = fastTemplates[name], let layout = fastTemplates["layout"] {
            var content: [UInt8] = []
            content.reserveCapacity(16_384)
            if body.render(
                context, partials: fastTemplates, otherTemplates: otherTemplates, emptyTextIsMissing: true,
                into: &content), !content.isEmpty
            {
                var context = context
                context["content"] = HTMLBytes(bytes: content)
                var page: [UInt8] = []
                page.reserveCapacity(content.count + 4_096)
                if layout.render(
                    context, partials: fastTemplates, otherTemplates: otherTemplates, emptyTextIsMissing: true,
                    into: &page)
                {
                    return page
                }
            }
        }
        // An empty content stays "" here (a section on it renders), so it takes this path too.
        var pruned = PageRenderer.withoutEmptyText(context)
        pruned["content"] = render(pruned, template: name)
        return Array(render(pruned, template: "layout").utf8)
    }

    /// Renders `context` with the template `name`.
    func render(_ context: [String: Any], template name: String) -> String {
        if usesFastTemplates, let fast = fastTemplates[name],
            let text = fast.render(context, partials: fastTemplates, otherTemplates: otherTemplates)
        {
            return text
        }
        return library.render(context, withTemplate: name) ?? ""
    }
}

extension TemplateSet {
    /// Adds the first part of every name in `tokens` (and in their partials) to `names`;
    /// false when a partial is one swift-mustache renders, or partials nest too deep.
    fileprivate static func collectNames(
        _ tokens: [FastTemplate.Token], into names: inout Set<String>, fastTemplates: [String: FastTemplate], depth: Int
    ) -> Bool {
        guard depth < 16 else { return false }
        for token in tokens {
            switch token {
            case .text:
                continue
            case .variable(let name, _):
                if let first = name.parts.first { names.insert(first) }
            case .section(let name, let inner), .invertedSection(let name, let inner):
                if let first = name.parts.first { names.insert(first) }
                guard collectNames(inner, into: &names, fastTemplates: fastTemplates, depth: depth + 1) else {
                    return false
                }
            case .partial(let name, _):
                guard let partial = fastTemplates[name] else {
                    if templateNames.contains(name) { return false }  // rendered by swift-mustache
                    continue  // an unknown partial renders as nothing
                }
                guard collectNames(partial.tokens, into: &names, fastTemplates: fastTemplates, depth: depth + 1) else {
                    return false
                }
            }
        }
        return true
    }
}

/// A template that could not be used, as a diagnostic.
public struct TemplateError: Error, Sendable {
    public var diagnostic: Diagnostic
}
