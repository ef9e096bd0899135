import Foundation
import HuibaoBuild
import HuibaoModel
import HuibaoTestSupport
import Testing

/// `huibao new`: a file whose front matter parses back, never written over an existing one.
@Suite("huibao new (the built binary)", .serialized)
struct NewCommandTests {
    /// A copy of the basic fixture's `Content/` in a temporary project folder.
    func project() throws -> URL {
        let folder = try Fixtures.temporaryFolder().appendingPathComponent("project")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try FileManager.default.copyItem(
            at: Fixtures.site("basic").appendingPathComponent("Content"), to: folder.appendingPathComponent("Content"))
        return folder
    }

    func parse(_ project: URL) throws -> LoadedProject {
        var clock = StageClock(total: 3)
        return try ProjectLoader.load(source: project, asOf: Today.day(), clock: &clock)
    }

    @Test func anArticleParsesBack() throws {
        let project = try project()
        let title = "中原区: 职工“维权”律师/服务团 #成立"
        let result = try CommandRunner.huibao(["new", "article", title, "--source", project.path])
        #expect(result.status == 0, "\(result.stderr)")
        let path = "Content/articles/中原区-职工“维权”律师-服务团-成立.md"
        #expect(result.stdout == project.path + "/" + path + "\n")
        let text = try String(contentsOf: project.appendingPathComponent(path), encoding: .utf8)
        #expect(text.contains("\n作者:\n状态: 草稿\n报送渠道:\n---\n"))

        let parsed = try parse(project)
        // The author is left to fill in, and review says so; nothing else.
        let own = parsed.diagnostics.filter { $0.position.file == path && $0.code != "date.outside-period" }
        #expect(own.map(\.code) == ["article.no-author"], "\(own.map(\.formatted))")
        let article = try #require(parsed.content?.articles.first { $0.file == path })
        #expect(article.title == title)
        #expect(article.date == Today.day())
        #expect(article.status == .draft && article.author == nil && article.outlets.isEmpty)
        #expect(article.slug == "中原区-职工“维权”律师-服务团-成立")
    }

    @Test func anActivityParsesBackInItsMonthFolder() throws {
        let project = try project()
        let result = try CommandRunner.huibao([
            "new", "activity", "夏送清凉 走进驿站", "--category", "宣传教育", "--source", project.path,
        ])
        #expect(result.status == 0, "\(result.stderr)")
        let today = Today.day()
        let path = "Content/activities/\(today.month.isoText)/夏送清凉-走进驿站.md"
        #expect(result.stdout == project.path + "/" + path + "\n")
        let parsed = try parse(project)
        // Today may lie outside the fixture's service period; the untouched template says it is
        // still empty (`activity.empty`): those are the only warnings allowed.
        let own = parsed.diagnostics.filter { $0.position.file == path && $0.code != "date.outside-period" }
        #expect(own.map(\.code) == ["activity.empty"], "\(own.map(\.formatted))")
        let activity = try #require(parsed.content?.activities.first { $0.file == path })
        #expect(activity.title == "夏送清凉 走进驿站" && activity.category == "宣传教育" && activity.date == today)
        #expect(activity.counts.isEmpty && activity.location == nil && !activity.isDraft)
    }

