import HuibaoModel

extension PageRenderer {
    /// `notes` for page 1 of a month's page (`{{> month-notes}}`): the month notes' title and
    /// body, in every audience (a public build masks them with the rest of the page).
    func monthNotesContext(_ month: Month) -> [String: Any] {
        guard let note = content.monthNotes[month] else { return [:] }
        return ["notes": ["title": note.shownTitle, "body": HTMLBytes(bytes: note.body.htmlBytes)] as [String: Any]]
    }
}
