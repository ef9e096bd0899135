import Foundation
import HuibaoModel
import HuibaoTestSupport
import Testing

@testable import HuibaoBuild

/// `huibao init --indicators 附件.xlsx --scoring 评分细则.xlsx` (the built binary): drafts from
/// the contract's own tables (Tests/Fixtures/xlsx/init, made by tools/xlsx-fixtures/make.sh).
@Suite("huibao init from the contract's tables", .serialized)
struct InitFromTablesTests {
    static func table(_ name: String) -> String {
        Fixtures.folder.appendingPathComponent("xlsx/init/\(name).xlsx").path
    }

    /// (目标, 单位) of every drafted quantitative indicator, in file order.
    static func targets(_ text: String) -> [String] {
        var result: [String] = []
        var unit: String?
        for line in text.split(separator: "\n") {
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            if trimmed.hasPrefix("- 编号:") { unit = nil }
            if trimmed.hasPrefix("单位: ") { unit = String(trimmed.dropFirst(4).prefix { $0 != " " }) }
            if trimmed.hasPrefix("目标: ") { result.append(String(trimmed.dropFirst(4).prefix { $0 != " " }) + " " + (unit ?? "?")) }
        }
        return result
    }

    @Test func theSeedAnnexGivesEveryQuantifiedStandardItsTargetAndUnit() throws {
        let folder = try Fixtures.temporaryFolder().appendingPathComponent("新项目")
        let result = try CommandRunner.huibao(["init", folder.path, "--indicators", Self.table("service-annex")])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr.isEmpty)
        #expect(result.stdout.contains("\n  Content/indicators.yml　服务指标：从 service-annex.xlsx 起草"))
        let text = try String(contentsOf: folder.appendingPathComponent("Content/indicators.yml"), encoding: .utf8)

