import HuibaoModel

extension ContentParser {
    /// Reads the month notes (`months/*.md`) at `paths`, by month.
    static func readMonthNotes(
        _ paths: [String], files: [String: [UInt8]], prefix: String, context: ContentContext,
        into reader: inout FieldReader
    ) -> [Month: MonthNote] {
        var notes: [Month: MonthNote] = [:]
        for path in paths {
            guard let bytes = files[path],
                let text = SourceText.decode(bytes, file: prefix + path, isLedger: false, into: &reader),
                let note = MonthNoteReader.read(
                    text, file: prefix + path, contentPath: path, context: context, into: &reader)
            else { continue }
            notes[note.month] = note
        }
        return notes
    }
}
