import Foundation
import HuibaoModel
import HuibaoOffice
import HuibaoTestSupport
import Testing

/// The Excel writer's sample workbook read back by tools that share no code with it
/// (tools/office-check): the package is consistent, openpyxl sees each cell's type and format,
/// and LibreOffice converts it to a PDF with the Chinese text. Skipped locally without the
/// tools (`make office-deps`), never under CI=true.
@Suite("Excel 文件：独立读取（openpyxl、LibreOffice）")
struct XlsxIndependentReadersTests {
    static func sample() throws -> URL {
        var workbook = XlsxWorkbookTests.sample()
        workbook.sheets[1].rows = [.init([.text("2025-10"), .boolean(true), .number("1234567890123456")])]
        let file = try Fixtures.temporaryFolder().appendingPathComponent("指标.xlsx")
        try Data(try workbook.bytes(day: XlsxWorkbookTests.day)).write(to: file)
        return file
    }

    @Test func thePackageIsConsistent() throws {
        let check = try OfficeTools.packageCheck(try Self.sample())
        #expect(check.isConsistent, "\(check.problems)")
    }

    @Test(.enabled(if: OfficeTools.shouldRun, "openpyxl 未安装：make office-deps"))
    func openpyxlReadsTypedCells() throws {
        let dump = try OfficeTools.xlsx(try Self.sample())
        #expect(dump.epoch == "1900")
        #expect(dump.sheets.map(\.name) == ["指标", "月度"])
        let sheet = dump.sheets[0]
        #expect(sheet.freezePanes == "A2" && sheet.boldHeader)
        #expect(sheet.cell("B2")?.value == "=SUM(A1) 幸福课堂" && sheet.cell("B2")?.type == "s")
        #expect(sheet.cell("C2")?.value == "39" && sheet.cell("C2")?.pythonType == "int")
        #expect(sheet.cell("D2")?.value == "1234567.5" && sheet.cell("D2")?.numberFormat == "#,##0.00")
        #expect(sheet.cell("E2")?.value == "1.114" && sheet.cell("E2")?.numberFormat == "0.0%")
        #expect(sheet.cell("F2")?.value == "2025-10-20T00:00:00" && sheet.cell("F2")?.numberFormat == "yyyy-mm-dd")
        #expect(sheet.cell("G2")?.value == "4.0" && sheet.cell("G2")?.numberFormat == "0.00")
        #expect(sheet.cell("A3")?.value == " 前后有空格 " && sheet.cell("A3")?.bold == true)
        #expect(sheet.cell("C3")?.value == "-12.5")
        #expect(sheet.columns["A"] == 14 && sheet.columns["B"] == 19)
        let months = dump.sheets[1]
        #expect(months.cell("B2")?.value == "TRUE" && months.cell("B2")?.type == "b")
        // More digits than a spreadsheet number keeps: text, every digit.
        #expect(months.cell("C2")?.value == "1234567890123456" && months.cell("C2")?.type == "s")
    }

    @Test(.enabled(if: OfficeTools.shouldRun, "LibreOffice 未安装：make office-deps"))
    func libreOfficeConvertsItWithTheChineseText() throws {
        let text = try OfficeTools.pdfText(try Self.sample())
        for expected in ["幸福课堂", "1,234,567.50", "111.4%", "2025-10-20"] {
            #expect(text.contains(expected), "\(expected) not in:\n\(text)")
        }
        // The footer on each page (pdftotext spaces it its own way).
        let compact = text.filter { !$0.isWhitespace }
        #expect(compact.contains("第1页共2页") && compact.contains("第2页共2页"), "\(text)")
    }
}
