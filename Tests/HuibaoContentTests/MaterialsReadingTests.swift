import HuibaoModel
import Testing

@testable import HuibaoContent

/// 佐证材料 in write-ups, 佐证列 on ledger indicators and 佐证要求 in project.yml.
@Suite("Reading evidence files (佐证材料)")
struct MaterialsReadingTests {
    static let project = """
        项目名称: 项目
        甲方: 甲方单位
        乙方: 乙方单位
        服务期限: 2025-04-08 至 2026-04-08
        服务费总金额: 823825
        佐证要求:
          全部: [签到表]
          组织建设: 批复
          宣讲: [照片, 课件]
        """
    static let indicators = """
        服务类别:
          - 名称: 组织建设
            指标:
              - 编号: unions
                名称: 组建工会
                目标: 10
                数据来源: { 台账: unions, 计数: 行数, 日期列: 组建日期, 佐证列: [批复, 照片] }
          - 名称: 宣传教育
            指标:
              - 编号: lectures
                名称: 宣讲
                目标: 10
              - 编号: visits
                名称: 走访
                目标: 10
        """
    static let activity = """
        ---
        标题: 宣讲进园区
        日期: 2025-06-18
        服务类别: 宣传教育
        指标:
          宣讲: 1
          走访: 2
        佐证材料:
          签到表: 签到表.jpg
          照片: [现场1.jpg, assets/现场2.jpg]
          课件: 课件.pdf
          会议记录: ../2025-06/签到表.jpg
        ---
        正文。
        """
    static let ledger = """
        名称,组建日期,批复,照片
        甲公司工会,2025-05-12,assets/批复1.jpg；assets/批复2.jpg,assets/照片1.jpg
        乙公司工会,2025-06-01,,assets/照片9.jpg
        丙公司工会,2026-01-01,assets/批复1.jpg,assets/照片1.jpg
        """

    static func parse(activity: String = activity, project: String = project, extra: [String] = [])
        -> ContentParser.Result
    {
        let files = [
            ContentSnapshot.File(path: "project.yml", bytes: Array(project.utf8)),
            ContentSnapshot.File(path: "indicators.yml", bytes: Array(indicators.utf8)),
            ContentSnapshot.File(path: "activities/2025-06/宣讲.md", bytes: Array(activity.utf8)),
            ContentSnapshot.File(path: "ledgers/unions.csv", bytes: Array(ledger.utf8)),
        ]
        let present = [
            "activities/2025-06/签到表.jpg", "activities/2025-06/现场1.jpg", "assets/现场2.jpg",
            "assets/批复1.jpg", "assets/批复2.jpg", "assets/照片1.jpg",
        ]
        return ContentParser.parse(
            ContentSnapshot(files: files, allPaths: ContentPaths(files.map(\.path) + present + extra)))
    }

