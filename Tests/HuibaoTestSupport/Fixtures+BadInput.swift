import Foundation

/// The bad-input cases of `Tests/Fixtures/invalid/`: one base project (`_base/`) and, per case,
/// a folder with only the files it changes, `expected.txt` and optionally `deleted.txt`
/// (base files the case removes, one path a line). See `Tests/Fixtures/invalid/README.md`.
extension Fixtures {
    /// The folder of the cases.
    public static let invalidFolder = folder.appendingPathComponent("invalid", isDirectory: true)

    /// The base project every case starts from.
    public static let invalidBase = invalidFolder.appendingPathComponent("_base", isDirectory: true)

    /// The files of a case folder that describe the case rather than belong to the project.
    public static let caseFiles: Set<String> = ["expected.txt", "deleted.txt"]

    /// The bad-input cases: every folder of `Tests/Fixtures/invalid/` except `_base` (names
    /// starting with `_` or `.`), sorted.
    public static func invalidCases() -> [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: invalidFolder.path)) ?? []
        return names.filter { name in
            var isDirectory: ObjCBool = false
            return !name.hasPrefix(".") && !name.hasPrefix("_")
                && FileManager.default.fileExists(
                    atPath: invalidFolder.appendingPathComponent(name).path, isDirectory: &isDirectory)
                && isDirectory.boolValue
        }.sorted()
    }

    /// The committed folder of a case (its changed files and `expected.txt`), not a project.
    public static func invalidCaseFolder(_ name: String) -> URL {
        invalidFolder.appendingPathComponent(name, isDirectory: true)
    }

    /// The project of a case, ready to check: a fresh temporary copy of the base with the case's
    /// files laid over it and its `deleted.txt` paths removed. A case folder in the old layout
    /// (a complete project) gives the same project, since its files replace every base file.
    public static func invalid(_ name: String) throws -> URL {
        let project = try temporaryFolder().appendingPathComponent(name, isDirectory: true)
        try copyTree(from: invalidBase, to: project, skipping: [])
        let caseFolder = invalidCaseFolder(name)
        try copyTree(from: caseFolder, to: project, skipping: caseFiles)
        for path in try deletedPaths(name) {
            let target = project.appendingPathComponent(path)
            guard (try? FileManager.default.attributesOfItem(atPath: target.path)) != nil else {
                throw CaseError("\(name)/deleted.txt: \(path) is not a file of the base or the case")
            }
            try FileManager.default.removeItem(at: target)
        }
        return project
    }

    /// The base paths a case removes (`deleted.txt`; blank lines and `#` comments ignored).
    public static func deletedPaths(_ name: String) throws -> [String] {
        let url = invalidCaseFolder(name).appendingPathComponent("deleted.txt")
        guard FileManager.default.fileExists(atPath: url.path) else { return [] }
        return try String(contentsOf: url, encoding: .utf8).split(separator: "\n")
            .map { $0.trimmingCharacters(in: .whitespaces) }
            .filter { !$0.isEmpty && !$0.hasPrefix("#") }
    }

    /// The URL of a case's expected diagnostics.
    public static func expectedURL(_ name: String) -> URL {
        invalidCaseFolder(name).appendingPathComponent("expected.txt")
    }

    /// A case's expected diagnostics, one line each.
    public static func expectedDiagnostics(_ name: String) throws -> [String] {
        try String(contentsOf: expectedURL(name), encoding: .utf8).split(separator: "\n").map(String.init)
    }

    /// Copies every file and symbolic link below `source` into `destination` (replacing what is
    /// there), keeping links as links, except the top-level names in `skipping`.
    static func copyTree(from source: URL, to destination: URL, skipping: Set<String>) throws {
        let fileManager = FileManager.default
        try fileManager.createDirectory(at: destination, withIntermediateDirectories: true)
        guard let enumerator = fileManager.enumerator(atPath: source.path) else {
            throw CaseError("cannot read \(source.path)")
        }
        while let path = enumerator.nextObject() as? String {
            if skipping.contains(path) { continue }
            let from = source.appendingPathComponent(path)
            let to = destination.appendingPathComponent(path)
            let attributes = try fileManager.attributesOfItem(atPath: from.path)
            let type = attributes[.type] as? FileAttributeType
            if type == .typeDirectory {
                try fileManager.createDirectory(at: to, withIntermediateDirectories: true)
                continue
            }
            if (try? fileManager.attributesOfItem(atPath: to.path)) != nil { try fileManager.removeItem(at: to) }
            if type == .typeSymbolicLink {
                try fileManager.createSymbolicLink(
                    atPath: to.path, withDestinationPath: try fileManager.destinationOfSymbolicLink(atPath: from.path))
            } else {
                try fileManager.copyItem(at: from, to: to)
            }
        }
    }

    /// A malformed case folder.
    public struct CaseError: Error, CustomStringConvertible {
        public var description: String
        init(_ description: String) { self.description = description }
    }
}
