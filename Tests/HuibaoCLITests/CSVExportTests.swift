import Foundation
import HuibaoTestSupport
import Testing

/// `data/indicators.csv` opened in Excel or WPS: no cell of the user's text runs as a formula.
@Suite("indicators.csv (the built binary)", .serialized)
struct CSVExportTests {
    @Test func formulaLikeTextIsPrefixedAndFiguresStayNumbers() throws {
        let site = try Fixtures.temporaryFolder().appendingPathComponent("site")
        try FileManager.default.copyItem(at: Fixtures.site("basic"), to: site)
        try? FileManager.default.removeItem(at: site.appendingPathComponent("expected"))
        let indicators = site.appendingPathComponent("Content/indicators.yml")
        var yaml = try String(contentsOf: indicators, encoding: .utf8)
        yaml = yaml.replacingOccurrences(
            of: "name: 组建工会", with: "name: '=HYPERLINK(\"http://evil.example/\",\"组建工会\")'")
        yaml = yaml.replacingOccurrences(of: "unit: 家", with: "unit: '@家'")
        yaml = yaml.replacingOccurrences(of: "name: 报送信息", with: "name: '-2+3'")
        yaml = yaml.replacingOccurrences(of: "unit: 场", with: "unit: '+场'")
        try yaml.write(to: indicators, atomically: true, encoding: .utf8)
        let result = try CommandRunner.huibao(["build", "--source", site.path, "--as-of", "2025-10-20"])
        #expect(result.status == 0, "\(result.stderr)")
        let csv = try String(contentsOf: site.appendingPathComponent("public/data/indicators.csv"), encoding: .utf8)
        let rows = csv.components(separatedBy: "\r\n")
        let unions = try #require(rows.first { $0.hasPrefix("unions,") })
        #expect(unions.hasPrefix("unions,\"'=HYPERLINK(\"\"http://evil.example/\"\",\"\"组建工会\"\")\",组织建设,'@家,4,"), "\(unions)")
        let lectures = try #require(rows.first { $0.hasPrefix("lectures,") })
        #expect(lectures.hasPrefix("lectures,主题宣讲,宣传教育,'+场,3,"), "\(lectures)")
        let news = try #require(rows.first { $0.hasPrefix("news,") })
        #expect(news.hasPrefix("news,'-2+3,宣传教育,"), "\(news)")
        for row in rows.dropFirst() {
            for cell in row.split(separator: ",") {
                #expect(!"=+-@".contains(cell.first ?? "x"), "\(row)")
            }
        }
    }
}
