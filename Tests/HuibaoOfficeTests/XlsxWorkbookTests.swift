import Foundation
import HuibaoModel
import Testing
import ZIPFoundation

@testable import HuibaoOffice

@Suite("Excel 工作簿：单元格、样式、列宽与确定的字节")
struct XlsxWorkbookTests {
    static let day = Day(year: 2025, month: 10, day: 20)!

    static func sample() -> XlsxWorkbook {
        XlsxWorkbook(
            title: "服务指标",
            sheets: [
                XlsxSheet(
                    name: "指标", header: ["编号", "名称", "完成值", "金额（元）", "完成率", "日期", "得分"],
                    rows: [
                        .init([
                            .text("D1"), .text("=SUM(A1) 幸福课堂"), .integer(39), .money(Money(fen: 123_456_750)),
                            .percent(Percent(hundredths: 11140)), .date(day), .score(Score(hundredths: 400)),
                        ]),
                        .init([.text(" 前后有空格 "), .empty, .quantity(Quantity(hundredths: -1250))], bold: true),
                    ]),
                XlsxSheet(name: "月度", header: ["月份"]),
            ])
    }

    static func part(_ bytes: [UInt8], _ path: String) throws -> String {
        let archive = try Archive(data: Data(bytes), accessMode: .read)
        guard let entry = archive[path] else { throw CocoaError(.fileNoSuchFile) }
        var data = Data()
        _ = try archive.extract(entry) { data.append($0) }
        return String(decoding: data, as: UTF8.self)
    }