    @Test func anActivityWithoutACategoryIsLeftToFillIn() throws {
        let project = try project()
        let result = try CommandRunner.huibao(["new", "活动", "座谈会", "--source", project.path])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr.contains("提示: 还没有填写服务类别"))
        let path = "Content/activities/\(Today.day().month.isoText)/座谈会.md"
        let text = try String(contentsOf: project.appendingPathComponent(path), encoding: .utf8)
        #expect(text.contains("\n服务类别:\n指标:\n"))
    }

    @Test func refusesACategoryNotInIndicators() throws {
        let project = try project()
        let result = try CommandRunner.huibao([
            "new", "activity", "座谈会", "--category", "宣传", "--source", project.path,
        ])
        #expect(result.status == 1)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr.hasPrefix("错误: 服务类别“宣传”不在 indicators.yml 中；可以用："))
        #expect(result.stderr.contains("宣传教育"))
        let month = project.appendingPathComponent("Content/activities/\(Today.day().month.isoText)/座谈会.md")
        #expect(!FileManager.default.fileExists(atPath: month.path))
    }

    @Test func refusesToOverwrite() throws {
        let project = try project()
        let file = project.appendingPathComponent("Content/articles/first.md")
        let before = try Data(contentsOf: file)
        let result = try CommandRunner.huibao(["new", "article", "first", "--source", project.path])
        #expect(result.status == 1)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr == "错误: Content/articles/first.md 已经存在，没有覆盖；请换一个标题，或者直接编辑这个文件\n")
        #expect(try Data(contentsOf: file) == before)
    }

    @Test func badCommandLines() throws {
        let project = try project()
        let withCategory = try CommandRunner.huibao([
            "new", "article", "稿件", "--category", "宣传教育", "--source", project.path,
        ])
        #expect(withCategory.status == 64)
        #expect(withCategory.stderr.contains("--category 只用于活动记录"))
        let noName = try CommandRunner.huibao(["new", "article", "#?%", "--source", project.path])
        #expect(noName.status == 64)
        #expect(noName.stderr.contains("没有能用作文件名的字符"))
        let noContent = try CommandRunner.huibao([
            "new", "article", "稿件", "--source", project.appendingPathComponent("Content").path,
        ])
        #expect(noContent.status == 2)
        #expect(noContent.stderr.contains("找不到 Content/ 文件夹"))
    }

    @Test func titlesBecomeSafeFileNamesAndYAML() throws {
        #expect(NewContentFile.fileName(for: "宣讲 活动") == "宣讲-活动")
        #expect(NewContentFile.fileName(for: "../上级") == "上级")
        #expect(NewContentFile.fileName(for: ".hidden.") == "hidden")
        #expect(NewContentFile.fileName(for: "a:b*c<d>e|f\"g") == "a-b-c-d-e-fg")
        #expect(NewContentFile.fileName(for: String(repeating: "长", count: 200)).utf8.count <= 240)
        #expect(NewContentFile.yamlText("夏送清凉") == "夏送清凉")
        #expect(NewContentFile.yamlText("主题：宣讲") == "\"主题：宣讲\"")
        #expect(NewContentFile.yamlText("- 列表") == "\"- 列表\"")
        #expect(NewContentFile.yamlText("a \"b\" \\c") == "a \"b\" \\c")
        #expect(NewContentFile.yamlText("\"b\"") == "\"\\\"b\\\"\"")
    }
}

/// `huibao new --date`: last month's work filed under last month, and the date always said.
extension NewCommandTests {
    @Test func anActivityWithADateGoesToThatMonth() throws {
        let project = try project()
        let result = try CommandRunner.huibao([
            "new", "activity", "律师进企业", "--category", "宣传教育", "--date", "2025-11-18", "--source", project.path,
        ])
        #expect(result.status == 0, "\(result.stderr)")
        let path = "Content/activities/2025-11/律师进企业.md"
        #expect(result.stdout == project.path + "/" + path + "\n")
        #expect(result.stderr == "日期: 2025-11-18\n")
        let text = try String(contentsOf: project.appendingPathComponent(path), encoding: .utf8)
        #expect(text.contains("\n日期: 2025-11-18\n"))
        let activity = try #require(try parse(project).content?.activities.first { $0.file == path })
        #expect(activity.date == Day(year: 2025, month: 11, day: 18))
    }

