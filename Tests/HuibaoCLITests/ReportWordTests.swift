import Foundation
import HuibaoPhotos
import HuibaoTestSupport
import Testing

/// `huibao report <id> --docx` on a copy of the example project: read back by python-docx,
/// converted by LibreOffice, the same bytes on a rerun, under 10 MB with twenty phone photos.
@Suite("The evaluator report in Word (the built binary)", .serialized)
struct ReportWordTests {
    /// A copy of the example project (its Content/ only).
    static func example() throws -> URL {
        let project = try Fixtures.temporaryFolder().appendingPathComponent("project")
        try FileManager.default.createDirectory(at: project, withIntermediateDirectories: true)
        try FileManager.default.copyItem(
            at: Fixtures.repositoryRoot.appendingPathComponent("Content"), to: project.appendingPathComponent("Content")
        )
        return project
    }

    /// The Word and the HTML report of `project`'s mid-term evaluation.
    static func reports(_ project: URL, environment: [String: String] = [:]) throws -> (docx: URL, html: String) {
        let docx = project.appendingPathComponent("reports/midterm.docx")
        let word = try CommandRunner.huibao(
            ["report", "midterm", "--docx", "--source", project.path], environment: environment)
        #expect(word.status == 0, "\(word.stderr)")
        #expect(word.stdout.contains("已生成 Word 评估报告 → \(docx.path)"), "\(word.stdout)")
        let html = try CommandRunner.huibao(["report", "midterm", "--source", project.path], environment: environment)
        #expect(html.status == 0, "\(html.stderr)")
        return (docx, try String(contentsOf: project.appendingPathComponent("reports/midterm.html"), encoding: .utf8))
    }

    /// The title of each section of the HTML report (an `<h2>` opening a `<section>`; a
    /// write-up's own `##` headings are not sections).
    static func htmlSections(_ html: String) -> [String] {
        var titles: [String] = []
        let pieces = html.components(separatedBy: "\n<h2>")
        for (before, after) in zip(pieces, pieces.dropFirst()) {
            guard let line = before.split(separator: "\n").last, line.hasPrefix("<section id=\"") else { continue }
            titles.append(String(after.prefix { $0 != "<" }))
        }
        return titles
    }

