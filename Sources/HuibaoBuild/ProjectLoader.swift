import Foundation
import HuibaoContent
import HuibaoModel
import HuibaoSite

/// A project read and checked: what `check` reports and what `build` renders.
public struct LoadedProject: Sendable {
    public var content: SiteContent?
    public var templates: TemplateSet?
    /// Every diagnostic, sorted by file and line.
    public var diagnostics: [Diagnostic]

    /// True when there is something to render: content and templates, and no error.
    public var isRenderable: Bool { content != nil && templates != nil && !diagnostics.hasErrors }
}

/// Reads a project folder: Content/, the checks that need the as-of date, and Templates/.
public enum ProjectLoader {
    /// Why a project could not be read at all (the CLI exits with 2).
    public struct Failure: Error, Sendable {
        public var message: String
    }

    /// The two loading stages, run on `clock`: reading, then parsing with the templates alongside.
    public static func load(source: URL, asOf: Day, clock: inout StageClock) throws(Failure) -> LoadedProject {
        let loaded = clock.run("读取 Content/") { Result { try ContentLoader.load(source: source) } }
        let snapshot: ContentSnapshot
        switch loaded {
        case .success(let value): snapshot = value
        case .failure(let error as ContentLoader.Failure): throw Failure(message: error.message)
        case .failure(let error): throw Failure(message: "\(error)")
        }
        // The templates load on another thread while the write-ups are parsed on all cores.
        let loading = Parallel.start { () -> Result<TemplateSet, TemplateError> in
            Result { () throws(TemplateError) in try TemplateSet(overrides: TemplateLoader.overrides(source: source)) }
        }
        let (parsed, loadedTemplates) = clock.run("解析内容、加载模板") {
            () -> ((content: SiteContent?, diagnostics: [Diagnostic]), Result<TemplateSet, TemplateError>) in
            let parsed = ContentParser.parse(snapshot)
            guard let content = parsed.content else { return ((nil, parsed.diagnostics), loading.wait()) }
            let checked = parsed.diagnostics + ContentChecks.run(content, snapshot: snapshot, asOf: asOf)
            return ((content, checked), loading.wait())
        }
        let content = parsed.content
        var diagnostics = parsed.diagnostics
        var templates: TemplateSet?
        switch loadedTemplates {
        case .success(let loaded): templates = loaded
        case .failure(let error): diagnostics.append(error.diagnostic)
        }
        return LoadedProject(content: content, templates: templates, diagnostics: diagnostics.sorted())
    }
}
