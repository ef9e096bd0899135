import Foundation
import HuibaoTestSupport
import Testing

/// A scoring item's own 佐证材料 (documents.md "Materials not tied to a write-up") on the
/// example: copied into its archive folder as they are, named by kind, linked from the index
/// and the report inside, counted [present, 1] per 需提供材料 kind; a missing file stops the
/// archive with an error at its line.
@Suite("Materials on scoring items (the built binary)", .serialized)
struct ScoringItemMaterialsTests {
    @Test func theArchiveCarriesAnItemsOwnFiles() throws {
        let project = try PersonalDataLeakTests.exampleCopy()
        let folder = project.appendingPathComponent("out/archive")
        let result = try PersonalDataLeakTests.run(["archive", "midterm", "--output", folder.path], in: project)
        #expect(result.status == 0, "\(result.stderr)")
        let content = project.appendingPathComponent("Content")
        for (copy, original) in [
            ("M1.2-项目计划与管理制度/年度服务计划.pdf", "assets/management/2025年度服务计划.pdf"),
            ("M1.2-项目计划与管理制度/管理制度汇编.pdf", "assets/management/项目管理制度汇编.pdf"),
            ("F5.2-财务制度与票据/财务报表.pdf", "assets/finance/2025年三季度财务报表.pdf"),
        ] {
            let copied = try Data(contentsOf: folder.appendingPathComponent(copy))
            #expect(copied == (try Data(contentsOf: content.appendingPathComponent(original))), "\(copy)")
        }
        let csv = try String(contentsOf: folder.appendingPathComponent("00-目录.csv"), encoding: .utf8)
        #expect(csv.contains("M1.2 项目计划与管理制度,（本项材料）,,年度服务计划,M1.2-项目计划与管理制度/年度服务计划.pdf,有\r\n"))
        let index = try String(contentsOf: folder.appendingPathComponent("00-目录.html"), encoding: .utf8)
        let report = try String(contentsOf: folder.appendingPathComponent("01-自评报告.html"), encoding: .utf8)
        let link =
            "<a href=\"F5.2-%E8%B4%A2%E5%8A%A1%E5%88%B6%E5%BA%A6%E4%B8%8E%E7%A5%A8%E6%8D%AE/%E8%B4%A2%E5%8A%A1%E6%8A%A5%E8%A1%A8.pdf\">财务报表.pdf</a>"
        #expect(index.contains(link) && report.contains(link))
        // Needed = 1 per 需提供材料 kind: 记账凭证 is listed by none of the item's files.
        #expect(report.contains("财务报表 1/1、记账凭证 0/1"))
    }

    @Test func aMissingFileIsAnErrorAtItsLine() throws {
        let project = try PersonalDataLeakTests.exampleCopy()
        try FileManager.default.removeItem(
            at: project.appendingPathComponent("Content/assets/finance/2025年三季度财务报表.pdf"))
        let scoring = try String(contentsOf: project.appendingPathComponent("Content/scoring.yml"), encoding: .utf8)
        let line = try #require(
            scoring.split(separator: "\n", omittingEmptySubsequences: false).firstIndex {
                $0.contains("财务报表: assets/finance/")
            })
        let result = try PersonalDataLeakTests.run(
            ["archive", "midterm", "--output", project.appendingPathComponent("out/archive").path], in: project)
        #expect(result.status == 1)
        #expect(
            result.stderr.contains(
                "Content/scoring.yml:\(line + 1):17: 错误: 评分项的佐证材料“财务报表”的文件 Content/assets/finance/2025年三季度财务报表.pdf 不存在"),
            "\(result.stderr)")
    }
}
