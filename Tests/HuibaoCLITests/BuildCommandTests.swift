import Foundation
import HuibaoTestSupport
import Testing

/// End-to-end: the built binary on fixture folders, as a user runs it.
@Suite("huibao build (the built binary)", .serialized)
struct BuildCommandTests {
    /// A copy of a fixture in a temporary folder, so builds never write into the repository.
    func copy(_ source: URL) throws -> URL {
        let folder = try Fixtures.temporaryFolder().appendingPathComponent("site")
        try FileManager.default.copyItem(at: source, to: folder)
        try? FileManager.default.removeItem(at: folder.appendingPathComponent("expected"))
        return folder
    }

    @Test func buildsTheBasicSiteIntoPublic() throws {
        let site = try copy(Fixtures.site("basic"))
        let result = try CommandRunner.huibao(["build", "--source", site.path, "--as-of", "2025-10-20"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("统计截至 2025年10月20日"))
        #expect(FileManager.default.fileExists(atPath: site.appendingPathComponent("public/index.html").path))
        #expect(FileManager.default.fileExists(atPath: site.appendingPathComponent("public/data/indicators.csv").path))
        #expect(result.stderr.contains("Content/activities/2025-05/宣讲.md:20:"))
        #expect(result.stderr.contains("警告"))
    }

    @Test func twoRunsGiveByteIdenticalSites() throws {
        let first = try Fixtures.temporaryFolder().appendingPathComponent("a")
        let second = try Fixtures.temporaryFolder().appendingPathComponent("b")
        for output in [first, second] {
            let result = try CommandRunner.huibao([
                "build", "--source", Fixtures.repositoryRoot.path, "--output", output.path, "--as-of", "2025-12-31",
            ])
            #expect(result.status == 0, "\(result.stderr)")
        }
        let differences = try Snapshot.compareFoldersIgnoringRecording(actual: second, expected: first)
        #expect(differences.isEmpty, "\(Snapshot.describe(differences))")
        #expect(Fixtures.files(in: first).count > 100)
    }

    @Test func defaultAsOfIsTodayInShanghaiUnlessTZIsSet() throws {
        func today(_ zone: String) -> String {
            var calendar = Calendar(identifier: .gregorian)
            calendar.timeZone = TimeZone(identifier: zone)!
            let parts = calendar.dateComponents([.year, .month, .day], from: Date())
            return String(format: "%04d-%02d-%02d", parts.year!, parts.month!, parts.day!)
        }
        for (tz, zone) in [
            ("", "Asia/Shanghai"), ("Pacific/Kiritimati", "Pacific/Kiritimati"), ("America/Adak", "America/Adak"),
        ] {
            let site = try copy(Fixtures.site("basic"))
            let before = today(zone)
            let result = try CommandRunner.huibao(["build", "--source", site.path], environment: ["TZ": tz])
            let after = today(zone)
            #expect(result.status == 0, "\(result.stderr)")
            let json = try String(contentsOf: site.appendingPathComponent("public/data/progress.json"), encoding: .utf8)
            #expect(json.contains("\"as_of\": \"\(before)\"") || json.contains("\"as_of\": \"\(after)\""), "\(zone)")
        }
    }

    @Test func errorsAreReportedAtTheUsersLineAndKeepThePreviousOutput() throws {
        let site = try copy(Fixtures.site("basic"))
        let first = try CommandRunner.huibao(["build", "--source", site.path, "--as-of", "2025-10-20"])
        #expect(first.status == 0)
        let before = try Data(contentsOf: site.appendingPathComponent("public/index.html"))
        let filesBefore = Fixtures.files(in: site.appendingPathComponent("public"))

        let broken = site.appendingPathComponent("Content/activities/2025-06/宣讲.md")
        var text = try String(contentsOf: broken, encoding: .utf8)
        text = text.replacingOccurrences(of: "date: 2025-06-12", with: "date: 2025-02-30")
        text = text.replacingOccurrences(of: "category: 宣传教育", with: "category: 宣传教有")
        try Data(text.utf8).write(to: broken)

        let second = try CommandRunner.huibao(["build", "--source", site.path, "--as-of", "2025-10-20"])
        #expect(second.status == 1)
        #expect(
            second.stderr.contains("Content/activities/2025-06/宣讲.md:3:7: 错误: “date”的日期“2025-02-30”不存在"),
            "\(second.stderr)")
        #expect(
            second.stderr.contains(
                "Content/activities/2025-06/宣讲.md:4:11: 错误: 服务类别“宣传教有”不在 indicators.yml 中；是不是“宣传教育”？"))
        #expect(second.stderr.contains("没有生成网站"))
        #expect(try Data(contentsOf: site.appendingPathComponent("public/index.html")) == before)
        #expect(Fixtures.files(in: site.appendingPathComponent("public")) == filesBefore)
    }

    @Test func refusesAFolderItDidNotWrite() throws {
        let site = try copy(Fixtures.site("basic"))
        let mine = site.appendingPathComponent("mine")
        try FileManager.default.createDirectory(at: mine, withIntermediateDirectories: true)
        try Data("keep".utf8).write(to: mine.appendingPathComponent("notes.txt"))
        let result = try CommandRunner.huibao([
            "build", "--source", site.path, "--output", mine.path, "--as-of", "2025-10-20",
        ])
        #expect(result.status == 2)
        #expect(result.stderr.contains("不是 huibao 生成的"))
        #expect(Fixtures.files(in: mine) == ["notes.txt"])

        let content = try CommandRunner.huibao([
            "build", "--source", site.path, "--output", site.appendingPathComponent("Content").path, "--as-of",
            "2025-10-20",
        ])
        #expect(content.status == 2)
        #expect(content.stderr.contains("Content/"))
    }

    @Test func aSitesOwnTemplateReplacesOnlyThatTemplate() throws {
        let site = try copy(Fixtures.site("basic"))
        let templates = site.appendingPathComponent("Templates")
        try FileManager.default.createDirectory(at: templates, withIntermediateDirectories: true)
        try Data("body { color: teal; }\n".utf8).write(to: templates.appendingPathComponent("style.css"))
        try Data("<h1>本月：{{month}}</h1>\n".utf8).write(to: templates.appendingPathComponent("month.mustache"))
        let result = try CommandRunner.huibao(["build", "--source", site.path, "--as-of", "2025-10-20"])
        #expect(result.status == 0, "\(result.stderr)")
        let css = try String(contentsOf: site.appendingPathComponent("public/css/huibao.css"), encoding: .utf8)
        // The site's own style.css, then the default chart rules (charts.css, a template of its own).
        #expect(css.hasPrefix("body { color: teal; }\n/* The inline SVG charts"))
        #expect(css.contains(".headcount .shortfall") && !css.contains(".facts"))
        let month = try String(
            contentsOf: site.appendingPathComponent("public/months/2025-06/index.html"), encoding: .utf8)
        #expect(month.contains("<h1>本月：2025年6月</h1>"))
        #expect(month.contains("<nav aria-label=\"主导航\">"))  // the default layout still wraps it

        try Data("{{#broken}}\n".utf8).write(to: templates.appendingPathComponent("month.mustache"))
        let broken = try CommandRunner.huibao(["build", "--source", site.path, "--as-of", "2025-10-20"])
        #expect(broken.status == 1)
        #expect(broken.stderr.contains("Templates/month.mustache"), "\(broken.stderr)")
        #expect(
            try String(contentsOf: site.appendingPathComponent("public/months/2025-06/index.html"), encoding: .utf8)
                == month)
    }

    @Test func missingContentFolderExitsWithTwo() throws {
        let empty = try Fixtures.temporaryFolder()
        let result = try CommandRunner.huibao(["build", "--source", empty.path])
        #expect(result.status == 2)
        #expect(result.stderr.contains("找不到 Content/"))
    }

    @Test func badAsOfIsAUsageError() throws {
        let result = try CommandRunner.huibao([
            "build", "--source", Fixtures.site("basic").path, "--as-of", "2025-13-01",
        ])
        #expect(result.status == 64)
        #expect(result.stderr.contains("--as-of"))
    }

}

