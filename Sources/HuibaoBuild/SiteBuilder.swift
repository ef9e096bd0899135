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
        /// Runs one named stage and records how long it took.
        func stage<T>(_ name: String, _ work: () -> T) -> T {
            let start = DispatchTime.now().uptimeNanoseconds
            let result = work()
            let ms = Double(DispatchTime.now().uptimeNanoseconds - start) / 1_000_000
            stages.append((name, ms))
            if options.verbose { log("[\(stages.count)/5] \(name) \(String(format: "%.1f", ms)) ms") }
            return result
        }

        if let problem = OutputSafety.problem(output: options.output, source: options.source) {
            throw Failure(message: problem)
        }
        let loaded = stage("读取 Content/") { Result { try ContentLoader.load(source: options.source) } }
        let snapshot: ContentSnapshot
        switch loaded {
        case .success(let value): snapshot = value
        case .failure(let error as ContentLoader.Failure): throw Failure(message: error.message)
        case .failure(let error): throw Failure(message: "\(error)")
        }
        let parsed = stage("解析内容") { ContentParser.parse(snapshot) }
        var diagnostics = parsed.diagnostics
        let templates = stage("加载模板") {
            Result { () throws(TemplateError) -> TemplateSet in
                try TemplateSet(overrides: TemplateLoader.overrides(source: options.source))
            }
        }
        if case .failure(let error) = templates { diagnostics.append(error.diagnostic) }
        guard let content = parsed.content, case .success(let templateSet) = templates, !diagnostics.hasErrors else {
            return Outcome(diagnostics: diagnostics, fileCount: 0, pageCount: 0, written: false, stages: stages)
        }
        let files = stage("生成页面") {
            SiteRenderer.render(
                content, options: SiteOptions(asOf: options.asOf, audience: options.audience), templates: templateSet)
        }
        let written = stage("写入 \(options.output.lastPathComponent)/") {
            Result { () throws(OutputWriter.Failure) in
                try OutputWriter.write(
                    files, to: options.output,
                    contentFolder: options.source.appendingPathComponent("Content", isDirectory: true))
            }
        }
        if case .failure(let error) = written { throw Failure(message: error.message) }
        return Outcome(
            diagnostics: diagnostics, fileCount: files.count,
            pageCount: files.filter { $0.path.hasSuffix("index.html") }.count,
            written: true, stages: stages)
    }
}
