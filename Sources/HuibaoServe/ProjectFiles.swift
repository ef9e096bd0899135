import Foundation
import HuibaoContent

/// The project's files as the preview keeps them in memory: Content/'s parsed files and
/// paths, and Templates/' overrides. A change re-reads only the files it names.
struct ProjectFiles: Sendable {
    let source: URL
    private(set) var files: [String: [UInt8]] = [:]
    private(set) var allPaths: Set<String> = []
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
        allPaths = snapshot.allPaths
        linksOutside = snapshot.linksOutside
        reloadTemplates()
    }

    mutating func reloadTemplates() {
        var result: [String: String] = [:]
        let names = (try? FileManager.default.contentsOfDirectory(atPath: templatesFolder.path)) ?? []
        for name in names.sorted() where name.hasSuffix(".mustache") || name.hasSuffix(".css") {
            if let data = FileManager.default.contents(atPath: templatesFolder.appendingPathComponent(name).path) {
                result[name] = String(decoding: data, as: UTF8.self)
            }
        }
        templates = result
    }

    /// Applies changed paths (relative to the source folder: `Content/…`, `Templates/…`).
    /// A folder, a symlink or anything unusual reads the whole project again.
    mutating func apply(_ changes: Set<String>) throws {
        var templatesChanged = false
        for change in changes.sorted() {
            if change == "Templates" || change.hasPrefix("Templates/") {
                templatesChanged = true
                continue
            }
            guard change.hasPrefix("Content/") else {
                try reloadAll()
                return
            }
            let relative = String(change.dropFirst("Content/".count)).precomposedStringWithCanonicalMapping
            if relative.split(separator: "/").contains(where: { $0.hasPrefix(".") }) { continue }
            let full = contentFolder.appendingPathComponent(relative).path
            var isDirectory: ObjCBool = false
            let exists = FileManager.default.fileExists(atPath: full, isDirectory: &isDirectory)
            let attributes = try? FileManager.default.attributesOfItem(atPath: full)
            if isDirectory.boolValue || (attributes?[.type] as? FileAttributeType) == .typeSymbolicLink {
                try reloadAll()
                return
            }
            if !exists {
                // Gone, or a folder that held files: drop everything under it.
                files[relative] = nil
                allPaths.remove(relative)
                let prefix = relative + "/"
                if allPaths.contains(where: { $0.hasPrefix(prefix) }) {
                    try reloadAll()
                    return
                }
                continue
            }
            allPaths.insert(relative)
            if ContentSnapshot.isParsed(relative), let data = FileManager.default.contents(atPath: full) {
                files[relative] = [UInt8](data)
            }
        }
        if templatesChanged { reloadTemplates() }
    }

    /// The content as `ContentParser` takes it.
    var snapshot: ContentSnapshot {
        ContentSnapshot(
            files: files.map { ContentSnapshot.File(path: $0.key, bytes: $0.value) }.sorted { $0.path < $1.path },
            allPaths: allPaths, linksOutside: linksOutside)
    }
}
