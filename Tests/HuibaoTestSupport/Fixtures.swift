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

    /// A fresh empty temporary folder, inside this test process's own folder (`runFolder`),
    /// which is removed when the process exits.
    public static func temporaryFolder() throws -> URL {
        let url = runFolder.appendingPathComponent(UUID().uuidString, isDirectory: true)
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    /// `huibao-test-<pid>-<uuid>/` in the system's temporary folder: every temporary folder of
    /// one test process, removed at its exit — a run of the suite makes hundreds, and left
    /// behind they filled /tmp (and the kernel's name cache that the bench measures).
    static let runFolder: URL = {
        let url = FileManager.default.temporaryDirectory
            .appendingPathComponent("huibao-test-\(getpid())-\(UUID().uuidString)", isDirectory: true)
        RunFolderRemoval.path = url.path
        atexit { RunFolderRemoval.remove() }
        return url
    }()

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

/// What the exit handler removes (a C function cannot capture the path).
private enum RunFolderRemoval {
    nonisolated(unsafe) static var path: String?

    static func remove() {
        guard let path else { return }
        try? FileManager.default.removeItem(atPath: path)
    }
}
