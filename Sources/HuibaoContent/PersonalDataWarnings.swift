import Foundation
import HuibaoModel

/// `check`'s warnings about mobile and ID numbers, each saying exactly what will happen to
/// the number: masked in place in text, or (in a file name or address, which cannot be
/// masked) an error for a public build and a report.
public enum PersonalDataWarnings {
    /// - Parameter bytes: the files' bytes, to tell a number inside a name as written (an
    ///   image's path) from the same number in the text, which is masked.
    static func warnings(
        textMatches: [(String, [PersonalDataMatch])], names: [PersonalDataInName], bytes: (String) -> [UInt8]?
    ) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        // A number in a name is usually also written in its file (an image's path in the
        // body, a `slug`): warned about there, at its line, once.
        var namesByFile: [String: [PersonalDataInName]] = [:]
        for finding in names { namesByFile[finding.position.file, default: []].append(finding) }
        var reportedNames: Set<Int> = []
        let indexByFinding = Dictionary(
            names.enumerated().map { (FindingKey($1), $0) }, uniquingKeysWith: { a, _ in a })
        for (file, matches) in textMatches {
            let inNames = namesByFile[file] ?? []
            let lines = inNames.isEmpty ? [] : Self.lines(bytes(file))
            for match in matches {
                let position = SourcePosition(file: file, line: match.line, column: match.column)
                let line = match.line <= lines.count ? lines[match.line - 1] : ""
                if let finding = inNames.first(where: { Self.writes($0, line: line, match: match) }) {
                    if let index = indexByFinding[FindingKey(finding)] { reportedNames.insert(index) }
                    var diagnostic = PersonalData.diagnostic(finding)
                    diagnostic.position = position
                    diagnostics.append(diagnostic)
                    continue
                }
                // A workbook's match is at its cell (ContentChecks.workbookMatches): named, as every workbook diagnostic.
                let cell =
                    file.hasSuffix(".xlsx")
                    ? "单元格 \(SheetPlacement.cellName(row: match.line, column: match.column))：" : ""
                diagnostics.append(
                    .warning(
                        code(match.kind),
                        cell
                            + "这里有\(PersonalData.describe(match.kind))“\(match.text)”：团队网站照原样显示，公开版和评估报告中会遮盖为“\(match.masked)”；如非必要请删除",
                        at: position))
            }
        }
        for (index, finding) in names.enumerated() where !reportedNames.contains(index) {
            diagnostics.append(PersonalData.diagnostic(finding))
        }
        return diagnostics
    }

    /// Whether `line` writes the name of `finding` around `match` (its last path segment,
    /// as written or percent-encoded), rather than the same number as text.
    static func writes(_ finding: PersonalDataInName, line: String, match: PersonalDataMatch) -> Bool {
        guard PersonalData.digits(of: finding.match.text) == PersonalData.digits(of: match.text) else { return false }
        let segment = finding.name.split(separator: "/").last.map(String.init) ?? finding.name
        if line.contains(segment) || (line.removingPercentEncoding ?? line).contains(segment) { return true }
        // A `slug` as written: its spaces became dashes in the address.
        let key = line.drop { $0 == " " || $0 == "\u{3000}" }
        let isAddress = finding.name.hasPrefix("activities/") || finding.name.hasPrefix("articles/")
        return isAddress && (key.hasPrefix("网址") || key.hasPrefix("slug"))
    }

    static func lines(_ bytes: [UInt8]?) -> [String] {
        guard let bytes, let text = TextDecoding.decode(bytes)?.text else { return [] }
        return text.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r\n" || $0 == "\r" })
            .map(String.init)
    }

    public static func code(_ kind: PersonalDataMatch.Kind) -> String {
        switch kind {
        case .mobile: return "personal-data.mobile"
        case .idNumber: return "personal-data.id-number"
        case .possiblyMistypedIDNumber: return "personal-data.id-number-mistyped"
        }
    }

    private struct FindingKey: Hashable {
        var file: String
        var what: String
        var text: String
        init(_ finding: PersonalDataInName) {
            file = finding.position.file
            what = finding.what
            text = finding.match.text
        }
    }
}