    @Test func writeUpFilesByKindRelativeToItsFolderOrAssets() throws {
        let result = Self.parse()
        let activity = try #require(result.partial?.activities.first)
        #expect(
            activity.materials == [
                MaterialFile(kind: "签到表", path: "activities/2025-06/签到表.jpg"),
                MaterialFile(kind: "照片", path: "activities/2025-06/现场1.jpg"),
                MaterialFile(kind: "照片", path: "assets/现场2.jpg"),
                MaterialFile(kind: "课件", path: "activities/2025-06/课件.pdf", exists: false),
            ])
        #expect(activity.titlePosition == SourcePosition(file: "Content/activities/2025-06/宣讲.md", line: 2, column: 1))
        // A missing file warns at its line; the same file twice warns at the second.
        let lines = result.diagnostics.map { "\($0.code) \($0.position.line):\($0.position.column)" }
        #expect(lines.contains("evidence.file-missing 11:7"))
        #expect(lines.contains("evidence.duplicate 12:9"))
        #expect(!result.diagnostics.hasErrors, "\(result.diagnostics.map(\.formatted))")
    }

    @Test func requirementsResolveScopes() throws {
        let project = try #require(Self.parse().content?.project)
        #expect(
            project.materialRequirements == [
                MaterialRequirement(scope: .all, kinds: ["签到表"]),
                MaterialRequirement(scope: .category("组织建设"), kinds: ["批复"]),
                MaterialRequirement(scope: .indicator("lectures"), kinds: ["照片", "课件"]),
            ])
    }

    @Test func unknownScopeIsAnErrorWithASuggestion() {
        let project = Self.project.replacingOccurrences(of: "  宣讲: [照片, 课件]", with: "  宣讲会: [照片]")
        let result = Self.parse(project: project)
        let error = result.diagnostics.first { $0.code == "evidence.scope-unknown" }
        #expect(error?.severity == .error)
        #expect(error?.position.line == 9)
        #expect(error?.message.contains("是不是“宣讲”？") == true, "\(error?.message ?? "")")
    }

    @Test func ledgerCellsSplitIntoFilesRelativeToContent() throws {
        let result = Self.parse()
        let rows = try #require(result.partial?.ledgerEntries["unions"])
        #expect(
            rows[0].materials == [
                MaterialFile(kind: "批复", path: "assets/批复1.jpg"), MaterialFile(kind: "批复", path: "assets/批复2.jpg"),
                MaterialFile(kind: "照片", path: "assets/照片1.jpg"),
            ])
        #expect(rows[1].materials == [MaterialFile(kind: "照片", path: "assets/照片9.jpg", exists: false)])
        let missing = result.diagnostics.filter {
            $0.code == "evidence.file-missing" && $0.position.file.hasSuffix(".csv")
        }
        #expect(missing.map(\.position.line) == [3])
    }

    @Test func aMissingEvidenceColumnIsAnError() {
        let indicators = Self.indicators.replacingOccurrences(of: "[批复, 照片]", with: "[批复, 照片, 协议]")
        let files = [
            ContentSnapshot.File(path: "project.yml", bytes: Array(Self.project.utf8)),
            ContentSnapshot.File(path: "indicators.yml", bytes: Array(indicators.utf8)),
            ContentSnapshot.File(path: "ledgers/unions.csv", bytes: Array(Self.ledger.utf8)),
        ]
        let result = ContentParser.parse(ContentSnapshot(files: files))
        #expect(result.diagnostics.contains { $0.code == "ledger.column-missing" && $0.message.contains("协议") })
    }

    @Test func aFileOutsideContentIsAnError() {
        let activity = Self.activity.replacingOccurrences(of: "课件: 课件.pdf", with: "课件: ../../../secret.pdf")
        let result = Self.parse(activity: activity)
        #expect(result.diagnostics.contains { $0.code == "evidence.outside" && $0.severity == .error })
    }

    @Test func asOfChecksWarnAtTheTitleAndTheRow() throws {
        let result = Self.parse()
        let content = try #require(result.content)
        let warnings = MaterialChecks.warnings(content, asOf: Day(year: 2025, month: 12, day: 31)!)
        let lines = warnings.map { "\($0.code) \($0.position.file):\($0.position.line)" }.sorted()
        // The write-up lacks 课件 (its file is missing); the row of 2025-06-01 has an empty 批复
        // cell; the row of 2026-01-01 is after the as-of date and not checked.
        #expect(
            lines == [
                "evidence.cell-empty Content/ledgers/unions.csv:3",
                "evidence.missing Content/activities/2025-06/宣讲.md:2",
            ])
        #expect(warnings.contains { $0.code == "evidence.missing" && $0.message.contains("“课件”") })
        // Before the write-up and the incomplete row are dated, nothing is missing.
        #expect(MaterialChecks.warnings(content, asOf: Day(year: 2025, month: 5, day: 31)!).isEmpty)
    }

    /// The shortcut for the usual evidence name resolves as the full resolution does, or
    /// leaves the name to it: never another answer.
    @Test func plainNamesResolveAsTheFullResolutionDoes() {
        let files: Set<String> = [
            "activities/2025-05/佐证/0508-签到表.jpg", "activities/2025-05/a.jpg", "assets/unions/批复.pdf", "a.jpg",
            "activities/2025-05/.../x.jpg", "activities/x.jpg",
        ]
        let paths = BodyRenderer(unsafeHTML: false, contentFiles: ContentPaths(files))
        let directories = [["activities", "2025-05"], [], ["activities"]]
        let names = [
            "佐证/0508-签到表.jpg", "a.jpg", "./a.jpg", "../a.jpg", "../../a.jpg", "assets/unions/批复.pdf", "/a.jpg",
            "//a.jpg", "a.jpg?x", "a%2Ejpg", "http://x/a.jpg", "C:\\a.jpg", "data:x", ".../x.jpg", "佐证//0508-签到表.jpg",
            "佐证/./0508-签到表.jpg", "x.jpg", "activities/x.jpg", "../x.jpg", "a.jpg/", "..", ".", "", "佐证/0508-签到表.JPG",
        ]
        for directory in directories {
            for name in names {
                guard let shortcut = MaterialsReader.plainLocal(name, directory: directory, paths: paths) else {
                    continue
                }
                #expect(paths.resolve(name, directory: directory) == .local(shortcut), "\(directory) \(name)")
            }
        }
        #expect(
            MaterialsReader.plainLocal("佐证/0508-签到表.jpg", directory: ["activities", "2025-05"], paths: paths) != nil)
        #expect(MaterialsReader.plainLocal("../a.jpg", directory: ["activities", "2025-05", "x"], paths: paths) == nil)
        #expect(MaterialsReader.plainLocal(".../x.jpg", directory: ["activities", "2025-05"], paths: paths) != nil)
    }
}