    @Test func cellsAreTypedAndNumbersComeFromExactText() throws {
        let bytes = try Self.sample().bytes(day: Self.day)
        let sheet = try Self.part(bytes, "xl/worksheets/sheet1.xml")
        // Header bold (style 2), shared strings.
        #expect(sheet.contains("<row r=\"1\"><c r=\"A1\" s=\"2\" t=\"s\"><v>0</v></c>"))
        #expect(sheet.contains("<c r=\"C2\"><v>39</v></c>"))
        #expect(sheet.contains("<c r=\"D2\" s=\"4\"><v>1234567.50</v></c>"))
        #expect(sheet.contains("<c r=\"E2\" s=\"12\"><v>1.114</v></c>"))
        // 2025-10-20 is serial 45950 in the 1900 system.
        #expect(sheet.contains("<c r=\"F2\" s=\"16\"><v>45950</v></c>"))
        #expect(sheet.contains("<c r=\"G2\" s=\"8\"><v>4.00</v></c>"))
        // The empty cell is left out; the bold row's number keeps its sign and decimals.
        #expect(
            sheet.contains(
                "<row r=\"3\"><c r=\"A3\" s=\"2\" t=\"s\"><v>9</v></c><c r=\"C3\" s=\"2\"><v>-12.5</v></c></row>"))
        #expect(!sheet.contains("<f>"))
        let strings = try Self.part(bytes, "xl/sharedStrings.xml")
        #expect(strings.contains("<si><t>=SUM(A1) 幸福课堂</t></si>"))
        #expect(strings.contains("<si><t xml:space=\"preserve\"> 前后有空格 </t></si>"))
    }

    @Test func headerIsFrozenAndStylesHoldTheFormats() throws {
        let bytes = try Self.sample().bytes(day: Self.day)
        let sheet = try Self.part(bytes, "xl/worksheets/sheet1.xml")
        #expect(sheet.contains("<pane ySplit=\"1\" topLeftCell=\"A2\" activePane=\"bottomLeft\" state=\"frozen\"/>"))
        #expect(sheet.contains("<dimension ref=\"A1:G3\"/>"))
        #expect(sheet.hasPrefix("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<worksheet"))
        #expect(sheet.contains("<sheetPr><pageSetUpPr fitToPage=\"1\"/></sheetPr><dimension"))
        #expect(
            sheet.hasSuffix(
                "<pageSetup paperSize=\"9\" orientation=\"landscape\" fitToWidth=\"1\" fitToHeight=\"0\"/>"
                    + "<headerFooter><oddFooter>&amp;C第 &amp;P 页 共 &amp;N 页</oddFooter></headerFooter></worksheet>"))
        let workbook = try Self.part(bytes, "xl/workbook.xml")
        #expect(
            workbook.contains(
                "<definedName name=\"_xlnm.Print_Titles\" localSheetId=\"1\">&apos;月度&apos;!$1:$1</definedName>"))
        let styles = try Self.part(bytes, "xl/styles.xml")
        #expect(styles.contains("<numFmt numFmtId=\"164\" formatCode=\"0.0%\"/>"))
        #expect(styles.contains("<numFmt numFmtId=\"165\" formatCode=\"yyyy-mm-dd\"/>"))
        #expect(styles.contains("<cellXfs count=\"20\">"))
        #expect(
            styles.contains(
                "<cellXfs count=\"20\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\" "
                    + "applyAlignment=\"1\"><alignment vertical=\"top\"/></xf><xf numFmtId=\"0\" fontId=\"0\" "
                    + "fillId=\"0\" borderId=\"0\" xfId=\"0\" applyAlignment=\"1\"><alignment vertical=\"top\" "
                    + "wrapText=\"1\"/></xf>"))
        #expect(styles.contains("<font><b/><sz val=\"11\"/><name val=\"等线\"/>"))
        // Style indexes used above: money 4, score 8, percent 12, date 16, bold 2.
        #expect(XlsxStyles.index(.money, bold: false, wrap: false) == 4)
        #expect(XlsxStyles.index(.date, bold: true, wrap: true) == 19)
    }

    @Test func numbersThatExcelWouldRoundOrThatAreNotDecimalsStayText() {
        #expect(XlsxNumber.value("42") == "42")
        #expect(XlsxNumber.value("-0012.50") == "-12.50")
        #expect(XlsxNumber.value("-0") == "0")
        #expect(XlsxNumber.value("123456789012345") == "123456789012345")
        #expect(XlsxNumber.value("1234567890123456") == nil)
        #expect(XlsxNumber.value("0.0000000000000001") == "0.0000000000000001")
        for bad in ["", "-", "1.", ".5", "1e5", "1,000", "12%", "１２", "+3", "NaN"] {
            #expect(XlsxNumber.value(bad) == nil, "\(bad)")
        }
        #expect(XlsxNumber.fraction(Percent(hundredths: 11140)) == "1.114")
        #expect(XlsxNumber.fraction(Percent(hundredths: 500)) == "0.05")
        #expect(XlsxNumber.fraction(Percent(hundredths: -25)) == "-0.0025")
        #expect(XlsxNumber.fraction(Percent(hundredths: 10000)) == "1")
    }

    @Test func datesAreSerialsOfThe1900System() {
        #expect(XlsxNumber.serial(Day(year: 1970, month: 1, day: 1)!) == 25569)
        #expect(XlsxNumber.serial(Day(year: 1900, month: 3, day: 1)!) == 61)
        #expect(XlsxNumber.serial(Day(year: 2025, month: 10, day: 20)!) == 45950)
        #expect(XlsxNumber.serial(Day(year: 1900, month: 2, day: 28)!) == nil)
    }

    @Test func columnWidthsCountChineseAsTwoWithinBounds() throws {
        #expect(XlsxColumnWidth.units("幸福课堂") == 8)
        #expect(XlsxColumnWidth.units("ab，c") == 5)
        #expect(XlsxColumnWidth.units("一行\n第二行更长") == 10)
        let sheet = XlsxSheet(
            name: "s", header: ["编号", "很长"],
            rows: [
                .init([.text("D1"), .text(String(repeating: "长", count: 100))]),
                .init([.money(Money(fen: 123_456_700))]),
            ])
        // 编号 4 + 2 margin; 1,234,567.00 is 12 + 2 = 14 in the first column; capped at 50.
        #expect(XlsxColumnWidth.widths(sheet) == [14, 50])
        #expect(XlsxColumnWidth.widths(XlsxSheet(name: "s", header: ["a"])) == [6])
        let xml = try Self.part(
            try XlsxWorkbook(title: "t", sheets: [sheet]).bytes(day: Self.day), "xl/worksheets/sheet1.xml")
        #expect(xml.contains("<col min=\"2\" max=\"2\" width=\"50\" customWidth=\"1\"/>"))
    }

    @Test func aTextLongerThanACellHoldsIsCutWithAnEllipsis() {
        #expect(XlsxSharedStrings.fitted("短") == "短")
        let long = String(repeating: "长", count: 40_000)
        let fitted = XlsxSharedStrings.fitted(long)
        #expect(fitted.utf16.count == XlsxSharedStrings.cellLimit && fitted.hasSuffix("…"))
        let emoji = XlsxSharedStrings.fitted(String(repeating: "😀", count: 20_000))
        #expect(emoji.utf16.count <= XlsxSharedStrings.cellLimit && emoji.dropLast().allSatisfy { $0 == "😀" })
    }

    @Test func wrappedColumnsStayNarrowAndTheirRowsGrow() throws {
        let rule = String(repeating: "按", count: 40)  // 80 units: 3 lines of 28
        let sheet = XlsxSheet(
            name: "s", header: ["评分标准", "扣分原因"], rows: [.init([.text(rule)]), .init([.text("短")])], wrapped: [0],
            minimumWidths: [1: 24])
        #expect(XlsxColumnWidth.widths(sheet) == [30, 24])
        #expect(XlsxColumnWidth.lines(rule, width: 30) == 3)
        #expect(XlsxColumnWidth.lines("一\n二", width: 30) == 2)
        let xml = try Self.part(
            try XlsxWorkbook(title: "t", sheets: [sheet]).bytes(day: Self.day), "xl/worksheets/sheet1.xml")
        #expect(xml.contains("<row r=\"2\" ht=\"45\" customHeight=\"1\"><c r=\"A2\" s=\"1\" t=\"s\">"))
        #expect(xml.contains("<row r=\"3\"><c r=\"A3\" s=\"1\" t=\"s\">"))
    }

    @Test func referencesAndSheetNames() {
        #expect(XlsxReference.column(0) == "A")
        #expect(XlsxReference.column(25) == "Z")
        #expect(XlsxReference.column(26) == "AA")
        #expect(XlsxReference.column(701) == "ZZ")
        #expect(XlsxReference.column(702) == "AAA")
        #expect(
            XlsxSheetName.valid(["指标", "a/b:c", "指标", "", String(repeating: "长", count: 40)])
                == ["指标", "a_b_c", "指标(2)", "Sheet4", String(repeating: "长", count: 31)])
    }

    @Test func propertiesCarryTheDayAndNoVaryingIds() throws {
        let bytes = try Self.sample().bytes(day: Self.day)
        let core = try Self.part(bytes, "docProps/core.xml")
        #expect(core.contains("<dcterms:created xsi:type=\"dcterms:W3CDTF\">2025-10-20T00:00:00Z</dcterms:created>"))
        #expect(core.contains("<dc:title>服务指标</dc:title>"))
        let app = try Self.part(bytes, "docProps/app.xml")
        #expect(app.contains("<Application>huibao</Application>"))
        #expect(app.contains("<vt:lpstr>指标</vt:lpstr><vt:lpstr>月度</vt:lpstr>"))
        let workbook = try Self.part(bytes, "xl/workbook.xml")
        #expect(workbook.contains("<sheet name=\"月度\" sheetId=\"2\" r:id=\"rId2\"/>"))
        let rels = try Self.part(bytes, "xl/_rels/workbook.xml.rels")
        #expect(
            rels.contains(
                "Id=\"rId3\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles\""))
        let types = try Self.part(bytes, "[Content_Types].xml")
        #expect(types.contains("<Override PartName=\"/xl/worksheets/sheet2.xml\""))
        #expect(!types.contains("/xl/_rels/workbook.xml.rels"))
    }

    @Test func sameSheetsAndDayGiveTheSameBytes() throws {
        let first = try Self.sample().bytes(day: Self.day)
        #expect(try Self.sample().bytes(day: Self.day) == first)
        #expect(try Self.sample().bytes(day: Self.day.adding(days: 1)) != first)
        var changed = Self.sample()
        changed.sheets[0].rows[0].cells[2] = .integer(40)
        #expect(try changed.bytes(day: Self.day) != first)
    }

    @Test func mappingTextsReachesEveryTextButNotNumbers() {
        let masked = Self.sample().mappingTexts { $0.replacingOccurrences(of: "1", with: "*") }
        #expect(masked.sheets[0].rows[0].cells[0] == .text("D*"))
        #expect(masked.sheets[0].rows[0].cells[2] == .integer(39))
    }
}
