import Foundation
import HuibaoModel
import HuibaoTestSupport
import Testing

@testable import HuibaoContent

/// The workbook reader on files LibreOffice Calc saved (Tests/Fixtures/xlsx, made by
/// tools/xlsx-fixtures/make.sh) and on variants whose XML was edited for what it cannot save.
@Suite struct WorkbookReaderTests {
    static func fixture(_ name: String) throws -> [UInt8] {
        Array(try Data(contentsOf: Fixtures.folder.appendingPathComponent("xlsx/\(name).xlsx")))
    }

    static func sheet(_ name: String) throws -> WorkbookSheet {
        try WorkbookReader.read(fixture(name))
    }

    /// Row `number`'s cells as column letter → value.
    static func cells(_ sheet: WorkbookSheet, row number: Int) -> [String: WorkbookValue] {
        guard let row = sheet.rows.first(where: { $0.number == number }) else { return [:] }
        return Dictionary(uniqueKeysWithValues: row.cells.map { (CellName.letters($0.column), $0.value) })
    }

    @Test func everyCellKindLibreOfficeSaves() throws {
        let sheet = try Self.sheet("ledger-cells")
        #expect(sheet.problems.isEmpty)
        // Empty row 2 and 8 are not rows; only the first sheet is read.
        #expect(sheet.rows.map(\.number) == [1, 3, 4, 5, 6, 7, 9])
        // The merged title fills its range.
        #expect(Self.cells(sheet, row: 1).count == 7)
        #expect(Self.cells(sheet, row: 1)["G"] == .text("中原区企业工会组建台账"))
        #expect(
            Self.cells(sheet, row: 3).values.map(\.ledgerText).sorted()
                == ["企业名称", "会员人数", "信息上报合格", "经费", "负责人身份证号", "组建日期", "备注"].sorted())
        let row4 = Self.cells(sheet, row: 4)
        #expect(row4["A"] == .text("甲公司"))
        #expect(row4["B"] == .date(Day(year: 2025, month: 5, day: 6)!))
        #expect(row4["D"] == .number("12"))
        #expect(row4["E"] == .number("411912.5"))
        // 4.10105199001011E+017 as stored: the last digits are gone.
        #expect(row4["F"] == .number("410105199001011000"))
        #expect(row4["G"] == .text("重点企业"))
        let row5 = Self.cells(sheet, row: 5)
        // A custom format yyyy\年m\月d\日 is a date.
        #expect(row5["B"] == .date(Day(year: 2025, month: 6, day: 3)!))
        #expect(row5["C"] == .bool(true))
        #expect(row5["D"] == .number("24"))
        #expect(row5["E"] == .number("102978.125"))
        #expect(row5["F"] == .text("410105199001011234"))
        // h:mm is time-only: a number, not a date.
        #expect(row5["G"] == .number("0.520833333333333"))
        let row6 = Self.cells(sheet, row: 6)
        #expect(row6["B"] == .text("2025/7/8"))
        #expect(row6["D"] == .text("30"))
        #expect(row6["E"] == .number("0.1"))
        // The vertical merge C6:C7 gives row 7 the top-left value.
        #expect(Self.cells(sheet, row: 7)["C"] == .text("否"))
        #expect(Self.cells(sheet, row: 7)["E"] == .number("-120.25"))
        #expect(Self.cells(sheet, row: 9)["A"] == .text("合计"))
        #expect(Self.cells(sheet, row: 9)["D"] == .number("41"))
    }

    @Test func chineseBuiltInDateFormat31() throws {
        let sheet = try Self.sheet("variant-builtin-31")
        #expect(Self.cells(sheet, row: 5)["B"] == .date(Day(year: 2025, month: 6, day: 3)!))
    }

    @Test func the1904DateSystem() throws {
        let sheet = try Self.sheet("variant-1904")
        #expect(Self.cells(sheet, row: 4)["B"] == .date(Day(year: 2025, month: 5, day: 6)!))
        #expect(Self.cells(sheet, row: 5)["B"] == .date(Day(year: 2025, month: 6, day: 3)!))
        #expect(Self.cells(sheet, row: 7)["B"] == .date(Day(year: 2025, month: 8, day: 1)!))
    }

    @Test func cachedFormulaValuesRoundedTo15SignificantDigits() throws {
        let sheet = try Self.sheet("variant-float-noise")
        #expect(Self.cells(sheet, row: 5)["E"] == .number("1234.56"))
        #expect(Self.cells(sheet, row: 5)["D"] == .number("0.3"))
    }

    @Test func inlineStringsAndRichTextRunsWithoutPhoneticGuides() throws {
        let sheet = try Self.sheet("variant-inline-string")
        #expect(Self.cells(sheet, row: 4)["A"] == .text("甲公司"))
        #expect(Self.cells(sheet, row: 5)["A"] == .text("乙公司 "))
        #expect(Self.cells(sheet, row: 4)["G"] == .text("重点企业"))
    }

    @Test func formulaWithoutCachedValueIsAProblemAtItsCell() throws {
        let sheet = try Self.sheet("variant-no-cached-value")
        #expect(sheet.problems.count == 1)
        #expect(sheet.problems.first?.row == 5)
        #expect(sheet.problems.first?.column == 4)
        #expect(sheet.problems.first?.message.contains("请在 Excel 中打开并保存一次") == true)
        #expect(Self.cells(sheet, row: 5)["D"] == nil)
    }

    @Test func excels1900LeapYearBug() throws {
        let sheet = try Self.sheet("variant-1900-leap")
        #expect(Self.cells(sheet, row: 4)["B"] == .date(Day(year: 1900, month: 2, day: 28)!))
        #expect(Self.cells(sheet, row: 7)["B"] == .date(Day(year: 1900, month: 3, day: 1)!))
        #expect(Self.cells(sheet, row: 5)["B"] == nil)
        #expect(sheet.problems.map { "\($0.row):\($0.column)" } == ["5:2"])
        #expect(sheet.problems.first?.message.contains("1900-02-29") == true)
    }

    @Test func numbersAreExactDecimalText() {
        #expect(WorkbookNumber.plainText("411912.5") == "411912.5")
        #expect(WorkbookNumber.plainText("4.10105199001011E+17") == "410105199001011000")
        #expect(WorkbookNumber.plainText("1E-3") == "0.001")
        #expect(WorkbookNumber.plainText("-0") == "0")
        #expect(WorkbookNumber.plainText("-12.50") == "-12.5")
        #expect(WorkbookNumber.plainText("0.1") == "0.1")
        #expect(WorkbookNumber.plainText("12a") == nil)
        #expect(WorkbookNumber.plainText("1E+999") == nil)
        #expect(WorkbookNumber.plainText("") == nil)
        #expect(WorkbookNumber.displayedText("1234.5600000000002") == "1234.56")
        #expect(WorkbookNumber.displayedText("0.30000000000000004") == "0.3")
        #expect(WorkbookNumber.displayedText("999999999999999.9") == "1000000000000000")
        #expect(WorkbookNumber.displayedText("-2.0000000000000004") == "-2")
        #expect(WorkbookNumber.displayedText("123456789012345678") == "123456789012346000")
        #expect(WorkbookNumber.wholeDays("45783.75") == 45783)
        #expect(WorkbookNumber.wholeDays("-1") == nil)
    }

    @Test func dateFormatDetection() {
        for id in [14, 15, 16, 17, 22, 27, 31, 36, 50, 58] { #expect(WorkbookDates.isDate(formatId: id, code: nil)) }
        for id in [0, 1, 2, 18, 20, 21, 32, 35, 45, 46, 47, 49] {
            #expect(!WorkbookDates.isDate(formatId: id, code: nil))
        }
        #expect(WorkbookDates.isDateCode(#"yyyy"年"m"月"d"日""#))
        #expect(WorkbookDates.isDateCode("[$-804]yyyy年m月d日"))
        #expect(WorkbookDates.isDateCode("[$-F800]dddd, mmmm dd, yyyy"))
        #expect(WorkbookDates.isDateCode("m/d/yy"))
        #expect(!WorkbookDates.isDateCode("h:mm"))
        #expect(!WorkbookDates.isDateCode("[h]:mm:ss"))
        #expect(!WorkbookDates.isDateCode("mm:ss.0"))
        #expect(!WorkbookDates.isDateCode(#"0.00" days""#))
        #expect(!WorkbookDates.isDateCode(#"[Red]0.00;\d"#))
        #expect(!WorkbookDates.isDateCode("General"))
        // A custom code given for a built-in id wins.
        #expect(!WorkbookDates.isDate(formatId: 14, code: "0.00"))
    }

    @Test func serialDates() throws {
        #expect(try WorkbookDates.day(serial: 1, date1904: false).get() == Day(year: 1900, month: 1, day: 1)!)
        #expect(try WorkbookDates.day(serial: 59, date1904: false).get() == Day(year: 1900, month: 2, day: 28)!)
        #expect(WorkbookDates.day(serial: 60, date1904: false) == .failure(.february29of1900))
        #expect(try WorkbookDates.day(serial: 61, date1904: false).get() == Day(year: 1900, month: 3, day: 1)!)
        #expect(try WorkbookDates.day(serial: 45783, date1904: false).get() == Day(year: 2025, month: 5, day: 6)!)
        #expect(WorkbookDates.day(serial: 0, date1904: false) == .failure(.zero))
        #expect(try WorkbookDates.day(serial: 0, date1904: true).get() == Day(year: 1904, month: 1, day: 1)!)
        #expect(try WorkbookDates.day(serial: 2_958_465, date1904: false).get() == Day(year: 9999, month: 12, day: 31)!)
        #expect(try WorkbookDates.day(serial: 2_957_003, date1904: true).get() == Day(year: 9999, month: 12, day: 31)!)
        #expect(WorkbookDates.day(serial: 2_958_466, date1904: false) == .failure(.afterYear9999))
        #expect(try WorkbookDates.day(serial: 44321, date1904: true).get() == Day(year: 2025, month: 5, day: 6)!)
    }

    @Test func cellNames() {
        #expect(CellName.name(row: 7, column: 3) == "C7")
        #expect(CellName.letters(26) == "Z")
        #expect(CellName.letters(27) == "AA")
        #expect(CellName.letters(16_384) == "XFD")
        #expect(CellName.parse("$C$7")! == (7, 3))
        #expect(CellName.parse("XFD1048576")! == (1_048_576, 16_384))
        #expect(CellName.parse("XFE1") == nil)
        #expect(CellName.parse("A0") == nil)
        #expect(CellName.parse("7C") == nil)
    }

    @Test func targetsResolveInsideThePackageOnly() {
        #expect(WorkbookReader.resolve("worksheets/sheet1.xml", from: "xl") == "xl/worksheets/sheet1.xml")
        #expect(WorkbookReader.resolve("/xl/worksheets/sheet1.xml", from: "xl") == "xl/worksheets/sheet1.xml")
        #expect(WorkbookReader.resolve("../xl/./styles.xml", from: "xl") == "xl/styles.xml")
        #expect(WorkbookReader.resolve("../../etc/passwd", from: "xl") == nil)
        #expect(WorkbookReader.resolve("..%2F..%2Fetc/passwd", from: "xl") == nil)
        #expect(WorkbookReader.resolve("C:\\Windows\\win.ini", from: "xl") == nil)
    }

    @Test func excelEscapes() {
        #expect(WorkbookXML.unescapeExcel("a_x000D_b") == "a\rb")
        #expect(WorkbookXML.unescapeExcel("_x_y_") == "_x_y_")
    }
}
