import HuibaoModel

extension ReportRenderer {
    /// 项目概况 / 实施情况: each quoted month's 本月小结 (`SiteContent.narrativeNotes(asOf:)`),
    /// its images embedded like a write-up's.
    func narrative(diagnostics: inout [Diagnostic]) -> [[String: Any]] {
        content.narrativeNotes(asOf: asOf).compactMap { note in
            guard let summary = note.summary else { return nil }
            return [
                "anchor": "m-\(note.month.isoText)", "month": note.month.chineseText,
                "body": embedImages(
                    summary, page: Routes.month(note.month), file: note.file, diagnostics: &diagnostics),
            ]
        }
    }
}
