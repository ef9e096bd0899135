import HuibaoContent
import HuibaoModel

/// `build --keep-going`: the team's site without the write-ups and articles that have an error.
///
/// Only a write-up (`activities/…/*.md`) or an article (`articles/…/*.md`) can be left out:
/// each is one colleague's record, and without it the figures are still the sum of the
/// others. An error anywhere else — project.yml, indicators.yml, a scoring file, a ledger, a
/// month note, a template — still stops the build: those files define what every figure
/// means (the indicators, targets, periods, the ledgers' rows that count), so a site without
/// them would show wrong figures rather than incomplete ones.
public enum KeepGoing {
    /// What a parse without the failing files gave.
    struct Kept: Sendable {
        /// The clean parse of the remaining files (no error).
        var result: ContentParser.Result
        /// The snapshot without the files left out (what the checks read).
        var snapshot: ContentSnapshot
        /// The files left out, as diagnostics name them (`Content/activities/2025-06/宣讲.md`), sorted.
        var leftOut: [String]
    }

    /// Whether a file with an error may be left out of a team build (a path under `Content/`).
    public static func mayLeaveOut(_ path: String) -> Bool {
        (path.hasPrefix("activities/") || path.hasPrefix("articles/")) && path.hasSuffix(".md")
    }

    /// The paths (under `Content/`) of the files with an error, or nil when an error is in a
    /// file that may not be left out (or in none).
    static func failingFiles(_ diagnostics: [Diagnostic], prefix: String) -> Set<String>? {
        var paths: Set<String> = []
        for diagnostic in diagnostics where diagnostic.severity == .error {
            let file = diagnostic.position.file
            guard file.hasPrefix(prefix) else { return nil }
            let path = String(file.dropFirst(prefix.count))
            guard mayLeaveOut(path) else { return nil }
            paths.insert(path)
        }
        return paths
    }

    /// Parses `snapshot` again and again without the files that have an error (leaving one
    /// out can bring out another's: a total or a duplicate address), until a parse is clean;
    /// nil when an error is in a file that may not be left out.
    static func parse(
        _ snapshot: ContentSnapshot, first: ContentParser.Result, parser: (ContentSnapshot) -> ContentParser.Result
    ) -> Kept? {
        var current = snapshot
        var result = first
        var leftOut: Set<String> = []
        // Each round leaves out at least one more file: the loop ends.
        while result.diagnostics.hasErrors {
            guard let failing = failingFiles(result.diagnostics, prefix: snapshot.displayPrefix), !failing.isEmpty,
                failing.isDisjoint(with: leftOut)
            else { return nil }
            leftOut.formUnion(failing)
            current.files.removeAll { failing.contains($0.path) }
            current.allPaths.subtract(failing)
            result = parser(current)
        }
        guard result.content != nil else { return nil }
        return Kept(
            result: result, snapshot: current, leftOut: leftOut.map { snapshot.displayPrefix + $0 }.sorted())
    }
}