    @Test func theDateIsReadAsPeopleWriteIt() throws {
        let project = try project()
        let result = try CommandRunner.huibao([
            "new", "article", "稿件", "--date", "2025年6月3日", "--source", project.path,
        ])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr == "日期: 2025-06-03\n")
        let text = try String(contentsOf: project.appendingPathComponent("Content/articles/稿件.md"), encoding: .utf8)
        #expect(text.contains("\n日期: 2025-06-03\n"))
    }

    @Test func withoutADateItSaysItUsedToday() throws {
        let project = try project()
        let result = try CommandRunner.huibao(["new", "activity", "座谈", "--category", "宣传教育", "--source", project.path])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr.hasPrefix("日期: \(Today.day().isoText)（今天；补写以前的活动请加 --date"))
    }

    @Test func aDateThatIsNotOneIsRefused() throws {
        let project = try project()
        let result = try CommandRunner.huibao(["new", "activity", "座谈", "--date", "11月18日", "--source", project.path])
        #expect(result.status != 0)
        #expect(result.stderr.contains("--date 应为日期，如 2026-11-18，这里是“11月18日”"))
        #expect(
            !FileManager.default.fileExists(
                atPath: project.appendingPathComponent("Content/activities").path + "/座谈.md"))
    }

    @Test func monthNotesHaveTheThreeHeadingsAndParseBack() throws {
        let project = try project()
        let result = try CommandRunner.huibao(["new", "month", "2025-10", "--source", project.path])
        #expect(result.status == 0, "\(result.stderr)")
        let path = "Content/months/2025-10.md"
        #expect(result.stdout == project.path + "/" + path + "\n")
        let text = try String(contentsOf: project.appendingPathComponent(path), encoding: .utf8)
        #expect(text == "---\n标题: 2025年10月工作小结\n---\n\n## 本月小结\n\n\n## 存在问题\n\n\n## 下月计划\n\n")
        let parsed = try parse(project)
        #expect(parsed.diagnostics.filter { $0.position.file == path }.isEmpty)
        let note = try #require(parsed.content?.monthNotes[Month(year: 2025, month: 10)!])
        #expect(note.title == "2025年10月工作小结")
        #expect(note.summary?.html == "")
        // `2025-6` is June, written as 2025-06.
        let june = try CommandRunner.huibao(["new", "month", "2025-6", "--source", project.path])
        #expect(june.stdout == project.path + "/Content/months/2025-06.md\n")
    }

    @Test func monthNotesAreNeverWrittenOver() throws {
        let project = try project()
        let file = project.appendingPathComponent("Content/months/2025-10.md")
        try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data("## 本月小结\n\n已经写好的小结。\n".utf8).write(to: file)
        let result = try CommandRunner.huibao(["new", "month", "2025-10", "--source", project.path])
        #expect(result.status == 1)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr == "错误: Content/months/2025-10.md 已经存在，没有覆盖；请直接编辑这个文件\n")
        #expect(try String(contentsOf: file, encoding: .utf8) == "## 本月小结\n\n已经写好的小结。\n")
    }

    @Test(arguments: ["2025年10月", "2025-13", "10", ""])
    func aBadMonthIsAChineseUsageError(_ month: String) throws {
        let project = try project()
        let result = try CommandRunner.huibao(["new", "month", month, "--source", project.path])
        #expect(result.status == 64)
        #expect(
            result.stderr.hasPrefix("错误: 月份应写成“年-月”，如 huibao new month 2025-10，这里写的是“\(month)”\n"), "\(result.stderr)")
        #expect(!FileManager.default.fileExists(atPath: project.appendingPathComponent("Content/months").path))
    }

    @Test func monthNotesTakeNoCategoryNorDate() throws {
        let project = try project()
        let result = try CommandRunner.huibao([
            "new", "month", "2025-10", "--date", "2025-10-31", "--source", project.path,
        ])
        #expect(result.status == 64)
        #expect(result.stderr.hasPrefix("错误: 月度小结只要写月份"), "\(result.stderr)")
    }

    @Test func aMonthOutsideThePeriodIsRefused() throws {
        // The basic fixture's period runs from 2025-04-08 to 2026-04-08.
        let project = try project()
        let result = try CommandRunner.huibao(["new", "month", "2026-05", "--source", project.path])
        #expect(result.status == 1)
        #expect(result.stdout.isEmpty)
        #expect(
            result.stderr
                == "错误: 2026年5月不在服务期限内（2025年4月8日 至 2026年4月8日）；请写服务期限内的月份，如 2025-04。没有新建文件。\n"
        )
        #expect(!FileManager.default.fileExists(atPath: project.appendingPathComponent("Content/months").path))
    }
}
