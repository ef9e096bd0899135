import Foundation
import HuibaoBuild
import HuibaoContent

/// The project's files as the preview keeps them in memory: Content/'s parsed files and
/// paths, and Templates/' overrides. A change re-reads only the files it names.
struct ProjectFiles: Sendable {
    let source: URL
    private(set) var files: [String: [UInt8]] = [:]
    /// `files`' paths in order, kept until a file is added or removed.
    private var sortedPaths: [String]?
    private(set) var allPaths = ContentPaths()
    private(set) var linksOutside: Set<String> = []
    private(set) var templates: [String: String] = [:]

    var contentFolder: URL { source.appendingPathComponent("Content", isDirectory: true) }
    var templatesFolder: URL { source.appendingPathComponent("Templates", isDirectory: true) }

    init(source: URL) {
        self.source = source
    }

    /// Reads all of Content/ and Templates/ again.
    mutating func reloadAll() throws {
        let snapshot = try ContentLoader.load(source: source)
        files = Dictionary(snapshot.files.map { ($0.path, $0.bytes) }, uniquingKeysWith: { a, _ in a })
        sortedPaths = nil
        allPaths = snapshot.allPaths
        linksOutside = snapshot.linksOutside
        reloadTemplates()
    }

    mutating func reloadTemplates() {
        templates = TemplateLoader.overrides(source: source)
    }

    /// Applies changed paths (relative to the source folder: `Content/…`, `Templates/…`).
    /// A folder, a symlink or anything unusual reads the whole project again.
    /// - Returns: the parsed files read again (paths under `Content/`), or nil when the whole
    ///   project was read again.
    @discardableResult
    mutating func apply(_ changes: Set<String>) throws -> Set<String>? {
        var templatesChanged = false
        var reread: Set<String> = []
        for change in changes.sorted() {
            if change == "Templates" || change.hasPrefix("Templates/") {
                templatesChanged = true
                continue
            }
            guard change.hasPrefix("Content/") else {
                try reloadAll()
                return nil
            }
            let relative = String(change.dropFirst("Content/".count)).precomposedStringWithCanonicalMapping
            if relative.split(separator: "/").contains(where: { $0.hasPrefix(".") }) { continue }
            let full = contentFolder.appendingPathComponent(relative).path
            var isDirectory: ObjCBool = false
            let exists = FileManager.default.fileExists(atPath: full, isDirectory: &isDirectory)
            let attributes = try? FileManager.default.attributesOfItem(atPath: full)
            // A folder, a link, or a FIFO, socket or device (which the loader reports, never reads).
            let type = attributes?[.type] as? FileAttributeType
            if isDirectory.boolValue || (exists && type != nil && type != .typeRegular) {
                try reloadAll()
                return nil
            }
            if !exists {
                // Gone, or a folder that held files: drop everything under it.
                if files[relative] != nil {
                    files[relative] = nil
                    sortedPaths = nil
                }
                if allPaths.contains(relative) { allPaths.remove(relative) }
                let prefix = relative + "/"
                if allPaths.contains(where: { $0.hasPrefix(prefix) }) {
                    try reloadAll()
                    return nil
                }
                continue
            }
            // Inserting only what is new keeps the set shared with the parse cache's, so the
            // cache sees the same set at once instead of comparing 10,000 paths.
            if !allPaths.contains(relative) { allPaths.insert(relative) }
            // Only a regular file's bytes: a FIFO named *.md is never waited on.
            if ContentSnapshot.isParsed(relative), case .success(let bytes) = RegularFile.read(full) {
                if files.updateValue(bytes, forKey: relative) == nil { sortedPaths = nil }
                reread.insert(relative)
            }
        }
        if templatesChanged { reloadTemplates() }
        return reread
    }

    /// The content as `ContentParser` takes it.
    mutating func snapshot() -> ContentSnapshot {
        let paths = sortedPaths ?? files.keys.sorted()
        sortedPaths = paths
        return ContentSnapshot(
            files: paths.map { ContentSnapshot.File(path: $0, bytes: files[$0]!) }, allPaths: allPaths,
            linksOutside: linksOutside)
    }
}
