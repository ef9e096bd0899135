import Foundation
import HuibaoTestSupport
import Testing

/// The independent checkers of tools/office-check, tried on packages made in the test: good
/// ones pass, each deliberately broken one fails with its problem named (so a writer test that
/// relies on them can fail). The python-docx, openpyxl and LibreOffice tests skip locally when
/// the tools are missing (`make office-deps`) and run, never skip, under CI=true.
@Suite("Office 检查工具自检（tools/office-check）")
struct OfficeToolsTests {
    typealias Entry = OfficeTools.ZipEntry

    @Test func handMadeDocxAndXlsxAreConsistentPackages() throws {
        for (entries, name) in [(OfficeSamplePackages.docx, "样例.docx"), (OfficeSamplePackages.xlsx, "样例.xlsx")] {
            let check = try OfficeTools.packageCheck(try OfficeSamplePackages.write(entries, as: name))
            #expect(check.isConsistent, "\(name): \(check.problems)")
            #expect(check.output.hasPrefix("ok: \(entries.count) parts"), "\(check.output)")
        }
    }

    /// A broken variant of the sample docx and the problem package_check.py must name.
    struct Broken: Sendable, CustomTestStringConvertible {
        var label: String
        var expected: String
        var make: @Sendable ([Entry]) -> [Entry]
        var testDescription: String { label }
    }

    static let broken: [Broken] = [
        Broken(label: "a part without a content type", expected: "no content type for part word/media/image1.png") {
            entries in
            OfficeSamplePackages.editing(entries, "[Content_Types].xml") {
                $0.replacingOccurrences(of: "<Default Extension=\"png\" ContentType=\"image/png\"/>", with: "")
            }
        },
        Broken(
            label: "an Override for a missing part",
            expected: "Override for a part that does not exist: /word/numbering.xml"
        ) { entries in
            OfficeSamplePackages.editing(entries, "[Content_Types].xml") {
                $0.replacingOccurrences(
                    of: "</Types>",
                    with: "<Override PartName=\"/word/numbering.xml\" ContentType=\"application/xml\"/></Types>")
            }
        },
        Broken(label: "a dangling relationship", expected: "relationship rId2 targets a missing part: footer1.xml") {
            entries in
            entries.filter { $0.name != "word/footer1.xml" }.map { entry in
                guard entry.name == "[Content_Types].xml" else { return entry }
                return Entry(
                    entry.name,
                    String(decoding: entry.data, as: UTF8.self).replacingOccurrences(
                        of: "<Override PartName=\"/word/footer1.xml\"", with: "<Default Extension=\"unused\""))
            }
        },
        Broken(
            label: "an r:embed that does not resolve",
            expected: "word/document.xml: r:embed=\"rId9\" does not resolve in word/_rels/document.xml.rels"
        ) { entries in
            OfficeSamplePackages.editing(entries, "word/document.xml") {
                $0.replacingOccurrences(of: "r:embed=\"rId3\"", with: "r:embed=\"rId9\"")
            }
        },
        Broken(label: "an r:id that does not resolve", expected: "word/document.xml: r:id=\"rId7\" does not resolve") {
            entries in
            OfficeSamplePackages.editing(entries, "word/document.xml") {
                $0.replacingOccurrences(of: "r:id=\"rId2\"", with: "r:id=\"rId7\"")
            }
        },
        Broken(label: "a duplicate relationship id", expected: "duplicate relationship Id rId1") { entries in
            OfficeSamplePackages.editing(entries, "word/_rels/document.xml.rels") {
                $0.replacingOccurrences(of: "Id=\"rId3\"", with: "Id=\"rId1\"")
            }
        },
        Broken(label: "a duplicate zip entry", expected: "duplicate zip entry: word/styles.xml") { entries in
            entries + [entries.first { $0.name == "word/styles.xml" }!]
        },
        Broken(label: "a directory entry", expected: "directory entry in the package: word/media/") { entries in
            entries + [Entry(name: "word/media/", directory: true)]
        },
        Broken(label: "XML that is not well-formed", expected: "word/styles.xml: not well-formed XML") { entries in
            OfficeSamplePackages.editing(entries, "word/styles.xml") {
                $0.replacingOccurrences(of: "</w:styles>", with: "")
            }
        },
        Broken(label: "no [Content_Types].xml", expected: "missing [Content_Types].xml") { entries in
            entries.filter { $0.name != "[Content_Types].xml" }
        },
        Broken(label: "no package relationships", expected: "missing the package relationships _rels/.rels") {
            entries in
            entries.filter { $0.name != "_rels/.rels" }
        },
    ]