    @Test(.enabled(if: OfficeTools.shouldRun))
    func pythonDocxReadsTheHTMLReportsSectionsInOrderWithTheirChartsAndTables() throws {
        let project = try Self.example()
        let (docx, html) = try Self.reports(project)
        let check = try OfficeTools.packageCheck(docx)
        #expect(check.isConsistent, "\(check.problems)")
        let dump = try OfficeTools.docx(docx)

        // The same sections in the same order, as Word headings (level 1), under a TOC field.
        #expect(dump.headings.filter { $0.level == 1 }.map(\.text) == Self.htmlSections(html))
        #expect(dump.toc)
        #expect(dump.sections.allSatisfy { $0.isA4Portrait })
        #expect(dump.sections.first?.footerFields.contains("NUMPAGES") == true)
        #expect(dump.core.title == "中期评估报告 · 郑州市中原区总工会关于购买工会社会化服务项目")

        // The 自评评分表: every item row with its two blank columns for the evaluators.
        // (One table per dimension.)
        let scoring = dump.tables.filter { $0.rows.first?.contains("评估得分") == true }
        #expect(scoring.count >= 2)
        #expect(scoring.allSatisfy { $0.headerRepeats && $0.borders })
        let header = try #require(scoring.first?.rows.first)
        let blank = [try #require(header.firstIndex(of: "评估得分")), try #require(header.firstIndex(of: "扣分原因"))]
        let items = scoring.flatMap { $0.rows.dropFirst() }
        #expect(items.count >= 10)
        #expect(items.allSatisfy { row in blank.allSatisfy { row[$0].isEmpty } })
        #expect(items.allSatisfy { !$0[5].isEmpty }, "every item has its 自评得分 (or 待评)")
        #expect(dump.paragraphs.contains { $0.text.hasPrefix("乙方（盖章）：郑州高新区舜华社会工作服务中心") })
        #expect(dump.paragraphs.contains { $0.text.hasPrefix("负责人（签字）：") })
        #expect(dump.headings.contains { $0.text == "待补材料" })

        // Each burn-up chart of the HTML is a PNG, and so is the headcount chart; the body's image too.
        let burnUps = html.components(separatedBy: "<svg class=\"burnup\"").count - 1
        let headcounts = html.components(separatedBy: "<svg class=\"headcount\"").count - 1
        let pictures = html.components(separatedBy: "<img ").count - 1
        #expect(burnUps > 5 && headcounts == 1)
        let charts = dump.images.filter { $0.widthPx == 1280 && $0.contentType == "image/png" }
        #expect(charts.count == burnUps + headcounts)
        #expect(dump.images.count == burnUps + headcounts + pictures)

        // Beside each chart its numbers: one table per burn-up chart, whose last 累计完成 is the
        // indicator's value in the summary table.
        let numbers = dump.tables.filter { $0.rows.first == ["月份", "截至", "本月新增", "累计完成", "应完成", "状态"] }
        #expect(numbers.count == burnUps)
        let summary = try #require(
            dump.tables.first { $0.rows.first?.starts(with: ["服务类别", "指标", "目标", "完成值"]) == true })
        let quantitative = summary.rows.dropFirst().filter { $0[2] != "—" }
        #expect(quantitative.count == burnUps)
        for (row, table) in zip(quantitative, numbers) {
            #expect(table.rows.last?[3] == row[3], "\(row[1]): \(table.rows.last ?? []) against \(row)")
        }
        // Ledgers by the titles the HTML report gives them.
        let ledgerTitles = html.components(separatedBy: "<section id=\"l-").dropFirst().map {
            String($0.components(separatedBy: "<h3>").dropFirst().first?.prefix { $0 != "<" } ?? "")
        }
        #expect(!ledgerTitles.isEmpty)
        #expect(ledgerTitles.allSatisfy { title in dump.headings.contains { $0.level == 2 && $0.text == title } })

        let staffing = try #require(dump.tables.first { $0.rows.first == ["起", "止", "在岗人数", "与最少人数相比"] })
        #expect(staffing.rows.count >= 2)
        // The roster with its 社工证 column (an evaluator document).
        let roster = try #require(
            dump.tables.first { $0.rows.first?.first == "姓名" && $0.rows.first?.contains("备案日期") == true })
        #expect(roster.rows.first?.last == "社工证")
        #expect(roster.rows.contains { $0.first == "周梦瑶" && $0.last == "社会工作师" })

    }

    @Test(.enabled(if: OfficeTools.shouldRun))
    func libreOfficeConvertsItToAPDFWithTheChineseText() throws {
        let project = try Self.example()
        let (docx, _) = try Self.reports(project)
        let text = try OfficeTools.pdfText(docx)
        for expected in ["中期评估材料", "自评评分表", "指标完成情况一览", "付款与履约要求", "附录：活动记录一览", "第 1 页 共"] {
            #expect(text.contains(expected), "\(expected) not in the PDF's text")
        }
    }

    @Test func aRerunWritesTheSameBytesAndAForeignWordFileIsNeverOverwritten() throws {
        let project = try Self.example()
        let docx = project.appendingPathComponent("reports/midterm.docx")
        #expect(try CommandRunner.huibao(["report", "midterm", "--docx", "--source", project.path]).status == 0)
        let first = try Data(contentsOf: docx)
        #expect(try CommandRunner.huibao(["report", "midterm", "--docx", "--source", project.path]).status == 0)
        #expect(try Data(contentsOf: docx) == first)
        #expect(first.starts(with: Data("PK".utf8)))

        // A Word file the user made (here: a zip without huibao's docProps) stays as it is.
        let mine = project.appendingPathComponent("reports/我的报告.docx")
        try Data("PK\u{3}\u{4} not huibao's".utf8).write(to: mine)
        let refused = try CommandRunner.huibao([
            "report", "midterm", "--docx", "--source", project.path, "--output", mine.path,
        ])
        #expect(refused.status == 2)
        #expect(refused.stderr.contains("已存在，而且不是 huibao 生成的 Word 文件"), "\(refused.stderr)")
        #expect(try Data(contentsOf: mine) == Data("PK\u{3}\u{4} not huibao's".utf8))
        // Nor is an HTML report overwritten by a Word one, or the reverse.
        let html = project.appendingPathComponent("reports/midterm.html")
        #expect(try CommandRunner.huibao(["report", "midterm", "--source", project.path]).status == 0)
        let crossed = try CommandRunner.huibao([
            "report", "midterm", "--docx", "--source", project.path, "--output", html.path,
        ])
        #expect(crossed.status == 2)
        #expect(crossed.stderr.contains("Word 报告的文件名要以 .docx 结尾"), "\(crossed.stderr)")
        let renamed = project.appendingPathComponent("reports/midterm-html.docx")
        try FileManager.default.copyItem(at: html, to: renamed)
        let overHTML = try CommandRunner.huibao([
            "report", "midterm", "--docx", "--source", project.path, "--output", renamed.path,
        ])
        #expect(overHTML.status == 2)
        #expect(overHTML.stderr.contains("不是 huibao 生成的 Word 文件"), "\(overHTML.stderr)")
        let back = try CommandRunner.huibao(["report", "midterm", "--source", project.path, "--output", docx.path])
        #expect(back.status == 2)

        // Never into Content/ (the project's own files), never over a folder.
        let inContent = try CommandRunner.huibao([
            "report", "midterm", "--docx", "--source", project.path, "--output",
            project.appendingPathComponent("Content/报告.docx").path,
        ])
        #expect(inContent.status == 2)
        #expect(inContent.stderr.contains("报告不能写到 Content/ 里"), "\(inContent.stderr)")
        try FileManager.default.createDirectory(
            at: project.appendingPathComponent("reports/文件夹.docx"), withIntermediateDirectories: true)
        let folder = try CommandRunner.huibao([
            "report", "midterm", "--docx", "--source", project.path, "--output",
            project.appendingPathComponent("reports/文件夹.docx").path,
        ])
        #expect(folder.status == 2)
        #expect(folder.stderr.contains("是一个文件夹"), "\(folder.stderr)")

        let both = try CommandRunner.huibao(["report", "midterm", "--docx", "--pdf", "--source", project.path])
        #expect(both.status == 2)
        #expect(both.stderr.contains("--docx 和 --pdf 不能同时使用"), "\(both.stderr)")
    }

    @Test func withoutAnyFontTheChartsAreStillThere() throws {
        // fontconfig with no font folder: the labels cannot be drawn, the report is still written.
        let project = try Self.example()
        let folder = try Fixtures.temporaryFolder()
        let config = folder.appendingPathComponent("fonts.conf")
        try Data(
            "<?xml version=\"1.0\"?><fontconfig><cachedir>\(folder.path)/cache</cachedir></fontconfig>".utf8
        ).write(to: config)
        let result = try CommandRunner.huibao(
            ["report", "midterm", "--docx", "--source", project.path], environment: ["FONTCONFIG_FILE": config.path])
        #expect(result.status == 0, "\(result.stderr)")
        let entries = try OfficeTools.zipEntries(project.appendingPathComponent("reports/midterm.docx"))
        #expect(entries.filter { $0.name.hasPrefix("word/media/") && $0.name.hasSuffix(".png") }.count > 5)
    }

    @Test func aPhoneNumberInAWriteUpIsMaskedInEveryPartOfTheWordFile() throws {
        let project = try Self.example()
        let activities = project.appendingPathComponent("Content/activities")
        let file = try #require(
            FileManager.default.enumerator(atPath: activities.path)?.compactMap { $0 as? String }.sorted()
                .first { $0.hasSuffix(".md") })
        let url = activities.appendingPathComponent(file)
        try Data((try String(contentsOf: url, encoding: .utf8) + "\n报名电话 13912345678。\n").utf8).write(to: url)
        let result = try CommandRunner.huibao(["report", "midterm", "--docx", "--source", project.path])
        #expect(result.status == 0, "\(result.stderr)")
        let entries = try OfficeTools.zipEntries(project.appendingPathComponent("reports/midterm.docx"))
        let text = entries.filter { $0.name.hasSuffix(".xml") }.map { String(decoding: $0.data, as: UTF8.self) }
            .joined()
        #expect(!text.contains("13912345678"))
        #expect(text.contains("139****5678"), "masked as the HTML report masks it")
    }

    @Test func anImageWordCannotShowIsNamedAndWarnedAboutAndAFutureDateIsOnTheCover() throws {
        let project = try Self.example()
        let file = project.appendingPathComponent("Content/activities/2025-07/夏送清凉走进户外劳动者爱心驿站.md")
        // A 1×1 GIF: the HTML report shows it, Word cannot.
        let gif: [UInt8] =
            Array("GIF89a".utf8) + [1, 0, 1, 0, 0x80, 0, 0, 0, 0, 0, 0xFF, 0xFF, 0xFF, 0x21, 0xF9, 4, 1, 0, 0, 0, 0]
            + [0x2C, 0, 0, 0, 0, 1, 0, 1, 0, 0, 2, 2, 0x44, 1, 0, 0x3B]
        try Data(gif).write(to: project.appendingPathComponent("Content/assets/动图.gif"))
        let text = try String(contentsOf: file, encoding: .utf8) + "\n![动图](../../assets/动图.gif)\n"
        try Data(text.utf8).write(to: file)
        let result = try CommandRunner.huibao([
            "report", "midterm", "--docx", "--source", project.path, "--as-of", "2099-01-01",
        ])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr.contains("Content/assets/动图.gif 的格式 Word 文件不能显示"), "\(result.stderr)")
        #expect(result.stderr.contains("晚于今天，数据只到今天"), "\(result.stderr)")
        let entries = try OfficeTools.zipEntries(project.appendingPathComponent("reports/midterm.docx"))
        let document = String(
            decoding: try #require(entries.first { $0.name == "word/document.xml" }).data, as: UTF8.self)
        #expect(document.contains("［图片 动图.gif：Word 文件不能显示这种格式，请看 HTML 报告或网站］"))
        #expect(document.contains("注意：报告日期晚于今天，数据只到今天。"))
        #expect(!entries.contains { $0.name.hasSuffix(".gif") })
    }

    /// `count` different 4000×3000 phone-like JPEGs (noisy, so they compress like photos).
    static func phonePhotos(_ count: Int) throws -> [[UInt8]] {
        let width = 4000
        let height = 3000
        var rgb = [UInt8](repeating: 0, count: width * height * 3)
        var seed: UInt32 = 12345
        rgb.withUnsafeMutableBufferPointer { pixels in
            for index in stride(from: 0, to: pixels.count, by: 3) {
                seed = seed &* 1_103_515_245 &+ 12345
                let pixel = index / 3
                let (x, y) = (pixel % width, pixel / width)
                pixels[index] = UInt8(truncatingIfNeeded: x / 16 + Int(seed >> 28))
                pixels[index + 1] = UInt8(truncatingIfNeeded: y / 12 + Int(seed >> 27 & 15))
                pixels[index + 2] = UInt8(truncatingIfNeeded: (x + y) / 20 + Int(seed >> 26 & 15))
            }
        }
        return try (0..<count).map { number in
            // Each its own: a band of rows shifted by its number.
            for row in (number * 100)..<(number * 100 + 100) {
                for index in (row * width * 3)..<((row + 1) * width * 3) { rgb[index] &+= UInt8(number + 1) }
            }
            return try #require(PhotoDownscaler.encodeJPEG(width: width, height: height, rgb: rgb, quality: 92))
        }
    }

    @Test func theMidTermReportWithTwentyPhonePhotosStaysUnderTenMegabytes() throws {
        let project = try Self.example()
        let photos = try Self.phonePhotos(20)
        #expect(photos.allSatisfy { $0.count > 2_000_000 })
        let assets = project.appendingPathComponent("Content/assets/照片")
        try FileManager.default.createDirectory(at: assets, withIntermediateDirectories: true)
        // Twenty photos in a write-up before the mid-term.
        let file = project.appendingPathComponent("Content/activities/2025-07/夏送清凉走进户外劳动者爱心驿站.md")
        var text = try String(contentsOf: file, encoding: .utf8)
        for (number, photo) in photos.enumerated() {
            let name = "现场\(number + 1).jpg"
            try Data(photo).write(to: assets.appendingPathComponent(name))
            text += "\n![现场照片 \(number + 1)](../../assets/照片/\(name))\n"
        }
        try Data(text.utf8).write(to: file)
        let cache = try Fixtures.temporaryFolder()
        let result = try CommandRunner.huibao(
            ["report", "midterm", "--docx", "--source", project.path], environment: ["XDG_CACHE_HOME": cache.path])
        #expect(result.status == 0, "\(result.stderr)")
        let docx = project.appendingPathComponent("reports/midterm.docx")
        let size = try #require(try FileManager.default.attributesOfItem(atPath: docx.path)[.size] as? Int)
        #expect(size < 10_000_000, "\(size) bytes")
        let jpegs = try OfficeTools.zipEntries(docx).filter {
            $0.name.hasPrefix("word/media/") && $0.name.hasSuffix(".jpeg")
        }
        #expect(jpegs.count >= 20)
        for entry in jpegs {
            let size = try #require(PhotoDownscaler.jpegSize([UInt8](entry.data)))
            #expect(max(size.width, size.height) <= 1600, "\(entry.name): \(size)")
        }
        print("Word report with twenty 4000×3000 photos: \(size) bytes")
    }
}
