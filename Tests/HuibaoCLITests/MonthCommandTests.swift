import Foundation
import HuibaoPhotos
import HuibaoTestSupport
import Testing

/// `huibao month YYYY-MM`: the month report in Word (the default) or as one self-contained
/// HTML file, under the evaluator's rules (documents.md "The month").
@Suite("huibao month (the built binary)", .serialized)
struct MonthCommandTests {
    /// A copy of the example project (its Content/ only).
    func project() throws -> URL {
        let project = try Fixtures.temporaryFolder().appendingPathComponent("project")
        try FileManager.default.createDirectory(at: project, withIntermediateDirectories: true)
        try FileManager.default.copyItem(
            at: Fixtures.repositoryRoot.appendingPathComponent("Content"), to: project.appendingPathComponent("Content"))
        return project
    }

    func write(_ text: String, to file: URL) throws {
        try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: file)
    }

    func read(_ file: URL) throws -> String { try String(contentsOf: file, encoding: .utf8) }

    @Test func theDefaultWritesWordUnderReportsAndHTMLOnlyWhenAsked() throws {
        let project = try project()
        let result = try CommandRunner.huibao(["month", "2025-10", "--source", project.path])
        #expect(result.status == 0, "\(result.stderr)")
        let file = project.appendingPathComponent("reports/月报-2025-10.docx")
        #expect(FileManager.default.fileExists(atPath: file.path))
        #expect(result.stdout.contains("已生成2025年10月月报（Word） → \(file.path)（数据截至 2025年10月31日）"), "\(result.stdout)")
        #expect(!result.stdout.contains("本月尚未结束"))
        #expect(try Data(contentsOf: file).starts(with: [0x50, 0x4B, 0x03, 0x04]))
        let html = try CommandRunner.huibao(["month", "2025-10", "--html", "--source", project.path])
        #expect(html.status == 0, "\(html.stderr)")
        let page = try read(project.appendingPathComponent("reports/月报-2025-10.html"))
        #expect(page.contains("<dt>数据截至</dt><dd>2025年10月31日</dd>"))
        #expect(!page.contains("本月尚未结束") && !page.contains("统计截止日晚于今天"))
        #expect(html.stdout.contains("已生成2025年10月月报（HTML）"), "\(html.stdout)")
    }

    @Test func outputIsSelfContainedWithTheFourParts() throws {
        let project = try project()
        let output = project.appendingPathComponent("out/十月.html")
        let result = try CommandRunner.huibao([
            "month", "2025-10", "--html", "--source", project.path, "--output", output.path, "--date", "2025-11-03",
        ])
        #expect(result.status == 0, "\(result.stderr)")
        let html = try read(output)
        for pattern in ["<link", "src=\"http", "src=\"/", "src=\"../", "url(", "@import", "huibao-embed:"] {
            #expect(!html.contains(pattern), "\(pattern)")
        }
        #expect(html.contains("<dt>报送日期</dt><dd>2025年11月3日</dd>"))
        for heading in ["指标完成情况", "本月活动", "宣传报道"] { #expect(html.contains("<h2>\(heading)</h2>"), "\(heading)") }
        #expect(html.contains("乙方（盖章）") && html.contains("负责人（签字）"))
        #expect(html.contains("counter(pages)"))  // printed: 第 X 页 共 Y 页
        #expect(html.contains("本月活动记录 4 篇"))
        #expect(html.contains("幸福课堂走进物业企业") && html.contains("工作人员：周梦瑶、陈佳琪"))
        #expect(!FileManager.default.fileExists(atPath: project.appendingPathComponent("reports").path))
    }

    @Test func aMonthOutsideThePeriodIsAnErrorInChinese() throws {
        let project = try project()
        let result = try CommandRunner.huibao(["month", "2024-10", "--source", project.path])
        #expect(result.status == 2)
        #expect(
            result.stderr
                == "错误: 2024年10月不在服务期限内（2025年4月8日 至 2026年4月8日）；请写服务期限内的月份，如 2025-04\n")
        #expect(!FileManager.default.fileExists(atPath: project.appendingPathComponent("reports").path))
        let badMonth = try CommandRunner.huibao(["month", "2025-13", "--source", project.path])
        #expect(badMonth.status == 64)
        #expect(badMonth.stderr.contains("月份应写成 年-月，如 2025-10，这里是“2025-13”"), "\(badMonth.stderr)")
        let beforeTheMonth = try CommandRunner.huibao(["month", "2025-10", "--as-of", "2025-09-30", "--source", project.path])
        #expect(beforeTheMonth.status == 2)
        #expect(beforeTheMonth.stderr.contains("这个月还没有开始"), "\(beforeTheMonth.stderr)")
        let beforeThePeriod = try CommandRunner.huibao(["month", "2025-04", "--as-of", "2025-04-07", "--source", project.path])
        #expect(beforeThePeriod.status == 2)
        #expect(beforeThePeriod.stderr.contains("在服务期开始（2025年4月8日）之前"), "\(beforeThePeriod.stderr)")
    }

    @Test func anAsOfInsideTheMonthIsOnTheCoverAndOnTheCommandLine() throws {
        let project = try project()
        let output = project.appendingPathComponent("mid.html")
        let result = try CommandRunner.huibao([
            "month", "2025-10", "--html", "--as-of", "2025-10-10", "--source", project.path, "--output", output.path,
        ])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("本月尚未结束，数据截至 2025年10月10日"), "\(result.stdout)")
        let html = try read(output)
        #expect(html.contains("本月尚未结束，数据截至 2025年10月10日。"))
        // Only the write-ups up to the 10th: two of the month's four.
        #expect(html.contains("本月活动记录 2 篇"))
        #expect(!html.contains("<h3>集体协商要约行动推进会</h3>"))
    }

    @Test func anAsOfAfterTodayWarnsOnTheCoverAndOnStderr() throws {
        let project = try project()
        let output = project.appendingPathComponent("future.html")
        let result = try CommandRunner.huibao([
            "month", "2026-04", "--html", "--as-of", "2099-01-01", "--source", project.path, "--output", output.path,
        ])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr.contains("统计截止日期 2099年1月1日 晚于今天，数据只到今天"), "\(result.stderr)")
        let html = try read(output)
        #expect(html.contains("统计截止日晚于今天，数据只到今天"))
        #expect(html.contains("<dt>数据截至</dt><dd>2026年4月30日</dd>"))
    }

    @Test func twoRunsGiveTheSameBytes() throws {
        let project = try project()
        let first = project.appendingPathComponent("a.html")
        let second = project.appendingPathComponent("b.html")
        for file in [first, second] {
            let result = try CommandRunner.huibao([
                "month", "2025-10", "--html", "--as-of", "2025-11-05", "--source", project.path, "--output", file.path,
            ])
            #expect(result.status == 0, "\(result.stderr)")
        }
        #expect(try Data(contentsOf: first) == Data(contentsOf: second))
    }

    @Test func theOutputsExtensionPicksTheFormAndAContradictingFlagIsAUsageError() throws {
        let project = try project()
        let word = project.appendingPathComponent("月报.docx")
        let page = project.appendingPathComponent("月报.html")
        #expect(try CommandRunner.huibao(["month", "2025-10", "--source", project.path, "--output", word.path]).status == 0)
        #expect(try Data(contentsOf: word).starts(with: [0x50, 0x4B]))
        #expect(try CommandRunner.huibao(["month", "2025-10", "--source", project.path, "--output", page.path]).status == 0)
        #expect(try read(page).hasPrefix("<!DOCTYPE html>"))
        for (flag, file, message) in [
            ("--html", word, "要生成 HTML（--html），但输出文件“月报.docx”的扩展名是 .docx；请去掉 --html，或把文件名改成 .html 结尾"),
            ("--docx", page, "要生成 Word（--docx），但输出文件“月报.html”的扩展名是 .html；请去掉 --docx，或把文件名改成 .docx 结尾"),
        ] {
            let result = try CommandRunner.huibao(["month", "2025-10", flag, "--source", project.path, "--output", file.path])
            #expect(result.status == 64)
            #expect(result.stderr.contains(message), "\(result.stderr)")
        }
        let both = try CommandRunner.huibao(["month", "2025-10", "--docx", "--html", "--source", project.path])
        #expect(both.status == 64 && both.stderr.contains("--docx 和 --html 只能选一个"), "\(both.stderr)")
        #expect(!FileManager.default.fileExists(atPath: project.appendingPathComponent("reports").path))
    }

    @Test func wordNeverReplacesAWordFileHuibaoDidNotWrite() throws {
        let project = try project()
        let mine = project.appendingPathComponent("我的月报.docx")
        try Data("PK\u{3}\u{4}not really a zip".utf8).write(to: mine)
        let result = try CommandRunner.huibao(["month", "2025-10", "--source", project.path, "--output", mine.path])
        #expect(result.status == 2)
        #expect(result.stderr.contains("已存在，而且不是 huibao 生成的 Word 文件"), "\(result.stderr)")
        #expect(try Data(contentsOf: mine) == Data("PK\u{3}\u{4}not really a zip".utf8))
        // One huibao wrote is replaced.
        let earlier = project.appendingPathComponent("月报.docx")
        for _ in 0..<2 {
            let again = try CommandRunner.huibao(["month", "2025-10", "--source", project.path, "--output", earlier.path])
            #expect(again.status == 0, "\(again.stderr)")
        }
    }

    @Test func theOutputIsNeverInContentNorOverAFileHuibaoDidNotWrite() throws {
        let project = try project()
        let inside = try CommandRunner.huibao([
            "month", "2025-10", "--source", project.path, "--output",
            project.appendingPathComponent("Content/月报.html").path,
        ])
        #expect(inside.status == 2)
        #expect(inside.stderr.contains("报告不能写到 Content/ 里"), "\(inside.stderr)")
        let mine = project.appendingPathComponent("我的月报.html")
        try write("<html>我自己写的</html>", to: mine)
        let over = try CommandRunner.huibao(["month", "2025-10", "--source", project.path, "--output", mine.path])
        #expect(over.status == 2)
        #expect(try read(mine) == "<html>我自己写的</html>")
        // An earlier month report is replaced.
        let earlier = project.appendingPathComponent("earlier.html")
        for _ in 0..<2 {
            let result = try CommandRunner.huibao(["month", "2025-10", "--source", project.path, "--output", earlier.path])
            #expect(result.status == 0, "\(result.stderr)")
        }
    }

    @Test func theEvaluatorRulesHold() throws {
        let project = try project()
        let october = project.appendingPathComponent("Content/activities/2025-10")
        try write(
            """
            ---
            标题: 困难职工家访记录
            日期: 2025-10-21
            服务类别: 困难帮扶
            内部: 是
            参与人数: 3
            服务企业: [家访所在企业]
            工作人员: [王芳]
            ---
            家访对象电话13800138000。
            """, to: october.appendingPathComponent("家访.md"))
        try write(
            """
            ---
            标题: 还没写完的活动
            日期: 2025-10-22
            服务类别: 困难帮扶
            草稿: 是
            参与人数: 1000
            ---
            草稿正文。
            """, to: october.appendingPathComponent("草稿.md"))
        let ordinary = october.appendingPathComponent("幸福课堂走进物业企业.md")
        try write(try read(ordinary).replacingOccurrences(of: "地点: 郑州锦程物业服务有限公司职工之家", with: "地点: 职工之家（联系电话 13912345678）"), to: ordinary)
        let output = project.appendingPathComponent("out.html")
        let result = try CommandRunner.huibao(["month", "2025-10", "--source", project.path, "--output", output.path])
        #expect(result.status == 0, "\(result.stderr)")
        let html = try read(output)
        for secret in ["困难职工家访记录", "家访所在企业", "13800138000", "13912345678", "还没写完的活动", "草稿正文"] {
            #expect(!html.contains(secret), "«\(secret)» in the month report")
        }
        #expect(html.contains("139****5678"))
        #expect(html.contains("<h3>内部记录</h3>"))
        // The internal write-up counts in the totals (its figures stay), the draft does not.
        #expect(html.contains("本月活动记录 5 篇"))
        #expect(html.contains("工作人员：周梦瑶、陈佳琪"))
    }

    @Test func eachWriteUpShowsItsReportPhotoDownscaled() throws {
        let project = try project()
        let width = 2400
        let height = 1800
        var rgb = [UInt8](repeating: 0, count: width * height * 3)
        for index in stride(from: 0, to: rgb.count, by: 3) { rgb[index] = UInt8(truncatingIfNeeded: index / 7) }
        let photo = try #require(PhotoDownscaler.encodeJPEG(width: width, height: height, rgb: rgb, quality: 90))
        let october = project.appendingPathComponent("Content/activities/2025-10")
        try Data(photo).write(to: october.appendingPathComponent("合影.jpg"))
        try Data(photo).write(to: project.appendingPathComponent("Content/assets/正文.jpg"))
        let withPhoto = october.appendingPathComponent("幸福课堂走进物业企业.md")
        try write(try read(withPhoto).replacingOccurrences(of: "标签:", with: "报告照片: 合影.jpg\n标签:"), to: withPhoto)
        let withBodyImage = october.appendingPathComponent("集体协商要约行动推进会.md")
        try write(try read(withBodyImage) + "\n![演出](../../assets/正文.jpg)\n", to: withBodyImage)
        let output = project.appendingPathComponent("photos.html")
        let result = try CommandRunner.huibao(["month", "2025-10", "--source", project.path, "--output", output.path])
        #expect(result.status == 0, "\(result.stderr)")
        let html = try read(output)
        let embedded = html.components(separatedBy: "src=\"data:image/jpeg;base64,").dropFirst().compactMap {
            Data(base64Encoded: String($0.prefix { $0 != "\"" })).map { [UInt8]($0) }
        }
        // Its 报告照片, a body image, and (the example's 豫剧 write-up) the 报告照片 among its evidence photos.
        let sizes = embedded.compactMap { PhotoDownscaler.jpegSize($0) }.map { max($0.width, $0.height) }
        #expect(sizes.count == 3)
        #expect(sizes.filter { (1200...1600).contains($0) }.count == 2, "\(sizes)")
        // A report photo that does not exist stops the month report, at its line.
        try write(try read(withPhoto).replacingOccurrences(of: "报告照片: 合影.jpg", with: "报告照片: 合照.jpg"), to: withPhoto)
        let missing = try CommandRunner.huibao(["month", "2025-10", "--source", project.path, "--output", output.path])
        #expect(missing.status == 1)
        #expect(missing.stderr.contains("报告照片“合照.jpg”不存在"), "\(missing.stderr)")
        #expect(missing.stderr.contains("幸福课堂走进物业企业.md:15:7: 错误: "))
    }

    /// October (parts 1–6, notes included) and December, whose part 7 carries the 勘误 of the
    /// example's submitted November (a write-up changed after it was handed in).
    @Test(arguments: [("2025-10", "2025-11-05"), ("2025-12", "2026-01-05")])
    func goldenMonthReport(_ month: String, _ asOf: String) throws {
        let output = try Fixtures.temporaryFolder().appendingPathComponent("月报-\(month).html")
        let result = try CommandRunner.huibao([
            "month", month, "--html", "--as-of", asOf, "--source", Fixtures.repositoryRoot.path,
            "--output", output.path,
        ])
        #expect(result.status == 0, "\(result.stderr)")
        let html = try read(output)
        if month == "2025-12" { #expect(html.contains("<h2>勘误</h2>") && html.contains("2025年11月已报送")) }
        let problem = try Snapshot.compareText(
            html, expected: Fixtures.folder.appendingPathComponent("golden/month-report/月报-\(month).html"))
        #expect(problem == nil, "\(problem ?? "")")
    }
}