    @Test(arguments: broken)
    func aBrokenPackageIsReported(_ broken: Broken) throws {
        let file = try OfficeSamplePackages.write(broken.make(OfficeSamplePackages.docx), as: "坏.docx")
        let check = try OfficeTools.packageCheck(file)
        #expect(!check.isConsistent)
        #expect(check.problems.contains { $0.contains(broken.expected) }, "\(check.problems)")
    }

    @Test func aFileThatIsNotAZipIsReported() throws {
        let file = try Fixtures.temporaryFolder().appendingPathComponent("文本.docx")
        try Data("不是 zip".utf8).write(to: file)
        let check = try OfficeTools.packageCheck(file)
        #expect(check.problems.count == 1 && check.problems[0].contains("not a zip file"), "\(check.problems)")
    }

    @Test(.enabled(if: OfficeTools.shouldRun, "python-docx 未安装：make office-deps"))
    func pythonDocxReadsTheHandMadeDocx() throws {
        let dump = try OfficeTools.docx(try OfficeSamplePackages.write(OfficeSamplePackages.docx, as: "样例.docx"))
        #expect(dump.headings.map(\.text) == ["一、总体情况"])
        #expect(dump.headings.first?.level == 1)
        #expect(dump.paragraphs.contains { $0.text == "本月新建工会三家，服务职工一百二十人次。" })
        #expect(dump.toc)
        #expect(dump.fields.first?.hasPrefix("TOC") == true)
        #expect(dump.tables.count == 1)
        #expect(dump.tables.first?.rows == [["指标", "完成"], ["组建工会", "12"]])
        #expect(dump.tables.first?.headerRepeats == true)
        #expect(dump.tables.first?.borders == true)
        let section = try #require(dump.sections.first)
        #expect(section.isA4Portrait)
        #expect(section.footer.filter { !$0.isWhitespace } == "第1页共1页")
        #expect(section.footerFields == ["PAGE", "NUMPAGES"])
        #expect(dump.images.count == 1)
        #expect(dump.images.first?.widthPx == 1 && dump.images.first?.contentType == "image/png")
        #expect(dump.fonts["Normal"]?.eastAsia == "宋体")
        #expect(dump.fonts["Heading 1"]?.eastAsia == "黑体")
        #expect(dump.fonts["Heading 1"]?.asciiEffective == "Arial")
    }

    @Test(.enabled(if: OfficeTools.shouldRun, "python-docx 未安装：make office-deps"))
    func theDumpTellsWhatIsMissing() throws {
        // The same document without the header-row flag, the borders and the footer's NUMPAGES.
        var entries = OfficeSamplePackages.editing(OfficeSamplePackages.docx, "word/document.xml") {
            $0.replacingOccurrences(of: "<w:trPr><w:tblHeader/></w:trPr>", with: "")
                .replacingOccurrences(
                    of: "<w:pgSz w:w=\"11906\" w:h=\"16838\"/>", with: "<w:pgSz w:w=\"12240\" w:h=\"15840\"/>")
        }
        entries = OfficeSamplePackages.editing(entries, "word/document.xml") {
            guard let start = $0.range(of: "<w:tblBorders>"), let end = $0.range(of: "</w:tblBorders>") else {
                return $0
            }
            return $0.replacingCharacters(in: start.lowerBound..<end.upperBound, with: "")
        }
        entries = OfficeSamplePackages.editing(entries, "word/footer1.xml") {
            $0.replacingOccurrences(of: "NUMPAGES", with: "DATE")
        }
        let dump = try OfficeTools.docx(try OfficeSamplePackages.write(entries, as: "缺项.docx"))
        #expect(dump.tables.first?.headerRepeats == false)
        #expect(dump.tables.first?.borders == false)
        #expect(dump.sections.first?.isA4Portrait == false)
        #expect(dump.sections.first?.footerFields == ["PAGE", "DATE"])
    }

    @Test(.enabled(if: OfficeTools.shouldRun, "openpyxl 未安装：make office-deps"))
    func openpyxlReadsTheHandMadeXlsx() throws {
        let dump = try OfficeTools.xlsx(try OfficeSamplePackages.write(OfficeSamplePackages.xlsx, as: "样例.xlsx"))
        #expect(dump.epoch == "1900")
        #expect(dump.sheets.map(\.name) == ["指标"])
        let sheet = try #require(dump.sheet("指标"))
        #expect(sheet.freezePanes == "A2")
        #expect(sheet.boldHeader)
        #expect(sheet.columns == ["A": 10, "B": 24])
        #expect(sheet.values(row: 1) == ["编号", "指标", "金额", "日期", "完成率"])
        let money = try #require(sheet.cell("C2"))
        #expect(money.value == "1234.5" && money.type == "n" && money.numberFormat == "0.00")
        let date = try #require(sheet.cell("D2"))
        #expect(date.value == "2025-10-01T00:00:00" && date.type == "d", "\(date)")
        let percent = try #require(sheet.cell("E2"))
        #expect(percent.value == "0.125" && percent.numberFormat == "0.00%")
        #expect(sheet.cell("B2")?.type == "s" && sheet.cell("B2")?.bold == false)
    }