        // Every quantity to reach of the seed contract, in order; no limit (不多于3人), year
        // (2025年度) or unit-less number (12351) among them.
        #expect(
            Self.targets(text) == [
                "70 家", "6000 人", "24 篇", "3 场", "4 家", "1 家", "7 家", "1 个", "3 场", "1 个", "10 人", "240 人",
                "4 个", "1 场",
            ])
        // One category per 服务类别, in the table's order; ids from the order.
        let categories = text.split(separator: "\n").filter { $0.hasPrefix("  - 名称: ") }.map { $0.dropFirst(8) }
        #expect(
            categories == ["组织建设", "职工服务", "宣传教育", "生产保障", "困难帮扶", "权益维护", "企业调研", "亮点工程", "女职工", "网络安全", "其他业务"])
        #expect(text.contains("      - 编号: c1_i1\n        名称: 组建工会  # 请核对\n        单位: 家  # 请核对\n        目标: 70  # 请核对\n"))
        // ① with two quantities → two indicators, each with the standard verbatim.
        #expect(text.contains("      - 编号: c1_i2\n        名称: 上报会员  # 请核对\n        单位: 人  # 请核对\n        目标: 6000  # 请核对\n"))
        #expect(
            text.components(separatedBy: "服务标准: 服务期组建工会 70 家。工会组建后，督促企业上报会员信息，信息上报合格，工会组建设为有效。全年上报会员不少于 6000 人。\n")
                .count == 3)
        // One indicator per numbered standard, whether typed in merged rows or one cell.
        #expect(text.contains("      - 编号: c4_i8\n"))
        #expect(!text.contains("c4_i9"))
        #expect(text.contains("      - 编号: c6_i6\n        名称: 12351职工维权实时响应、按时办结  # 请核对\n        服务标准: 12351 职工维权实时响应、按时办结\n"))
        #expect(text.contains("      - 编号: c10_i1\n        名称: 网络安全宣传  # 请核对\n        单位: 场  # 请核对\n        目标: 1  # 请核对\n        服务标准: 网络安全宣传1场\n"))
        #expect(text.contains("服务标准: 根据市总工会2025年度工作要点指标可进行调整，确保中原区工会完成上级年度工作要求。\n"))
        // Every guessed line is marked; the verbatim ones are not.
        for line in text.split(separator: "\n") where line.contains("名称: ") && line.hasPrefix("        ") || line.contains("单位: ") || line.contains("目标: ") {
            #expect(line.hasSuffix("  # 请核对"), "\(line)")
        }
        #expect(!text.split(separator: "\n").contains { $0.contains("服务标准: ") && $0.contains("请核对") })

        // The project's own reader takes it: check is clean, and build shows the drafted indicators.
        let check = try CommandRunner.huibao(["check", "--source", folder.path])
        #expect(check.status == 0 && check.stdout.hasPrefix("没有发现问题"), "\(check.stdout)\(check.stderr)")
        let late = try CommandRunner.huibao(["check", "--source", folder.path, "--as-of", "2099-12-31"])
        #expect(late.status == 0 && late.stdout.hasPrefix("没有发现问题"), "\(late.stdout)\(late.stderr)")
        let build = try CommandRunner.huibao(["build", "--source", folder.path])
        #expect(build.status == 0, "\(build.stderr)")
        let index = try String(contentsOf: folder.appendingPathComponent("public/index.html"), encoding: .utf8)
        #expect(index.contains("婚恋交友联谊活动"))

        // The same table gives the same bytes.
        let again = try Fixtures.temporaryFolder()
        #expect(try CommandRunner.huibao(["init", again.path, "--indicators", Self.table("service-annex")]).status == 0)
        #expect(try Data(contentsOf: again.appendingPathComponent("Content/indicators.yml")) == Data(text.utf8))
    }

    @Test func aScoringTableGivesASchemeWithEveryRuleManual() throws {
        let folder = try Fixtures.temporaryFolder()
        let result = try CommandRunner.huibao(["init", folder.path, "--scoring", Self.table("scoring-rules")])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("\n  Content/scoring.yml　评分细则：从 scoring-rules.xlsx 起草"))
        let text = try String(contentsOf: folder.appendingPathComponent("Content/scoring.yml"), encoding: .utf8)
        #expect(text.contains("\n总分: 20\n"))
        // 一级指标 written with its points: the name without them; the sum, marked where it differs.
        #expect(text.contains("\n  - 名称: 项目管理\n    分值: 7.5\n    评分项:\n      - 编号: D1.1\n        名称: 人员配备\n        分值: 5\n"))
        #expect(text.contains("\n      - 编号: D1.2\n        名称: 制度建设\n        分值: 2.5\n"))
        // 4分 in the table is 4; the rule verbatim; materials split at 、，and line breaks.
        #expect(
            text.contains(
                "\n  - 名称: 服务产出\n    分值: 12.5  # 请核对：表格写 13 分，评分项合计 12.5 分\n    评分项:\n      - 编号: D2.1\n        名称: 组建工会\n        分值: 4\n        评分标准: 完成率达100%得4分，达80%得2.68分，达60%得1.32分，低于60%不得分\n        计分: 人工\n        需提供材料: [建会批复, 照片]\n"
            ))
        #expect(text.contains("需提供材料: [满意度问卷, 统计表]\n"))
        #expect(text.components(separatedBy: "计分: 人工\n").count == 6)
        #expect(text.contains("名称: 项目评估评分细则  # 请核对\n"))

        let check = try CommandRunner.huibao(["check", "--source", folder.path])
        #expect(check.status == 0 && check.stdout.hasPrefix("没有发现问题"), "\(check.stdout)\(check.stderr)")
        // Near the evaluations only the expected 待评 warnings (manual items not yet scored).
        let late = try CommandRunner.huibao(["check", "--source", folder.path, "--as-of", "2099-12-31"])
        let warnings = late.stdout.split(separator: "\n").filter { $0.contains(": 警告: ") || $0.contains(": 错误: ") }
        #expect(late.status == 0, "\(late.stdout)\(late.stderr)")
        #expect(warnings.count == 10 && warnings.allSatisfy { $0.contains("是人工计分") }, "\(late.stdout)")
    }

    @Test func aTableWithoutItsStandardsColumnIsAnErrorAtTheHeader() throws {
        let folder = try Fixtures.temporaryFolder().appendingPathComponent("p")
        let path = Self.table("annex-missing-column")
        let result = try CommandRunner.huibao(["init", folder.path, "--indicators", path])
        #expect(result.status == 1)
        #expect(result.stdout.isEmpty)
        #expect(
            result.stderr
                == "\(path):2:5: 错误: 单元格 E2：服务指标表的表头（第 2 行）缺少“服务标准”列，只找到了序号、服务类别、服务内容；请在表头加上这一列（列名照写“服务标准”），把合同原文抄在下面\n没有新建项目，也没有写任何文件；请改好表格后再运行 huibao init\n"
        )
        #expect(!FileManager.default.fileExists(atPath: folder.path))
    }

    @Test func everyProblemOfBothTablesIsReportedAndNothingWritten() throws {
        let folder = try Fixtures.temporaryFolder().appendingPathComponent("p")
        let annex = Self.table("annex-unnumbered")
        let scoring = Self.table("scoring-bad-points")
        let result = try CommandRunner.huibao(["init", folder.path, "--indicators", annex, "--scoring", scoring])
        #expect(result.status == 1)
        #expect(
            result.stderr.split(separator: "\n") == [
                "\(annex):3:4: 错误: 单元格 D3：服务标准里没有一条带编号（①②③…）；是不是选错了列或表格？请确认“服务标准”列照抄的是合同附件的原文，每条标准前有①②③这样的编号",
                "\(annex):5:2: 错误: 单元格 B5：这一行有服务标准，但没有服务类别；是不是合并单元格没有包住这一行？请填上这一行的服务类别",
                "\(scoring):2:3: 错误: 单元格 C2：分值“四分”不是大于 0 的数；请写这一项的分数，如 4 或 2.5",
                "\(scoring):3:4: 错误: 单元格 D3：评分标准是空的；请把评分细则里这一项的评分标准照原文抄进来",
                "没有新建项目，也没有写任何文件；请改好表格后再运行 huibao init",
            ])
        #expect(!FileManager.default.fileExists(atPath: folder.path))
    }

    @Test func aFileThatIsNotAWorkbookIsRefused() throws {
        let folder = try Fixtures.temporaryFolder().appendingPathComponent("p")
        let xls = try CommandRunner.huibao(["init", folder.path, "--indicators", "附件.xls"])
        #expect(xls.status == 1)
        #expect(xls.stderr.hasPrefix("附件.xls: 错误: 不是 .xlsx 工作簿；请在 Excel 或 WPS 中打开它，另存为“Excel 工作簿 (*.xlsx)”后再试\n"))
        let ledger = Fixtures.folder.appendingPathComponent("xlsx/ledger-cells.xlsx").path
        let wrong = try CommandRunner.huibao(["init", folder.path, "--indicators", ledger])
        #expect(wrong.status == 1)
        #expect(wrong.stderr.hasPrefix("\(ledger):1:1: 错误: 单元格 A1：第一张工作表的前 20 行里没有找到服务指标表的表头"))
        #expect(!FileManager.default.fileExists(atPath: folder.path))
    }

    @Test(arguments: [
        ("服务期组建工会 70 家。", ["70 家"]),
        ("新建1家女职工关爱室", ["1 家"]),
        ("开展主题宣讲不少于 3 场", ["3 场"]),
        ("收集职工心声（每个企业不多于3人）", []),
        ("根据市总工会2025年度工作要点", []),
        ("12351 职工维权实时响应", []),
        ("第3场活动；参与6000人次；3.5个", ["6000 人次"]),
        ("控制在 5 人以内，服务２０户", ["20 户"]),
    ])
    func quantitiesToReach(text: String, expected: [String]) {
        #expect(QuantityScan.quantities(in: text).map { "\($0.target) \($0.unit)" } == expected)
    }

    @Test func numberedItemsSplitAtCircledNumbers() {
        #expect(
            NumberedItems.split("①：网络安全宣传1场\n②协助\n完成。 ") == [
                .init(text: "网络安全宣传1场", numbered: true), .init(text: "协助完成。", numbered: true),
            ])
        #expect(NumberedItems.split("打造亮点工程；挖掘创新案例。") == [.init(text: "打造亮点工程；挖掘创新案例。", numbered: false)])
    }
}
