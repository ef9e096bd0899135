import Foundation
import HuibaoModel

/// Attaches the user's offending line to each diagnostic that lacks one, so every message
/// shows what was written there: cut to ``ExcerptWindow/limit`` characters around the column.
enum Excerpts {
    static func attach(to diagnostics: [Diagnostic], files: [String: [UInt8]], prefix: String) -> [Diagnostic] {
        attach(to: diagnostics, bytes: { files[$0] }, prefix: prefix)
    }

    /// The same, each file's bytes (by its path under `Content/`) from `bytes`.
    static func attach(to diagnostics: [Diagnostic], bytes: (String) -> [UInt8]?, prefix: String) -> [Diagnostic] {
        var lines: [String: [Substring]] = [:]
        return diagnostics.map { diagnostic in
            // A workbook is a zip: its diagnostics name their cell instead of quoting a line.
            guard diagnostic.excerpt == nil, diagnostic.position.file.hasPrefix(prefix),
                !diagnostic.position.file.hasSuffix(".xlsx")
            else { return diagnostic }
            let path = String(diagnostic.position.file.dropFirst(prefix.count))
            if lines[path] == nil {
                guard let bytes = bytes(path), let text = TextDecoding.decode(bytes)?.text else { return diagnostic }
                lines[path] = text.split(separator: "\n", omittingEmptySubsequences: false)
            }
            let index = diagnostic.position.line - 1
            guard let fileLines = lines[path], index >= 0, index < fileLines.count else { return diagnostic }
            var result = diagnostic
            result.excerpt = ExcerptWindow.excerpt(fileLines[index], column: diagnostic.position.column)
            return result
        }
    }
}
