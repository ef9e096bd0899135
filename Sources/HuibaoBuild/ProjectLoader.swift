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

    /// The three loading stages, run on `clock`.
    public static func load(source: URL, asOf: Day, clock: inout StageClock) throws(Failure) -> LoadedProject {
        let loaded = clock.run("读取 Content/") { Result { try ContentLoader.load(source: source) } }
        let snapshot: ContentSnapshot
        switch loaded {
        case .success(let value): snapshot = value
        case .failure(let error as ContentLoader.Failure): throw Failure(message: error.message)
        case .failure(let error): throw Failure(message: "\(error)")
        }
        var diagnostics: [Diagnostic] = []
        let content = clock.run("解析内容") { () -> SiteContent? in
            TraceTmp.mark("start parse")
            let parsed = ContentParser.parse(snapshot)
            diagnostics = parsed.diagnostics
            if let content = parsed.content {
                diagnostics += ContentChecks.run(content, snapshot: snapshot, asOf: asOf)
            }
            return parsed.content
        }
        let templates = clock.run("加载模板") { () -> TemplateSet? in
            do throws(TemplateError) {
                return try TemplateSet(overrides: TemplateLoader.overrides(source: source))
            } catch {
                diagnostics.append(error.diagnostic)
                return nil
            }
        }
        return LoadedProject(content: content, templates: templates, diagnostics: diagnostics.sorted())
    }
}
