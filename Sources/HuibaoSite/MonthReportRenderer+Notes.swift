import HuibaoModel

extension MonthReportRenderer {
    /// Part 6, the month notes (`months/YYYY-MM.md`) when present: `monthNotes` with their
    /// title and body, and the body's images by the token its HTML names them with
    /// (`notes-1.jpg`), from `media` (images without bytes are left as they are).
    func notesContext() -> (context: [String: Any], images: [String: [UInt8]]) {
        guard let note = content.monthNotes[month] else { return ([:], [:]) }
        var diagnostics: [Diagnostic] = []  // (`check` reports remote images in write-ups only)
        let html = EmbeddedImages.remoteAsLinks(note.body.html, file: note.file, diagnostics: &diagnostics)
        var sources: [String: String] = [:]
        var images: [String: [UInt8]] = [:]
        for path in note.media {
            guard let bytes = media[path] else { continue }
            let token = "notes-\(images.count + 1).\(path.split(separator: ".").last?.lowercased() ?? "jpg")"
            images[token] = bytes
            sources[Routes.media(path).link(from: Routes.month(month))] = EmbeddedImages.marker + token
        }
        let body = EmbeddedImages.replacingSources(html, sources)
        return (["monthNotes": ["title": note.shownTitle, "body": body] as [String: Any]], images)
    }

    /// The images the month notes of `month` show, to load with the report photos.
    public static func notesImagePaths(_ content: SiteContent, month: Month) -> [String] {
        content.monthNotes[month]?.media ?? []
    }
}