/// `huibao check`: exit codes and the JSON form for editors and CI.
@Suite("huibao check (the built binary)")
struct CheckCommandTests {
    @Test func cleanContentExitsZero() throws {
        let result = try CommandRunner.huibao([
            "check", "--source", Fixtures.repositoryRoot.path, "--as-of", "2025-10-20",
        ])
        #expect(result.status == 0, "\(result.stdout)")
        #expect(result.stdout.contains("没有发现问题"))
    }

    @Test func jsonListsEveryDiagnosticWithAStableCode() throws {
        let folder = try Fixtures.invalid("unknown-category")
        let result = try CommandRunner.huibao([
            "check", "--source", folder.path, "--format", "json", "--as-of", "2025-10-20",
        ])
        #expect(result.status == 1)
        let json = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as! [String: Any]
        #expect(json["errors"] as? Int == 1)
        #expect(json["warnings"] as? Int == 0)
        let diagnostics = json["diagnostics"] as! [[String: Any]]
        #expect(diagnostics.count == 1)
        #expect(diagnostics[0]["file"] as? String == "Content/activities/2025-05/a.md")
        #expect(diagnostics[0]["line"] as? Int == 4)
        #expect(diagnostics[0]["column"] as? Int == 11)
        #expect(diagnostics[0]["severity"] as? String == "error")
        #expect(diagnostics[0]["code"] as? String == "category.unknown")
    }

