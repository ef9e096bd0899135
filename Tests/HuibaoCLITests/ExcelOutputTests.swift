import Foundation
import HuibaoTestSupport
import Testing

/// The Excel files huibao writes, read back by independent readers (openpyxl, LibreOffice
/// headless → pdftotext, Python's zipfile): `data/indicators.xlsx` of a build and the 评分表
/// of `huibao report <id> --xlsx` (the built binary).
@Suite("Excel output read back by openpyxl and LibreOffice (the built binary)", .serialized)
struct ExcelOutputTests {
    /// Display width as the writer promises it: CJK characters two units, others one.
    static func units(_ text: String) -> Int {
        text.unicodeScalars.reduce(0) { sum, scalar in
            let wide = (0x2E80...0x9FFF).contains(scalar.value) || (0xFF00...0xFF60).contains(scalar.value)
            return sum + (wide ? 2 : 1)
        }
    }

    /// Builds the example project for `audience` at 2025-10-20 and returns the output folder.
    func build(public: Bool = true) throws -> URL {
        let output = try Fixtures.temporaryFolder().appendingPathComponent("pub")
        let result = try CommandRunner.huibao(
            ["build", "--source", Fixtures.repositoryRoot.path, "--as-of", "2025-10-20", "--output", output.path]
                + (`public` ? ["--public"] : []))
        try #require(result.status == 0, "\(result.stderr)")
        return output
    }

