import Foundation
import HuibaoPhotos
import HuibaoTestSupport
import Testing

/// `huibao month` in Word, checked with independent readers (`OfficeTools`): python-docx
/// reads it back, LibreOffice converts it to PDF, Python's zipfile lists the package
/// (documents.md "Word and Excel"). Skipped without `make office-deps`, never under `CI=true`.
@Suite("huibao month in Word (the built binary, read back with python-docx and LibreOffice)", .serialized)
struct MonthWordTests {
    /// The pictures in the package, as Python's zipfile reads them.
    static func media(_ file: URL) throws -> [OfficeTools.ZipEntry] {
        try OfficeTools.zipEntries(file).filter { $0.name.hasPrefix("word/media/") }
    }

    @Test(.enabled(if: OfficeTools.shouldRun)) func exampleMonthReadsBackWithEverythingDocumentsMdAsks() throws {
        let output = try Fixtures.temporaryFolder().appendingPathComponent("月报-2025-10.docx")
        let arguments = [
            "month", "2025-10", "--as-of", "2025-11-05", "--date", "2025-11-03", "--source",
            Fixtures.repositoryRoot.path,
            "--output", output.path,
        ]
        let result = try CommandRunner.huibao(arguments)
        #expect(result.status == 0, "\(result.stderr)")
        let first = try Data(contentsOf: output)
        let check = try OfficeTools.packageCheck(output)
        #expect(check.isConsistent, "\(check.output)")
        let document = try OfficeTools.docx(output)
        #expect(document.sections.count == 1 && document.sections.allSatisfy { $0.isA4Portrait })
        let headings = document.headings.filter { $0.level == 1 }.map(\.text)
        #expect(headings == ["指标完成情况", "本月活动", "宣传报道", "人员情况", "2025年10月工作小结"], "\(headings)")
        #expect(document.headings.contains { $0.style == "Heading 2" && $0.text == "幸福课堂走进物业企业" })
        #expect(document.tables.count >= 3)
        #expect(document.tables.allSatisfy { $0.borders })
        // Every table repeats its header row, except 人员情况's label–value table, which has none.
        #expect(document.tables.filter { !$0.headerRepeats }.map { $0.rows.first?.first } == ["在岗人数（2025年10月31日）"])
        #expect(document.tables.first?.rows.first?.starts(with: ["服务类别", "指标", "目标", "中期目标", "本月新增"]) == true)
        #expect(document.fonts["Normal"]?.eastAsiaEffective == "宋体")
        #expect(document.fonts["Heading 1"]?.eastAsiaEffective == "黑体")
        #expect(document.sections.first?.footer == "第 1 页 共 1 页")
        #expect(document.sections.first?.footerFields == ["PAGE", "NUMPAGES"])
        #expect(document.toc && document.fields.first == "TOC \\o \"1-3\" \\h \\z \\u", "\(document.fields)")
        let text = document.allText
        for expected in [
            "2025年10月工作月报", "数据截至：2025年10月31日", "报送日期：2025年11月3日", "乙方（盖章）：", "负责人（签字）：", "本月活动记录 4 篇", "工作人员：周梦瑶、陈佳琪",
            "组建工会",
        ] {
            #expect(text.contains(expected), "\(expected)")
        }
        #expect(document.core.title == "2025年10月工作月报 · 郑州市中原区总工会关于购买工会社会化服务项目")
        #expect(!document.images.isEmpty && document.anchoredImages == 0)
        for image in document.images {
            #expect(image.contentType == "image/jpeg")
            #expect(max(image.widthPx ?? 0, image.heightPx ?? 0) <= 1600)
        }
        for entry in try Self.media(output) { #expect(!entry.data.prefix(64).contains(Data("Exif".utf8))) }

        let pdf = try OfficeTools.pdfText(output)
        for expected in ["指标完成情况", "本月活动", "乙方（盖章）", "幸福课堂走进物业企业", "存在问题"] {
            #expect(pdf.contains(expected), "\(expected) not in the PDF")
        }

        // The same content and as-of give the same bytes.
        #expect(try CommandRunner.huibao(arguments).status == 0)
        #expect(try Data(contentsOf: output) == first)
    }

    @Test(.enabled(if: OfficeTools.shouldRun)) func aPhonePhotoIsEmbeddedDownscaledUprightWithoutExif() throws {
        let site = try ReportPhotoTests().site(photo: try ReportPhotoTests.phonePhoto())
        let output = site.appendingPathComponent("月报.docx")
        // The write-up's first body image is an SVG drawing: Word cannot show it as it is.
        let svg = try CommandRunner.huibao(["month", "2025-05", "--source", site.path, "--output", output.path])
        #expect(svg.status == 0, "\(svg.stderr)")
        let skipped = try OfficeTools.docx(output)
        #expect(skipped.images.isEmpty)
        #expect(skipped.allText.contains("（照片 photo.svg 是 SVG 等 Word 不能直接显示的格式，Word 版未收入；请看网站或 HTML 版月报。）"))
        // Named as its 报告照片, the phone photo goes in.
        let activity = site.appendingPathComponent("Content/activities/2025-05/宣讲.md")
        let text = try String(contentsOf: activity, encoding: .utf8)
            .replacingOccurrences(of: "标签: [宣讲, 园区]\n", with: "标签: [宣讲, 园区]\n报告照片: ../../assets/手机照片.jpg\n")
        try Data(text.utf8).write(to: activity)
        let result = try CommandRunner.huibao(["month", "2025-05", "--source", site.path, "--output", output.path])
        #expect(result.status == 0, "\(result.stderr)")
        let images = try OfficeTools.docx(output).images
        #expect(images.count == 1)
        let image = try #require(images.first)
        let width = image.widthPx ?? 0
        let height = image.heightPx ?? 0
        #expect((1400...1600).contains(height) && width < height, "\(width)×\(height): not downscaled upright")
        // Shown 9 cm high, in proportion.
        #expect(image.heightEmu == 3_240_000 && abs(image.widthEmu - width * 3_240_000 / height) <= 2)
        let media = try Self.media(output)
        #expect(media.count == 1)
        for entry in media {
            #expect(!entry.data.prefix(64).contains(Data("Exif".utf8)))
            #expect(!String(decoding: entry.data, as: UTF8.self).contains("GPSLatitude"))
        }
        #expect(try Data(contentsOf: output).count < 600_000)
    }

    /// A copy of the example project (its Content/ only).
    static func project() throws -> URL {
        let project = try Fixtures.temporaryFolder().appendingPathComponent("project")
        try FileManager.default.createDirectory(at: project, withIntermediateDirectories: true)
        try FileManager.default.copyItem(
            at: Fixtures.repositoryRoot.appendingPathComponent("Content"), to: project.appendingPathComponent("Content")
        )
        return project
    }

    @Test(.enabled(if: OfficeTools.python3 != nil || OfficeTools.isCI))
    func personalDataIsMaskedInEveryPartAndSubmitWorksWithWord() throws {
        let project = try Self.project()
        let notes = project.appendingPathComponent("Content/months/2025-10.md")
        let activity = project.appendingPathComponent("Content/activities/2025-10/幸福课堂走进物业企业.md")
        for file in [notes, activity] {
            let text = try String(contentsOf: file, encoding: .utf8) + "\n联系人电话 13912345678，身份证 110105199003071234。\n"
            try Data(text.utf8).write(to: file)
        }
        let place = try String(contentsOf: activity, encoding: .utf8)
            .replacingOccurrences(of: "地点: ", with: "地点: 电话13912345678 ")
        try Data(place.utf8).write(to: activity)
        let result = try CommandRunner.huibao(["month", "2025-10", "--submit", "--source", project.path])
        #expect(result.status == 0, "\(result.stderr)")
        let output = project.appendingPathComponent("reports/月报-2025-10.docx")
        let entries = try OfficeTools.zipEntries(output)
        #expect(entries.contains { $0.name == "word/document.xml" })
        let text = entries.map { String(decoding: $0.data, as: UTF8.self) }.joined()
        #expect(!text.contains("13912345678") && !text.contains("110105199003071234"))
        #expect(text.contains("联系人电话 139****5678"), "the notes' sentence is there, masked")
        #expect(
            FileManager.default.fileExists(
                atPath: project.appendingPathComponent("Content/submitted/2025-10.json").path))
        #expect(result.stdout.contains("已记下2025年10月报送的数字"), "\(result.stdout)")
        let again = try CommandRunner.huibao(["month", "2025-10", "--submit", "--source", project.path])
        #expect(again.status == 1)
        let resubmit = try CommandRunner.huibao(["month", "2025-10", "--resubmit", "--source", project.path])
        #expect(resubmit.status == 0, "\(resubmit.stderr)")
        #expect(
            FileManager.default.fileExists(
                atPath: project.appendingPathComponent("Content/submitted/2025-10.v1.json").path))
    }

    @Test(.enabled(if: OfficeTools.python3 != nil || OfficeTools.isCI))
    func anOpenMonthSaysSoOnTheCoverInRed() throws {
        let output = try Fixtures.temporaryFolder().appendingPathComponent("月报.docx")
        let result = try CommandRunner.huibao([
            "month", "2025-10", "--as-of", "2025-10-15", "--source", Fixtures.repositoryRoot.path, "--output",
            output.path,
        ])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("注意：本月尚未结束，数据截至 2025年10月15日"))
        let xml = try #require(
            try OfficeTools.zipEntries(output).first { $0.name == "word/document.xml" }.map {
                String(decoding: $0.data, as: UTF8.self)
            })
        #expect(
            xml.contains(
                "<w:rPr><w:b/><w:color w:val=\"C00000\"/></w:rPr><w:t xml:space=\"preserve\">本月尚未结束，数据截至 2025年10月15日。</w:t>"
            ))
        #expect(xml.contains("本月活动记录 3 篇"), "only the write-ups up to the 15th")
    }

    /// The example's October and December (whose part 7 carries November's 勘误) as Word's
    /// `word/document.xml`, one paragraph or table row a line.
    @Test(
        .enabled(if: OfficeTools.python3 != nil || OfficeTools.isCI),
        arguments: [("2025-10", "2025-11-05"), ("2025-12", "2026-01-05")])
    func goldenDocumentXML(_ month: String, _ asOf: String) throws {
        let folder = try Fixtures.temporaryFolder()
        let output = folder.appendingPathComponent("月报-\(month).docx")
        let result = try CommandRunner.huibao([
            "month", month, "--as-of", asOf, "--source", Fixtures.repositoryRoot.path, "--output", output.path,
        ])
        #expect(result.status == 0, "\(result.stderr)")
        let xml = try #require(
            try OfficeTools.zipEntries(output).first { $0.name == "word/document.xml" }.map {
                String(decoding: $0.data, as: UTF8.self)
            })
        if month == "2025-12" { #expect(xml.contains(">勘误</w:t>") && xml.contains("2025年11月已报送")) }
        let problem = try Snapshot.compareText(
            xml, expected: Fixtures.folder.appendingPathComponent("golden/month-report/月报-\(month).document.xml"))
        #expect(problem == nil, "\(problem ?? "")")
    }
}
