import Foundation

/// Where the test fixtures live, found from this file's path so tests need no resources.
public enum Fixtures {
    /// The package's root folder.
    public static let repositoryRoot: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    public static let folder = repositoryRoot.appendingPathComponent("Tests/Fixtures", isDirectory: true)

    /// A good fixture site: `Tests/Fixtures/sites/<name>/`.
    public static func site(_ name: String) -> URL {
        folder.appendingPathComponent("sites/\(name)", isDirectory: true)
    }

    // The bad-input cases (`invalidCases()`, `invalid(_:)`) are in Fixtures+BadInput.swift.

    /// The built `huibao` binary (`HUIBAO_BIN` overrides; otherwise `.build/debug/huibao`).
    public static var binary: URL {
        if let path = ProcessInfo.processInfo.environment["HUIBAO_BIN"], !path.isEmpty {
            return URL(fileURLWithPath: path)
        }
        return repositoryRoot.appendingPathComponent(".build/debug/huibao")
    }

    /// A fresh empty temporary folder.
    public static func temporaryFolder() throws -> URL {
        let url = FileManager.default.temporaryDirectory
            .appendingPathComponent("huibao-test-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    /// Every regular file below `folder`, as sorted relative paths.
    public static func files(in folder: URL) -> [String] {
        guard let enumerator = FileManager.default.enumerator(atPath: folder.path) else { return [] }
        var result: [String] = []
        while let path = enumerator.nextObject() as? String {
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(
                atPath: folder.appendingPathComponent(path).path, isDirectory: &isDirectory),
                !isDirectory.boolValue
            {
                result.append(path)
            }
        }
        return result.sorted()
    }
}
