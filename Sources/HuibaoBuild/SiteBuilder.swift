import Foundation
import HuibaoContent
import HuibaoModel
import HuibaoSite

/// Runs a build as named, timed stages: load → parse → templates → render → write.
public enum SiteBuilder {
    /// What a build did: its diagnostics, how many files it wrote, and the stage timings.
    public struct Outcome: Sendable {
        public var diagnostics: [Diagnostic]
        public var fileCount: Int
        public var pageCount: Int
        public var written: Bool
        public var stages: [(name: String, milliseconds: Double)]
    }

    /// Why a build could not run at all (no Content/, unsafe output folder, write failure).
    public struct Failure: Error, Sendable {
        public var message: String
    }

    public static func build(_ options: BuildOptions, log: (String) -> Void = { _ in }) throws(Failure) -> Outcome {
        var stages: [(String, Double)] = []
        func stage<T>(_ name: String, _ work: () throws -> T) rethrows -> T {
            let start = DispatchTime.now().uptimeNanoseconds
            let result = try work()
            let ms = Double(DispatchTime.now().uptimeNanoseconds - start) / 1_000_000
            stages.append((name, ms))
            if options.verbose { log("[\(stages.count)/5] \(name) \(String(format: "%.1f", ms)) ms") }
            return result
        }

        if let problem = OutputSafety.problem(output: options.output, source: options.source) {
            throw Failure(message: problem)
        }
        let snapshot: ContentSnapshot
        do {
            snapshot = try stage("读取 Content/") { try ContentLoader.load(source: options.source) }
        } catch let error as ContentLoader.Failure {
            throw Failure(message: error.message)
        } catch {
            throw Failure(message: "\(error)")
        }
        let parsed = stage("解析内容") { ContentParser.parse(snapshot) }
        var diagnostics = parsed.diagnostics
        let templates: TemplateSet?
        do {
            templates = try stage("加载模板") { () throws(TemplateError) -> TemplateSet in
                try TemplateSet(overrides: TemplateLoader.overrides(source: options.source))
            }
        } catch {
            diagnostics.append(error.diagnostic)
            templates = nil
        }
        guard let content = parsed.content, let templates, !diagnostics.hasErrors else {
            return Outcome(diagnostics: diagnostics, fileCount: 0, pageCount: 0, written: false, stages: stages)
        }
        let files = stage("生成页面") {
            SiteRenderer.render(content, options: SiteOptions(asOf: options.asOf, audience: options.audience), templates: templates)
        }
        do {
            try stage("写入 \(options.output.lastPathComponent)/") { () throws(OutputWriter.Failure) in
                try OutputWriter.write(
                    files, to: options.output, contentFolder: options.source.appendingPathComponent("Content", isDirectory: true))
            }
        } catch {
            throw Failure(message: error.message)
        }
        return Outcome(
            diagnostics: diagnostics, fileCount: files.count, pageCount: files.filter { $0.path.hasSuffix("index.html") }.count,
            written: true, stages: stages)
    }
}
