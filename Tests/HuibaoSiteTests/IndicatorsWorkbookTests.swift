import Foundation
import HuibaoBuild
import HuibaoContent
import HuibaoModel
import HuibaoOffice
import HuibaoTestSupport
import Testing

@testable import HuibaoSite

/// `data/indicators.xlsx` as values (its file is read back by openpyxl in ExcelOutputTests):
/// 本月新增 from the month figures, 0 outside the period, and masking outside the team.
@Suite("indicators.xlsx: sheets and audiences")
struct IndicatorsWorkbookTests {
    func content() throws -> SiteContent {
        try #require(ContentParser.parse(try ContentLoader.load(source: Fixtures.repositoryRoot)).content)
    }

    func workbook(_ content: SiteContent, _ date: String, audience: Audience) -> (
        workbook: XlsxWorkbookView, csv: String
    ) {
        let figures = Figures.compute(content, asOf: Day.parse(date)!, audience: audience)
        let months = figures.months(period: content.project.period, midterm: content.project.midtermEvaluation)
        let workbook = ProgressData.workbook(content, figures, months: months, audience: audience)
        return (XlsxWorkbookView(workbook), String(decoding: ProgressData.csv(figures, months: months), as: UTF8.self))
    }

    @Test func thisMonthsIncrementIsTheAsOfMonthsAndZeroAfterThePeriod() throws {
        let content = try content()
        let october = workbook(content, "2025-10-20", audience: .publicReaders)
        #expect(october.workbook.sheetNames == ["指标", "月度", "付款"])
        // unions_established: 5 new in October 2025 (its month page), value 39.
        #expect(october.workbook.row("指标", id: "unions_established")?[6] == "5")
        #expect(october.csv.contains("\r\nunions_established,组建工会,组织建设,家,70,35,5,39,"))
        let after = workbook(content, "2026-11-27", audience: .publicReaders)
        #expect(after.workbook.row("指标", id: "unions_established")?[6] == "0")
    }

    @Test func outsideTheTeamEveryTextIsMasked() throws {
        var content = try content()
        content.project.name = "联系 13812345678 的项目"
        content.categories[0].indicators[0].name = "身份证 110105194912310025 组建工会"
        let team = workbook(content, "2025-10-20", audience: .team(drafts: false)).workbook
        let outside = workbook(content, "2025-10-20", audience: .publicReaders).workbook
        #expect(team.texts.contains { $0.contains("13812345678") })
        #expect(team.texts.contains { $0.contains("110105194912310025") })
        for text in outside.texts {
            #expect(!text.contains("13812345678") && !text.contains("110105194912310025"), "\(text)")
        }
        #expect(outside.texts.contains { $0.contains("组建工会") })
    }
}

/// The texts and rows of a workbook, as the tests above read them.
struct XlsxWorkbookView {
    var sheets: [(name: String, header: [String], rows: [[String]])]

    init(_ workbook: XlsxWorkbook) {
        sheets = workbook.sheets.map { sheet in
            (sheet.name, sheet.header, sheet.rows.map { $0.cells.map(Self.text) })
        }
        title = workbook.title
    }

    var title: String
    var sheetNames: [String] { sheets.map(\.name) }
    var texts: [String] { [title] + sheets.flatMap { $0.header + $0.rows.flatMap { $0 } } }

    func row(_ sheet: String, id: String) -> [String]? {
        sheets.first { $0.name == sheet }?.rows.first { $0.first == id }
    }

    static func text(_ cell: XlsxCell) -> String {
        switch cell {
        case .empty: return ""
        case .text(let text), .number(let text): return text
        case .money(let money): return money.decimalString
        case .score(let score): return score.text
        case .percent(let percent): return percent.text
        case .date(let day): return day.isoText
        case .boolean(let value): return value ? "TRUE" : "FALSE"
        }
    }
}
