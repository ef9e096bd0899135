import Foundation
import HuibaoModel
import HuibaoTestSupport
import Testing

@testable import HuibaoContent

/// Ledgers read from workbooks: the header row below title rows, 合计 rows, the ID-as-number
/// warning, cells as ledger text, and the same figures as the same data in CSV.
@Suite struct WorkbookLedgerTests {
    static func read(_ fixture: String, columns: Set<String>) throws -> (Ledger?, [Diagnostic]) {
        var reader = FieldReader()
        let ledger = LedgerReader.read(
            workbook: try WorkbookReaderTests.fixture(fixture), name: "unions", file: "Content/ledgers/unions.xlsx",
            columns: columns, into: &reader)
        return (ledger, reader.diagnostics)
    }

    @Test func headerBelowTheTitleAndEveryCellAsLedgerText() throws {
        let (ledger, diagnostics) = try Self.read("ledger-cells", columns: ["企业名称", "组建日期", "信息上报合格"])
        let table = try #require(ledger)
        #expect(table.sheet == SheetPlacement(headerRow: 3, firstColumn: 1))
        #expect(table.header == ["企业名称", "组建日期", "信息上报合格", "会员人数", "经费", "负责人身份证号", "备注"])
        #expect(table.rows.map(\.line) == [4, 5, 6, 7])
        #expect(table.rows[0].cells == ["甲公司", "2025-05-06", "是", "12", "411912.5", "410105199001011000", "重点企业"])
        #expect(
            table.rows[1].cells == [
                "乙公司", "2025-06-03", "TRUE", "24", "102978.125", "410105199001011234", "0.520833333333333",
            ])
        #expect(table.rows[2].cells == ["丙公司", "2025/7/8", "否", "30", "0.1", "", ""])
        #expect(table.rows[3].cells == ["丁公司", "2025-08-01", "否", "5", "-120.25", "", ""])
        #expect(
            diagnostics.map(\.formatted) == [
                "Content/ledgers/unions.xlsx:4:6: 警告: 单元格 F4：身份证号被存成了数字，后几位已丢失；请把这一列设为“文本”后重新输入",
                "Content/ledgers/unions.xlsx:9:1: 警告: 单元格 A9：这一行是“合计”行，不是台账数据，已跳过；如果它是一条记录，请改掉“合计”“总计”字样",
            ])
    }

    @Test func withoutTheColumnsTheFirstNonEmptyRowIsTheHeader() throws {
        let (ledger, _) = try Self.read("ledger-cells", columns: ["不存在的列"])
        #expect(ledger?.sheet?.headerRow == 1)
        #expect(ledger?.header.first == "中原区企业工会组建台账")
    }

    @Test func formulaWithoutCachedValueIsAnErrorAtItsCell() throws {
        let (_, diagnostics) = try Self.read("variant-no-cached-value", columns: ["企业名称"])
        #expect(
            diagnostics.first?.formatted
                == "Content/ledgers/unions.xlsx:5:4: 错误: 单元格 D5：公式没有保存计算结果（文件不是 Excel 保存的）；请在 Excel 中打开并保存一次")
    }

    @Test func aDamagedWorkbookIsAnErrorNamingIt() {
        var reader = FieldReader()
        let ledger = LedgerReader.read(
            workbook: Array("PK garbage".utf8), name: "unions", file: "Content/ledgers/unions.xlsx", columns: [],
            into: &reader)
        #expect(ledger == nil)
        #expect(reader.diagnostics.map(\.position.file) == ["Content/ledgers/unions.xlsx"])
        #expect(reader.diagnostics.first?.message.hasPrefix("台账工作簿读不出来：工作簿已损坏") == true)
    }

    @Test func totalsAndIDNumbers() {
        #expect(LedgerReader.isTotal("合计"))
        #expect(LedgerReader.isTotal("合 计："))
        #expect(LedgerReader.isTotal("总计"))
        #expect(!LedgerReader.isTotal("合作社"))
        #expect(LedgerReader.isIDNumberAsNumber("410105199001011000", idColumn: false))
        #expect(!LedgerReader.isIDNumberAsNumber("410105900101123", idColumn: false))
        #expect(LedgerReader.isIDNumberAsNumber("410105900101123", idColumn: true))
        #expect(!LedgerReader.isIDNumberAsNumber("411912.5", idColumn: true))
    }

    @Test func workbooksAreParsedButNotExcelsLockFiles() {
        #expect(ContentSnapshot.isParsed("ledgers/unions.xlsx"))
        #expect(!ContentSnapshot.isParsed("ledgers/~$unions.xlsx"))
        #expect(!ContentSnapshot.isParsed("ledgers/unions.xls"))
        #expect(!ContentSnapshot.isParsed("assets/unions.xlsx"))
    }

    /// The basic fixture site with its three ledgers as CSV and as workbooks LibreOffice saved
    /// from the same CSV (tools/xlsx-fixtures/make.sh): the same figures.
    @Test func aWorkbookAndTheSameDataAsCSVGiveIdenticalFigures() throws {
        let csv = try ContentLoader.load(source: Fixtures.site("basic"))
        var workbook = csv
        let folder = Fixtures.folder.appendingPathComponent("xlsx/basic-site")
        for name in ["unions", "staff", "expenses"] {
            workbook.files.removeAll { $0.path == "ledgers/\(name).csv" }
            workbook.allPaths.remove("ledgers/\(name).csv")
            let bytes = Array(try Data(contentsOf: folder.appendingPathComponent("\(name).xlsx")))
            workbook.files.append(ContentSnapshot.File(path: "ledgers/\(name).xlsx", bytes: bytes))
            workbook.allPaths.insert("ledgers/\(name).xlsx")
        }
        workbook.files.sort { $0.path < $1.path }
        let fromCSV = ContentParser.parse(csv)
        let fromWorkbook = ContentParser.parse(workbook)
        let a = try #require(fromCSV.content)
        let b = try #require(fromWorkbook.content, "\(fromWorkbook.diagnostics.map(\.formatted))")
        #expect(fromCSV.diagnostics.count == fromWorkbook.diagnostics.count)
        #expect(a.roster == b.roster)
        #expect(a.expenses == b.expenses)
        #expect(
            a.ledgerEntries.mapValues { $0.map { [$0.date.isoText, $0.amount.text, $0.title, "\($0.line)"] } }
                == b.ledgerEntries.mapValues { $0.map { [$0.date.isoText, $0.amount.text, $0.title, "\($0.line)"] } })
        for day in [
            Day(year: 2025, month: 6, day: 30)!, Day(year: 2025, month: 10, day: 20)!,
            Day(year: 2026, month: 5, day: 1)!,
        ] {
            let x = Figures.compute(a, asOf: day, audience: .team(drafts: false))
            let y = Figures.compute(b, asOf: day, audience: .team(drafts: false))
            #expect(x.indicators.map(\.value) == y.indicators.map(\.value))
            #expect(x.indicators.map(\.status) == y.indicators.map(\.status))
            #expect(x.indicators.map(\.percentText) == y.indicators.map(\.percentText))
            #expect(x.indicators.map(\.evidence.count) == y.indicators.map(\.evidence.count))
            #expect(x.staffing == y.staffing)
            #expect(x.budget == y.budget)
            #expect(x.payments == y.payments)
        }
    }

    /// The example project's unions ledger saved by LibreOffice under a merged title row and an
    /// empty row: the same rows (two rows lower), the same evidence files, the same figures.
    @Test func theExamplesLedgerUnderATitleCountsAndLinksTheSame() throws {
        let csv = try ContentLoader.load(source: Fixtures.repositoryRoot)
        var workbook = csv
        workbook.files.removeAll { $0.path == "ledgers/unions.csv" }
        workbook.allPaths.remove("ledgers/unions.csv")
        let bytes = Array(try Data(contentsOf: Fixtures.folder.appendingPathComponent("xlsx/example-unions.xlsx")))
        workbook.files.append(ContentSnapshot.File(path: "ledgers/unions.xlsx", bytes: bytes))
        workbook.allPaths.insert("ledgers/unions.xlsx")
        workbook.files.sort { $0.path < $1.path }
        let fromCSV = ContentParser.parse(csv)
        let fromWorkbook = ContentParser.parse(workbook)
        let a = try #require(fromCSV.content)
        let b = try #require(fromWorkbook.content, "\(fromWorkbook.diagnostics.map(\.formatted))")
        #expect(fromWorkbook.diagnostics.filter { $0.position.file.hasSuffix("unions.xlsx") }.isEmpty)
        #expect(b.ledgers["unions"]?.sheet == SheetPlacement(headerRow: 3, firstColumn: 1))
        #expect(!a.ledgerEntries.isEmpty)
        for (id, entries) in a.ledgerEntries {
            let other = try #require(b.ledgerEntries[id])
            #expect(entries.map(\.date) == other.map(\.date))
            #expect(entries.map(\.amount) == other.map(\.amount))
            #expect(entries.map(\.title) == other.map(\.title))
            #expect(entries.map(\.materials) == other.map(\.materials))
            #expect(entries.map { $0.line + 2 } == other.map(\.line))
        }
        #expect(a.ledgerEntries.values.contains { $0.contains { !$0.materials.isEmpty } })
        let day = Day(year: 2025, month: 10, day: 20)!
        let x = Figures.compute(a, asOf: day, audience: .team(drafts: false))
        let y = Figures.compute(b, asOf: day, audience: .team(drafts: false))
        #expect(x.indicators.map(\.value) == y.indicators.map(\.value))
        #expect(x.indicators.map(\.status) == y.indicators.map(\.status))
        #expect(x.indicators.map(\.evidence.count) == y.indicators.map(\.evidence.count))
    }
}
