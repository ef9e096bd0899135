import Foundation
import HuibaoModel
import Testing

@testable import HuibaoContent

/// Files as Notepad, WPS and Excel save them on Chinese Windows.
@Suite("Encodings and line endings of user files")
struct EncodingTests {
    static let project = "name: p\nclient: c\nprovider: v\nperiod: {start: 2025-04-08, end: 2026-04-08}\namount: 100\n"
    static let indicators = """
        categories:
          - name: 宣传教育
            indicators:
              - id: talks
                name: 宣讲
                target: 3
              - id: unions
                name: 组建工会
                target: 5
                from: { ledger: unions, count: rows, where: { 合格: 是 }, date: 组建日期 }
        """
    static let activity = "---\n标题: 宣讲\n日期: 2025-05-20\n服务类别: 宣传教育\n指标:\n  宣讲: 1\n---\n宣讲团走进产业园区，210名职工参加。\n"

    static func gb18030(_ text: String) -> [UInt8] {
        let encoding = String.Encoding(rawValue: 0x8000_0632)
        return [UInt8](text.data(using: encoding)!)
    }

    static func parse(activity: [UInt8], ledger: [UInt8]) -> ContentParser.Result {
        ContentParser.parse(
            ContentSnapshot(files: [
                .init(path: "project.yml", bytes: Array(project.utf8)),
                .init(path: "indicators.yml", bytes: Array(indicators.utf8)),
                .init(path: "activities/2025-05/a.md", bytes: activity),
                .init(path: "ledgers/unions.csv", bytes: ledger),
            ]))
    }

    static let ledgerText = "企业名称,组建日期,合格\r\n甲公司,2025/5/10,是\r\n\"乙,公司\",2025年6月3日,√\r\n丙公司,2025-07-01,否\r\n"

    @Test func notepadUTF8WithBOMAndCRLF() throws {
        let bytes: [UInt8] =
            [0xEF, 0xBB, 0xBF] + Array(Self.activity.replacingOccurrences(of: "\n", with: "\r\n").utf8)
        let result = Self.parse(activity: bytes, ledger: Array(Self.ledgerText.utf8))
        #expect(result.diagnostics.isEmpty, "\(result.diagnostics.map(\.formatted))")
        let activity = try #require(result.content?.activities.first)
        #expect(activity.title == "宣讲")
        #expect(activity.body.characterCount == 17)
    }

    @Test func gb18030WriteUpIsReadWithAWarning() throws {
        let result = Self.parse(activity: Self.gb18030(Self.activity), ledger: Array(Self.ledgerText.utf8))
        #expect(result.diagnostics.map(\.code) == ["file.gb18030"])
        #expect(result.diagnostics.first?.severity == .warning)
        #expect(result.diagnostics.first?.position.line == 2)  // the first line that is not valid UTF-8
        #expect(result.content?.activities.first?.counts == [IndicatorCount(indicatorID: "talks", count: 1)])
    }

    @Test func excelGB18030LedgerWithCRLFIsReadWithoutAWarning() throws {
        let result = Self.parse(activity: Array(Self.activity.utf8), ledger: Self.gb18030(Self.ledgerText))
        #expect(result.diagnostics.isEmpty, "\(result.diagnostics.map(\.formatted))")
        let entries = try #require(result.content?.ledgerEntries["unions"])
        #expect(entries.map(\.title) == ["甲公司", "乙,公司"])
        #expect(entries.map(\.date.isoText) == ["2025-05-10", "2025-06-03"])
        #expect(entries.map(\.line) == [2, 3])
    }

    @Test func bytesThatAreNeitherUTF8NorGB18030AreAnErrorAtTheirLine() {
        var bytes = Array("---\n标题: 宣讲\n".utf8)
        bytes += [0xFF, 0xFF, 0xFF, 0x0A]
        let result = Self.parse(activity: bytes, ledger: Array(Self.ledgerText.utf8))
        #expect(result.diagnostics.map(\.code) == ["file.encoding"])
        #expect(result.diagnostics.first?.position.line == 3)
    }
}