    @Test(.enabled(if: OfficeTools.shouldRun)) func indicatorsWorkbookHoldsTheCSVMonthsAndPayments() throws {
        let output = try build()
        let file = output.appendingPathComponent("data/indicators.xlsx")
        let check = try OfficeTools.packageCheck(file)
        #expect(check.isConsistent, "\(check.problems)")
        let workbook = try OfficeTools.xlsx(file)
        #expect(workbook.epoch == "1900")
        #expect(workbook.sheets.map(\.name) == ["指标", "月度", "付款"])
        for sheet in workbook.sheets {
            #expect(sheet.freezePanes == "A2", "\(sheet.name)")
            #expect(sheet.boldHeader, "\(sheet.name)")
            for cell in sheet.rows.dropFirst().flatMap({ $0 }).compactMap({ $0 }) {
                #expect(cell.type != "f", "\(sheet.name) \(cell.ref): no formula is ever written")
            }
        }

        // 指标: the CSV's rows, cell by cell; figures as numbers, 完成率 a percent.
        let indicators = workbook.sheets[0]
        let csv = try String(contentsOf: output.appendingPathComponent("data/indicators.csv"), encoding: .utf8)
        let csvRows = csv.drop(while: { $0 == "\u{FEFF}" }).split(separator: "\r\n").map {
            $0.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
        }
        #expect(csvRows[0] == ["编号", "名称", "服务类别", "单位", "目标", "中期目标", "本月新增", "完成值", "应完成", "完成率", "状态"])
        #expect(indicators.values(row: 1) == csvRows[0])
        #expect(indicators.rows.count == csvRows.count)
        for (index, csvRow) in csvRows.enumerated().dropFirst() {
            let row = indicators.values(row: index + 1)
            for column in [0, 1, 2, 3, 10] { #expect(row[column] == csvRow[column], "row \(index + 1)") }
            for column in [4, 5, 6, 7, 8] where !csvRow[column].isEmpty {
                let cell = try #require(indicators.rows[index][column])
                #expect(cell.type == "n" && cell.pythonType == "int", "\(cell.ref)")
                #expect(cell.value == csvRow[column], "\(cell.ref)")
            }
            if let percent = Double(csvRow[9].dropLast()) {
                let cell = try #require(indicators.rows[index][9])
                #expect(cell.numberFormat == "0.0%", "\(cell.ref)")
                #expect(abs(Double(cell.value ?? "")! * 100 - percent) < 1e-9, "\(cell.ref)")
            }
        }
        let unions = indicators.values(row: 2)
        #expect(unions.prefix(9) == ["unions_established", "组建工会", "组织建设", "家", "70", "35", "5", "39", "36"])
        #expect(unions[9] == "0.557" && unions[10] == "正常")
        // Widths fit the longest text of each column, CJK counted double, within 6…50.
        let longestName = indicators.rows.dropFirst().compactMap { $0[1]?.value }.map(Self.units).max()!
        #expect(indicators.columns["B"] == Double(min(max(longestName + 2, 6), 50)))

        // 月度: every month of the period up to the as-of date, every indicator; the month
        // increments add up to each indicator's value.
        let months = workbook.sheets[1]
        #expect(months.values(row: 1) == ["月份", "指标编号", "指标", "新增", "累计", "应完成", "状态"])
        let monthNames = Set(months.rows.dropFirst().compactMap { $0[0]?.value })
        #expect(monthNames == ["2025-04", "2025-05", "2025-06", "2025-07", "2025-08", "2025-09", "2025-10"])
        #expect(months.rows.count == 1 + 7 * (csvRows.count - 1))
        for csvRow in csvRows.dropFirst() {
            let increments = months.rows.dropFirst().filter { $0[1]?.value == csvRow[0] }.compactMap { $0[3]?.value }
            #expect(increments.count == 7)
            #expect(increments.map { Double($0)! }.reduce(0, +) == Double(csvRow[7]), "\(csvRow[0])")
            let october = try #require(months.rows.first { $0[0]?.value == "2025-10" && $0[1]?.value == csvRow[0] })
            #expect(october[3]?.value == csvRow[6] && october[4]?.value == csvRow[7], "\(csvRow[0])")
        }

        // 付款: money with two decimals, shares as percents, the paid date a date cell.
        let payments = workbook.sheets[2]
        #expect(payments.values(row: 1).prefix(4) == ["期次", "比例", "金额（元）", "大写"])
        let first = payments.values(row: 2)
        #expect(first[0] == "首期款" && first[1] == "0.5" && first[2] == "411912.5")
        #expect(first[3] == "肆拾壹万壹仟玖佰壹拾贰元伍角整" && first[7] == "2025-04-30T00:00:00")
        #expect(payments.cell("C2")?.numberFormat == "#,##0.00")
        #expect(payments.cell("B2")?.numberFormat == "0.0%")
        #expect(payments.cell("H2")?.type == "d" && payments.cell("H2")?.numberFormat == "yyyy-mm-dd")

        // LibreOffice opens it and prints the Chinese text.
        let text = try OfficeTools.pdfText(file)
        for expected in ["组建工会", "2025-10", "首期款", "411,912.50", "55.7%"] {
            #expect(text.contains(expected), "\(expected) not in the PDF text")
        }
    }

    @Test func indicatorsWorkbookIsTheSameBytesOnARebuild() throws {
        let first = try Data(contentsOf: build().appendingPathComponent("data/indicators.xlsx"))
        let second = try Data(contentsOf: build().appendingPathComponent("data/indicators.xlsx"))
        #expect(first.starts(with: [0x50, 0x4B, 0x03, 0x04]))
        #expect(first == second)
    }

    /// `huibao report midterm --xlsx` on the example, into a temporary folder.
    func scoringWorkbook(_ folder: URL) throws -> URL {
        let result = try CommandRunner.huibao([
            "report", "midterm", "--xlsx", "--source", Fixtures.repositoryRoot.path, "--output",
            folder.appendingPathComponent("midterm.html").path,
        ])
        #expect(result.status == 0, "\(result.stderr)")
        let file = folder.appendingPathComponent("midterm-评分表.xlsx")
        #expect(result.stdout.contains("已生成评分表 → \(file.path)"), "\(result.stdout)")
        #expect(FileManager.default.fileExists(atPath: folder.appendingPathComponent("midterm.html").path))
        return file
    }

    @Test(.enabled(if: OfficeTools.shouldRun)) func scoringWorkbookListsEveryItemWithEmptyEvaluatorColumns() throws {
        let folder = try Fixtures.temporaryFolder()
        let file = try scoringWorkbook(folder)
        let check = try OfficeTools.packageCheck(file)
        #expect(check.isConsistent, "\(check.problems)")
        let workbook = try OfficeTools.xlsx(file)
        #expect(workbook.sheets.map(\.name) == ["评分表"])
        let sheet = workbook.sheets[0]
        #expect(sheet.freezePanes == "A2" && sheet.boldHeader)
        #expect(
            sheet.values(row: 1) == [
                "维度", "编号", "名称", "分值", "评分标准", "指标/依据", "计算", "自评得分", "人工调整说明", "佐证材料（已有/应有）",
                "评估得分", "扣分原因",
            ])
        // Items in scheme order (Content/scoring.yml), each with empty 评估得分 and 扣分原因.
        let scheme = try String(
            contentsOf: Fixtures.repositoryRoot.appendingPathComponent("Content/scoring.yml"), encoding: .utf8)
        let items = sheet.rows.dropFirst().filter { ($0[0]?.value ?? "") != "" && $0[0]?.value != "合计" }
        #expect(items.count == 24)
        var position = scheme.startIndex
        for row in items {
            let id = try #require(row[1]?.value)
            let found = try #require(scheme.range(of: id, range: position..<scheme.endIndex), "\(id) out of order")
            position = found.upperBound
            #expect((row[10]?.value ?? "") == "" && (row[11]?.value ?? "") == "", "\(id)")
            #expect(row[3]?.numberFormat == "0.00" && row[3]?.type == "n", "\(id)")
        }
        let d21 = try #require(items.first { $0[1]?.value == "D2.1" })
        #expect(d21[2]?.value == "组建工会" && d21[3]?.value == "8.0" && d21[7]?.value == "7.0")
        #expect(d21[6]?.value == "38 ÷ 35 = 108.5% ≥ 100% → 8 × 100% = 8.00")
        #expect(d21[8]?.value?.hasPrefix("由 8.00 调整为 7.00：") == true)
        #expect(d21[9]?.value?.contains("组建批复 38/38") == true)
        let manual = try #require(items.first { $0[1]?.value == "M1.2" })
        #expect(manual[6]?.value == "人工评分")
        let total = try #require(sheet.rows.first { $0[0]?.value == "合计" })
        #expect(total[2]?.value == "自评总分" && total[3]?.value == "100.0" && total[7]?.value == "93.33")
        #expect(total[0]?.bold == true)
        #expect(sheet.rows.contains { $0[2]?.value == "等级" && $0[7]?.value == "优秀" })

        let text = try OfficeTools.pdfText(file)
        for expected in ["组建工会", "扣分原因", "93.33", "人工评分"] {
            #expect(text.contains(expected), "\(expected) not in the PDF text")
        }
    }