    @Test(.enabled(if: OfficeTools.shouldRun, "LibreOffice 或 poppler-utils 未安装：make office-deps"))
    func libreOfficeConvertsBothToPDFWithTheChineseText() throws {
        let folder = try Fixtures.temporaryFolder()
        let docx = try OfficeSamplePackages.write(OfficeSamplePackages.docx, as: "样例.docx")
        let pdf = folder.appendingPathComponent("样例.pdf")
        let text = try OfficeTools.pdfText(docx, keepingPDFAt: pdf)
        #expect(text.contains("本月新建工会三家"), "\(text)")
        #expect(text.contains("组建工会"))
        #expect(text.filter { !$0.isWhitespace }.contains("第1页共1页"), "\(text)")
        #expect(FileManager.default.fileExists(atPath: pdf.path))
        #expect(OfficeTools.pages(of: text).count == 1)
        #expect(OfficeTools.pages(of: "一\u{0C}二\u{0C}") == ["一", "二"])
        let sheet = try OfficeTools.pdfText(try OfficeSamplePackages.write(OfficeSamplePackages.xlsx, as: "样例.xlsx"))
        #expect(sheet.contains("组建工会") && sheet.contains("1234.50"), "\(sheet)")
    }

    @Test(.enabled(if: OfficeTools.shouldRun, "Office 工具未安装：make office-deps"))
    func aFileThatIsNotAWordFileFailsEveryReader() throws {
        let file = try Fixtures.temporaryFolder().appendingPathComponent("文本.docx")
        try Data("电话 138 0013 8000\n".utf8).write(to: file)
        // The readers' own refusals, not a missing tool's.
        let docx = #expect(throws: OfficeTools.Failure.self) { try OfficeTools.docx(file) }
        #expect(docx?.description.contains("python-docx cannot read it") == true, "\(String(describing: docx))")
        let pdf = #expect(throws: OfficeTools.Failure.self) { try OfficeTools.pdfText(file) }
        #expect(pdf?.description.contains("could not convert") == true, "\(String(describing: pdf))")
        let xlsx = try OfficeSamplePackages.write(OfficeSamplePackages.docx, as: "其实是文档.xlsx")
        let sheet = #expect(throws: OfficeTools.Failure.self) { try OfficeTools.xlsx(xlsx) }
        #expect(sheet?.description.contains("openpyxl cannot read it") == true, "\(String(describing: sheet))")
    }

    /// The checker is not stricter than the real world: packages written by python-docx,
    /// openpyxl and LibreOffice pass it.
    @Test(.enabled(if: OfficeTools.shouldRun, "Office 工具未安装：make office-deps"))
    func packagesOtherProgramsWritePass() throws {
        let folder = try Fixtures.temporaryFolder()
        let python = try #require(OfficeTools.venvPython)
        let made = try OfficeTools.run(
            python,
            [
                "-c",
                """
                import sys, docx, openpyxl
                d = docx.Document(); d.add_heading("标题", 1); d.add_paragraph("正文"); d.add_table(rows=2, cols=2)
                d.save(sys.argv[1] + "/python-docx.docx")
                w = openpyxl.Workbook(); w.active["A1"] = "指标"; w.active["B2"] = 1.5; w.save(sys.argv[1] + "/openpyxl.xlsx")
                """,
                folder.path,
            ])
        try #require(made.status == 0, "\(made.stderr)")
        let soffice = try #require(OfficeTools.soffice)
        let converted = try OfficeTools.run(
            soffice,
            [
                "--headless", "-env:UserInstallation=file://\(folder.path)/profile", "--convert-to",
                "docx:MS Word 2007 XML",
                "--outdir", folder.appendingPathComponent("lo").path,
                try OfficeSamplePackages.write(OfficeSamplePackages.docx, as: "样例.docx").path,
            ])
        try #require(converted.status == 0, "\(converted.stderr)")
        for file in ["python-docx.docx", "openpyxl.xlsx", "lo/样例.docx"] {
            let check = try OfficeTools.packageCheck(folder.appendingPathComponent(file))
            #expect(check.isConsistent, "\(file): \(check.problems)")
        }
    }

    @Test func zipEntriesReadBackWhatWasWritten() throws {
        let entries = OfficeSamplePackages.xlsx
        let file = try OfficeSamplePackages.write(entries, as: "往返.xlsx")
        #expect(try OfficeTools.zipEntries(file) == entries)
    }
}
