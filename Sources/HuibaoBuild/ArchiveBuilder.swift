import Foundation
import HuibaoModel
import HuibaoSite

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// `huibao archive <evaluation id>`: the evaluators' 档案 as one deterministic zip, or as a
/// folder (documents.md "The archive").
public enum ArchiveBuilder {
    /// What `archive` was asked to do.
    public struct Options: Sendable {
        public var source: URL
        public var evaluationID: String
        /// Nil: the evaluation's date.
        public var asOf: Day?
        /// Nil: `<source>/reports/<项目名称>-<评估名称>-档案.zip`; a path not ending in `.zip` is a folder.
        public var output: URL?
        /// The day of the run: an as-of date after it is a warning.
        public var today: Day = Today.day()

        public init(source: URL, evaluationID: String, asOf: Day? = nil, output: URL? = nil) {
            self.source = source
            self.evaluationID = evaluationID
            self.asOf = asOf
            self.output = output
        }
    }

    /// What an archive run produced.
    public struct Outcome: Sendable {
        public var diagnostics: [Diagnostic]
        /// The zip or folder written; nil when errors stopped it.
        public var output: URL?
        public var asOf: Day?
        public var isZip = true
        /// The zip's size in bytes, or the folder's files' total.
        public var bytes: Int64 = 0
        /// Files in the archive (`SHA256SUMS` included, folders not).
        public var files = 0
    }

    /// A refusal or failure, in Chinese.
    public struct Failure: Error, Sendable {
        public var message: String
    }

    public static func build(_ options: Options) throws(Failure) -> Outcome {
        // Loaded once: the checks run at the archive's date, found in what parsed.
        var clock = StageClock(total: 3)
        let loaded: ProjectLoader.ForEvaluation
        do {
            loaded = try ProjectLoader.load(
                source: options.source, evaluationID: options.evaluationID, asOf: options.asOf, clock: &clock)
        } catch {
            throw Failure(message: error.message)
        }
        let project = loaded.project
        guard let firstContent = project.content, let evaluation = loaded.evaluation, let asOf = loaded.asOf else {
            return Outcome(diagnostics: project.diagnostics)
        }
        let requested =
            options.output
            ?? options.source.appendingPathComponent("reports", isDirectory: true)
            .appendingPathComponent(ArchiveLayout.top(firstContent.project, evaluation) + ".zip")
        if let problem = ArchiveOutput.problem(requested, source: options.source) {
            throw Failure(message: problem)
        }
        let isZip = ArchiveOutput.isZip(requested)
        let output = URL(fileURLWithPath: OutputSafety.resolved(requested.standardizedFileURL), isDirectory: !isZip)
        let lock: OutputLock
        do {
            try? FileManager.default.createDirectory(
                at: output.deletingLastPathComponent(), withIntermediateDirectories: true)
            lock = try OutputLock.acquire(for: output, what: isZip ? "档案文件" : "档案文件夹")
        } catch {
            throw Failure(message: error.message)
        }
        defer { withExtendedLifetime(lock) {} }
        guard project.isRenderable, let content = project.content, let templates = project.templates else {
            return Outcome(diagnostics: project.diagnostics, asOf: asOf)
        }
        // Per scoring item when a scheme applies to the evaluation, else per indicator.
        let scheme = content.scoring.schemes[evaluation.id]
        let sections =
            scheme.map { ArchiveSection.perItem(content, scheme: $0, evaluation: evaluation, asOf: asOf) }
            ?? ArchiveSection.perIndicator(content, asOf: asOf)
        var layout = ArchiveLayout(
            content: content, evaluation: evaluation, asOf: asOf, sections: sections, report: [],
            byIndicator: scheme == nil)
        // The report inside links each item's files (files, never folders).
        let report: String
        let warnings: [Diagnostic]
        switch ReportBuilder.render(
            project, content: content, templates: templates, evaluation: evaluation, asOf: asOf,
            figures: clock.run(SiteBuilder.figuresStage) { ReportRenderer.figures(content, asOf: asOf) },
            source: options.source, today: options.today, refused: "档案", archiveFiles: layout.sectionFiles)
        {
        case .failure(let refusal): return Outcome(diagnostics: refusal.diagnostics, asOf: asOf)
        case .success(let rendered): (report, warnings) = rendered
        }
        layout = layout.withReport(Array(report.utf8))
        let contentFolder = options.source.appendingPathComponent("Content", isDirectory: true)
        var outcome = Outcome(diagnostics: (project.diagnostics + warnings).sorted(), output: output, asOf: asOf)
        outcome.isZip = isZip
        let files = try ArchiveFiles.resolve(layout, contentFolder: contentFolder)
        outcome.files = files.count { if case .folder = $0.body { false } else { true } }
        if isZip {
            outcome.bytes = try writeZip(files, top: layout.top, day: asOf, to: output)
        } else {
            outcome.bytes = try writeFolder(files, to: output, contentFolder: contentFolder, lock: lock)
        }
        return outcome
    }

    /// Writes the zip beside `output` and renames it into place; its size.
    static func writeZip(_ files: [ArchiveFile], top: String, day: Day, to output: URL) throws(Failure) -> Int64 {
        ReportOutput.removeLeftoverTemporaries(of: output)
        let temporary = ReportOutput.temporary(for: output)
        unlink(temporary.path)
        do {
            try ArchiveZip.write(files.map { ArchiveFile(path: top + "/" + $0.path, body: $0.body) }, day: day, to: temporary.path)
        } catch {
            unlink(temporary.path)
            throw Failure(message: error.message + "；原有的文件保持不变")
        }
        var status = stat()
        let size = stat(temporary.path, &status) == 0 ? Int64(status.st_size) : 0
        do {
            try ReportOutput.moveIntoPlace(temporary, output)
        } catch {
            throw Failure(message: error.message)
        }
        return size
    }

    /// Writes the archive's files into the folder `output` with the build's writer (staged
    /// and swapped in); their total size.
    static func writeFolder(_ files: [ArchiveFile], to output: URL, contentFolder: URL, lock: OutputLock) throws(Failure) -> Int64 {
        var total: Int64 = 0
        var outputFiles: [OutputFile] = []
        for file in files {
            switch file.body {
            case .folder: outputFiles.append(OutputFile(path: file.path + "/", body: .bytes([])))
            case .bytes(let bytes):
                total += Int64(bytes.count)
                outputFiles.append(OutputFile(path: file.path, body: .bytes(bytes)))
            case .copy(let path):
                var status = stat()
                if stat(path, &status) == 0 { total += Int64(status.st_size) }
                let contentPath = String(path.dropFirst(ArchiveFiles.realPath(contentFolder.path)!.count + 1))
                outputFiles.append(OutputFile(path: file.path, body: .copy(contentPath: contentPath)))
            }
        }
        do {
            try OutputWriter.write(to: output, contentFolder: contentFolder, lock: lock) { emit in
                for file in outputFiles { emit(file) }
            }
        } catch {
            throw Failure(message: error.message)
        }
        return total
    }
}