    @Test(.enabled(if: OfficeTools.shouldRun)) func anUnscoredManualItemIsPendingAndTheTotalSaysSo() throws {
        // The basic fixture with its test scheme; the self-scores give U2 only, so the manual P2 is 待评.
        let site = try Fixtures.temporaryFolder().appendingPathComponent("site")
        try FileManager.default.copyItem(at: Fixtures.site("basic"), to: site)
        let scoring = Fixtures.folder.appendingPathComponent("scoring/basic")
        let content = site.appendingPathComponent("Content")
        try FileManager.default.copyItem(
            at: scoring.appendingPathComponent("scoring.yml"), to: content.appendingPathComponent("scoring.yml"))
        try FileManager.default.createDirectory(
            at: content.appendingPathComponent("scores"), withIntermediateDirectories: true)
        try FileManager.default.copyItem(
            at: scoring.appendingPathComponent("midterm.yml"), to: content.appendingPathComponent("scores/midterm.yml"))
        let file = site.appendingPathComponent("out/评分表.xlsx")
        let result = try CommandRunner.huibao([
            "report", "midterm", "--xlsx", "--source", site.path, "--output", file.path,
        ])
        try #require(result.status == 0, "\(result.stderr)")
        let sheet = try #require(try OfficeTools.xlsx(file).sheets.first)
        #expect(sheet.rows.dropFirst().prefix(6).map { $0[1]?.value } == ["U1", "U2", "P1", "P2", "S1", "S2"])
        let pending = try #require(sheet.rows.first { $0[1]?.value == "P2" })
        #expect(pending[7]?.value == "待评" && pending[7]?.type == "s")
        #expect(pending[6]?.value == "人工评分")
        let u2 = try #require(sheet.rows.first { $0[1]?.value == "U2" })
        #expect(u2[7]?.value == "1.5" && u2[8]?.value == "由 2.00 调整为 1.50：一家工会会员名单待核实")
        let total = try #require(sheet.rows.first { $0[0]?.value == "合计" })
        #expect(total[2]?.value == "总分（不含待评项）" && total[3]?.value == "14.0")
        #expect(sheet.rows.contains { $0[2]?.value == "等级" && $0[7]?.value == "待定（有待评项，暂不评定等级）" })
        #expect(sheet.rows.contains { $0[2]?.value == "否决项：项目资金被挪用" && $0[7]?.value == "不适用" })
    }

