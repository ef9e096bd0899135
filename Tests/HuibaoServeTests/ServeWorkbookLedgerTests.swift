import Foundation
import HuibaoContent
import HuibaoTestSupport
import Testing

@testable import HuibaoServe

/// The preview reads a ledger saved as .xlsx and reads it again when it changes, as for CSV.
@Suite struct ServeWorkbookLedgerTests {
    @Test func anEditedWorkbookIsReadAgain() throws {
        let folder = try Fixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let source = folder.appendingPathComponent("site")
        try FileManager.default.copyItem(at: Fixtures.site("basic"), to: source)
        let ledgers = source.appendingPathComponent("Content/ledgers")
        let workbooks = Fixtures.folder.appendingPathComponent("xlsx/basic-site")
        try FileManager.default.removeItem(at: ledgers.appendingPathComponent("expenses.csv"))
        try FileManager.default.copyItem(
            at: workbooks.appendingPathComponent("expenses.xlsx"), to: ledgers.appendingPathComponent("expenses.xlsx"))
        var project = ProjectFiles(source: source)
        try project.reloadAll()
        let first = ContentParser.parse(project.snapshot())
        #expect(first.content?.expenses?.isEmpty == false, "\(first.diagnostics.map(\.formatted))")

        // The ledger saved again by Excel (here: other bytes, a workbook with no expense columns).
        let edited = Array(try Data(contentsOf: workbooks.appendingPathComponent("staff.xlsx")))
        try Data(edited).write(to: ledgers.appendingPathComponent("expenses.xlsx"))
        let reread = try project.apply(["Content/ledgers/expenses.xlsx"])
        #expect(reread == ["ledgers/expenses.xlsx"])
        #expect(project.snapshot().files.first { $0.path == "ledgers/expenses.xlsx" }?.bytes == edited)
        let second = ContentParser.parse(project.snapshot())
        #expect(
            second.diagnostics.contains {
                $0.position.file == "Content/ledgers/expenses.xlsx" && $0.code == "ledger.column-missing"
            })

        // Excel's lock file while the workbook is open is no ledger.
        try Data("lock".utf8).write(to: ledgers.appendingPathComponent("~$expenses.xlsx"))
        #expect(try project.apply(["Content/ledgers/~$expenses.xlsx"]) == [])
    }
}
