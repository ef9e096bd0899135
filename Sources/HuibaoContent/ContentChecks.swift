import HuibaoModel

/// Checks that depend on the as-of date or look across whole files after parsing: personal
/// data in what may be published, article length and the articles' review warnings. `build`
/// and `check` both run them, so both print the same diagnostics.
public enum ContentChecks {
    /// - Parameter staffNames: false leaves out the staff-name warnings (`staffNames(_:snapshot:)`):
    ///   the preview keeps the others per write-up, but these also depend on the roster.
    public static func run(_ content: SiteContent, snapshot: ContentSnapshot, asOf: Day, staffNames: Bool = true)
        -> [Diagnostic]
    {
        var diagnostics: [Diagnostic] = []
        let prefix = snapshot.displayPrefix
        // One lookup by path under Content/ (no second key made per file: 100,000 write-ups).
        let files = Dictionary(snapshot.files.map { ($0.path, $0.bytes) }, uniquingKeysWith: { a, _ in a })
        @Sendable func bytes(_ file: String) -> [UInt8]? {
            file.hasPrefix(prefix) ? files[String(file.dropFirst(prefix.count))] : nil
        }

        // Personal data: every write-up that is not internal, every article, every ledger read.
        var scanned = content.activities.filter { !$0.isInternal }.map(\.file) + content.articles.map(\.file)
        scanned += content.ledgers.values.map(\.file).sorted()
        scanned += content.monthNotesInOrder.map(\.file)
        let publicPhones = content.project.publicPhones
        let workbookLedgers = Dictionary(
            content.ledgers.values.filter { $0.sheet != nil }.map { ($0.file, $0) }, uniquingKeysWith: { a, _ in a })
        let matchesByFile = Parallel.map(scanned) { file -> (String, [PersonalDataMatch]) in
            if let ledger = workbookLedgers[file] { return (file, workbookMatches(ledger, keeping: publicPhones)) }
            guard let bytes = bytes(file), PersonalData.mayContainMatch(fileBytes: bytes),
                let text = TextDecoding.decode(bytes)?.text
            else { return (file, []) }
            return (file, PersonalData.matches(in: text, keeping: publicPhones))
        }
        diagnostics += PersonalDataWarnings.warnings(
            textMatches: matchesByFile, names: PersonalData.inNames(content, prefix: prefix), bytes: bytes)

        let limit = content.project.articleMaxChars
        for article in content.articles where article.body.characterCount > limit {
            diagnostics.append(
                .warning(
                    "article.too-long", "稿件正文 \(article.body.characterCount) 字，超过字数上限 \(limit) 字",
                    at: SourcePosition(file: article.file)))
        }
        diagnostics += reviewArticles(content.articles)
        diagnostics += MaterialChecks.warnings(content, asOf: asOf)
        diagnostics += ScoringChecks.unscored(content, asOf: asOf)
        if staffNames { diagnostics += StaffChecks.warnings(content, paths: snapshot.allPaths) }
        // Warnings only: a build renders while the checks run (`LoadedProject.isRenderable`).
        assert(!diagnostics.hasErrors, "content checks only warn")
        return Excerpts.attach(to: diagnostics.condensed(), files: files, prefix: prefix)
            + SubmittedChecks.warnings(content, asOf: asOf)
    }

    /// Personal data in a workbook ledger's cells, each match at its cell (line = row,
    /// column = the cell's column): the workbook's bytes are a zip, not text to scan.
    static func workbookMatches(_ ledger: Ledger, keeping publicPhones: PublicPhones) -> [PersonalDataMatch] {
        var result: [PersonalDataMatch] = []
        for row in [LedgerRow(line: ledger.sheet?.headerRow ?? 1, cells: ledger.header)] + ledger.rows {
            for (index, cell) in row.cells.enumerated() where !cell.isEmpty {
                for var match in PersonalData.matches(in: cell, keeping: publicPhones) {
                    let position = ledger.position(row, column: index)
                    match.line = position.line
                    match.column = position.column
                    result.append(match)
                }
            }
        }
        return result
    }

    /// The staff-name warnings alone (content-format.md "Staff names"), with their excerpts.
    public static func staffNames(_ content: SiteContent, snapshot: ContentSnapshot) -> [Diagnostic] {
        let warnings = StaffChecks.warnings(content, paths: snapshot.allPaths)
        guard !warnings.isEmpty else { return [] }
        let files = Dictionary(snapshot.files.map { ($0.path, $0.bytes) }, uniquingKeysWith: { a, _ in a })
        return Excerpts.attach(to: warnings.condensed(), files: files, prefix: snapshot.displayPrefix)
    }
}