    @Test func scoringWorkbookIsTheSameBytesOnARerunAndReplacesItsOwnFile() throws {
        let folder = try Fixtures.temporaryFolder()
        let first = try Data(contentsOf: scoringWorkbook(folder))
        let second = try Data(contentsOf: scoringWorkbook(folder))
        #expect(first == second)
    }

    @Test func withoutAScoringSchemeTheWorkbookIsAChineseError() throws {
        let folder = try Fixtures.temporaryFolder()
        let result = try CommandRunner.huibao([
            "report", "midterm", "--xlsx", "--source", Fixtures.site("basic").path, "--output",
            folder.appendingPathComponent("midterm.html").path,
        ])
        #expect(result.status == 2)
        #expect(
            result.stderr.contains("错误: “中期评估”（midterm）没有适用的评分细则，评分表要按 Content/scoring.yml 的评分项生成"), "\(result.stderr)")
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("midterm-评分表.xlsx").path))
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("midterm.html").path))
    }

    @Test func theWorkbookNeverReplacesAFileHuibaoDidNotWrite() throws {
        let folder = try Fixtures.temporaryFolder()
        let mine = folder.appendingPathComponent("评分表.xlsx")
        // A workbook someone else made (a zip without huibao's app.xml) and a plain file.
        try OfficeTools.writeZip(
            [
                .init("[Content_Types].xml", "<Types/>"),
                .init("docProps/app.xml", "<Properties><Application>Microsoft Excel</Application></Properties>"),
            ],
            to: mine)
        let before = try Data(contentsOf: mine)
        var result = try CommandRunner.huibao([
            "report", "midterm", "--xlsx", "--source", Fixtures.repositoryRoot.path, "--output", mine.path,
        ])
        #expect(result.status == 2)
        #expect(result.stderr.contains("已存在，而且不是 huibao 生成的评分表"), "\(result.stderr)")
        #expect(try Data(contentsOf: mine) == before)
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("评分表.html").path))

        // A folder where the file should be; Content/ of the project.
        let taken = folder.appendingPathComponent("x")
        try FileManager.default.createDirectory(
            at: taken.appendingPathComponent("x-评分表.xlsx"), withIntermediateDirectories: true)
        result = try CommandRunner.huibao([
            "report", "midterm", "--xlsx", "--source", Fixtures.repositoryRoot.path, "--output",
            taken.appendingPathComponent("x.html").path,
        ])
        #expect(result.status == 2 && result.stderr.contains("是一个文件夹"), "\(result.stderr)")
        result = try CommandRunner.huibao([
            "report", "midterm", "--xlsx", "--source", Fixtures.repositoryRoot.path, "--output",
            Fixtures.repositoryRoot.appendingPathComponent("Content/评分表.xlsx").path,
        ])
        #expect(result.status == 2 && result.stderr.contains("不能写到 Content/ 里"), "\(result.stderr)")
        #expect(
            !FileManager.default.fileExists(
                atPath: Fixtures.repositoryRoot.appendingPathComponent("Content/评分表.xlsx").path))

        // An .xlsx --output names the 评分表, the report beside it.
        let named = folder.appendingPathComponent("named/评分表.xlsx")
        result = try CommandRunner.huibao([
            "report", "midterm", "--xlsx", "--source", Fixtures.repositoryRoot.path, "--output", named.path,
        ])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(FileManager.default.fileExists(atPath: named.path))
        #expect(FileManager.default.fileExists(atPath: folder.appendingPathComponent("named/评分表.html").path))
    }
}