    @Test func couldNotRunExitsTwoAndBadUsageSixtyFour() throws {
        let empty = try Fixtures.temporaryFolder()
        #expect(try CommandRunner.huibao(["check", "--source", empty.path]).status == 2)
        #expect(try CommandRunner.huibao(["check", "--format", "xml"]).status == 64)
        #expect(try CommandRunner.huibao(["check", "--source", empty.path, "--as-of", "2025-02-30"]).status == 64)
    }
}

/// `huibao build --public`: what readers outside the two parties may see.
@Suite("huibao build --public (the built binary)")
struct PublicBuildTests {
    @Test func holdsNoPersonalDataNoInternalTextNoDraftsAndNoStaffNames() throws {
        let site = try Fixtures.temporaryFolder().appendingPathComponent("site")
        try FileManager.default.copyItem(at: Fixtures.site("basic"), to: site)
        try? FileManager.default.removeItem(at: site.appendingPathComponent("expected"))
        let activity = site.appendingPathComponent("Content/activities/2025-05/宣讲.md")
        var text = try String(contentsOf: activity, encoding: .utf8)
        text += "\n困难职工王某，电话 138-0013-8000，身份证号11010519491231002X。\n"
        try Data(text.utf8).write(to: activity)
        let team = try CommandRunner.huibao(["build", "--source", site.path, "--as-of", "2025-10-20", "--drafts"])
        #expect(team.status == 0, "\(team.stderr)")
        #expect(team.stderr.contains("警告: 这里有手机号“138-0013-8000”"), "\(team.stderr)")
        let teamText = try allText(site.appendingPathComponent("public"))
        #expect(teamText.contains("138-0013-8000") && teamText.contains("还没写完的宣讲") && teamText.contains("张三"))

        let output = site.appendingPathComponent("public-site")
        let result = try CommandRunner.huibao([
            "build", "--public", "--source", site.path, "--output", output.path, "--as-of", "2025-10-20",
        ])
        #expect(result.status == 0, "\(result.stderr)")
        let all = try allText(output)
        for secret in [
            "138-0013-8000", "13800138000", "11010519491231002X", "19491231",  // personal data
            "走访了 5 户", "困难职工摸底（内部）",  // the internal write-up's text and title
            "还没写完的宣讲", "草稿正文",  // the draft
            "张三", "李四", "王五", "赵六", "钱七",  // staff, roster names and authors
            "审核中的稿件",  // an article not yet submitted
        ] {
            #expect(!all.contains(secret), "«\(secret)» leaked")
        }
        #expect(all.contains("138-****-8000") || all.contains("138****8000"))
        #expect(all.contains("110105********002X"))
        #expect(all.contains("内部记录"))
        #expect(
            !FileManager.default.fileExists(
                atPath: output.appendingPathComponent("activities/2025-06/宣讲/index.html").path))
        #expect(LinkCheck.brokenLinks(in: output).isEmpty, "\(LinkCheck.brokenLinks(in: output))")
    }

    @Test func publicAndDraftsTogetherIsAUsageError() throws {
        let result = try CommandRunner.huibao([
            "build", "--public", "--drafts", "--source", Fixtures.site("basic").path,
        ])
        #expect(result.status == 64)
    }

    /// Every text file of a built site, concatenated.
    func allText(_ folder: URL) throws -> String {
        try Fixtures.files(in: folder).filter { !$0.hasSuffix(".svg") }.map {
            String(decoding: try Data(contentsOf: folder.appendingPathComponent($0)), as: UTF8.self)
        }.joined(separator: "\n")
    }
}
