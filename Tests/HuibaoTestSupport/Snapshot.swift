import Foundation

/// Golden files: compares output with a committed copy; `RECORD_SNAPSHOTS=1` re-records it,
/// and a recording run always reports a failure so it never passes silently.
public enum Snapshot {
    public static var isRecording: Bool {
        forcesRecording ?? (ProcessInfo.processInfo.environment["RECORD_SNAPSHOTS"] == "1")
    }

    /// Set in a test of the recording itself (`Snapshot.$forcesRecording.withValue(true) { … }`).
    @TaskLocal public static var forcesRecording: Bool?

    /// Compares lines with the lines of a committed file (as in a bad input's `expected.txt`;
    /// empty lines are ignored): nil when equal, else a line diff; or records them, each ending
    /// with a newline.
    public static func compareLines(_ lines: [String], expected: URL) throws -> String? {
        let text = lines.map { $0 + "\n" }.joined()
        if isRecording { return try compareText(text, expected: expected) }
        guard let data = FileManager.default.contents(atPath: expected.path) else {
            return "missing snapshot \(expected.path)"
        }
        let stored = String(decoding: data, as: UTF8.self).split(separator: "\n").map(String.init)
        if stored == lines { return nil }
        return "differs from \(expected.path):\n"
            + LineDiff.unified(
                expected: stored.map { $0 + "\n" }.joined(), actual: text, expectedName: expected.lastPathComponent)
    }

    /// Compares every file of `actual` with `expected` (both folders). Returns the list of
    /// differences (empty when identical), or records `actual` as the new `expected`.
    public static func compareFolders(actual: URL, expected: URL) throws -> [String] {
        let fileManager = FileManager.default
        if isRecording {
            try? fileManager.removeItem(at: expected)
            try fileManager.createDirectory(at: expected.deletingLastPathComponent(), withIntermediateDirectories: true)
            try fileManager.copyItem(at: actual, to: expected)
            return ["recorded \(expected.path); run again without RECORD_SNAPSHOTS"]
        }
        return try compareFoldersIgnoringRecording(actual: actual, expected: expected)
    }

    /// Compares two folders file by file, never recording.
    public static func compareFoldersIgnoringRecording(actual: URL, expected: URL) throws -> [String] {
        let fileManager = FileManager.default
        let actualFiles = Fixtures.files(in: actual)
        let expectedFiles = Fixtures.files(in: expected)
        var differences: [String] = []
        for missing in Set(expectedFiles).subtracting(actualFiles).sorted() {
            differences.append("missing: \(missing)")
        }
        for extra in Set(actualFiles).subtracting(expectedFiles).sorted() { differences.append("unexpected: \(extra)") }
        var shownDiffs = 0
        for path in Set(actualFiles).intersection(expectedFiles).sorted() {
            let a = fileManager.contents(atPath: actual.appendingPathComponent(path).path)
            let b = fileManager.contents(atPath: expected.appendingPathComponent(path).path)
            guard a != b else { continue }
            if shownDiffs < diffedFiles, let a, let b {
                shownDiffs += 1
                differences.append("differs: \(path)\n" + fileDiff(expected: b, actual: a, path: path))
            } else {
                differences.append("differs: \(path)")
            }
        }
        return differences
    }

    /// The differences of a folder comparison for a failure message, one per line (the first `limit`).
    public static func describe(_ differences: [String], limit: Int = 20) -> String {
        let shown = differences.prefix(limit).joined(separator: "\n")
        return differences.count > limit ? shown + "\n… and \(differences.count - limit) more" : shown
    }

    /// How many differing files of a folder comparison get a line diff (the first ones, by path).
    public static let diffedFiles = 3

    /// A line diff of two versions of a file, or their sizes when either is not UTF-8 text.
    static func fileDiff(expected: Data, actual: Data, path: String) -> String {
        guard let old = String(data: expected, encoding: .utf8), let new = String(data: actual, encoding: .utf8)
        else {
            return "binary: expected \(expected.count) bytes, actual \(actual.count) bytes\n"
        }
        return LineDiff.unified(
            expected: old, actual: new, expectedName: "expected/\(path)", actualName: "actual/\(path)")
    }

    /// Compares a text with a committed file, or records it.
    public static func compareText(_ text: String, expected: URL) throws -> String? {
        if isRecording {
            try FileManager.default.createDirectory(
                at: expected.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(text.utf8).write(to: expected)
            return "recorded \(expected.path); run again without RECORD_SNAPSHOTS"
        }
        guard let data = FileManager.default.contents(atPath: expected.path) else {
            return "missing snapshot \(expected.path)"
        }
        let stored = String(decoding: data, as: UTF8.self)
        return stored == text
            ? nil
            : "differs from \(expected.path):\n"
                + LineDiff.unified(expected: stored, actual: text, expectedName: expected.lastPathComponent)
    }
}
