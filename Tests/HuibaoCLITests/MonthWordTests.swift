import Foundation
import HuibaoPhotos
import HuibaoTestSupport
import Testing

/// `huibao month` in Word, checked with independent readers: python-docx reads it back and
/// LibreOffice converts it to PDF (documents.md "Word and Excel"). The tools come from `make
/// office-deps` (LibreOffice, poppler, the venv `.build-office-check/venv` with python-docx);
/// without them these tests are skipped, except under `CI=true`, where they must run.
@Suite("huibao month in Word (the built binary, read back with python-docx and LibreOffice)", .serialized)
struct MonthWordTests {
    static let python = Fixtures.repositoryRoot.appendingPathComponent(".build-office-check/venv/bin/python").path
    static var hasTools: Bool {
        ProcessInfo.processInfo.environment["CI"] == "true"
            || (FileManager.default.isExecutableFile(atPath: python) && which("soffice") != nil
                && which("pdftotext") != nil)
    }

    static func which(_ name: String) -> String? {
        for folder in (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin").split(separator: ":") {
            let path = "\(folder)/\(name)"
            if FileManager.default.isExecutableFile(atPath: path) { return path }
        }
        return nil
    }

    /// Runs a program, its output read to the end (stderr into a file, so neither pipe fills).
    static func run(_ executable: String, _ arguments: [String]) throws -> (status: Int32, stdout: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        let out = Pipe()
        process.standardOutput = out
        process.standardError = FileHandle.nullDevice
        try process.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: data, as: UTF8.self))
    }

    /// What python-docx reads from a .docx, as JSON.
    static let dump = #"""
        import json, sys, docx
        from docx.oxml.ns import qn
        from docx.image.image import Image
        d = docx.Document(sys.argv[1])
        s = d.sections[0]
        body = d.element.body
        out = {
          "page": [s.page_width.twips, s.page_height.twips],
          "headings": [[p.style.name, p.text] for p in d.paragraphs if p.style.name.startswith("Heading")],
          "tables": [[len(t.rows), len(t.rows[0]._tr.xpath("./w:trPr/w:tblHeader")) > 0] for t in d.tables],
          "bodyFont": d.styles.element.xpath("./w:docDefaults//w:rFonts")[0].get(qn("w:eastAsia")),
          "headingFont": d.styles["Heading 1"].element.rPr.rFonts.get(qn("w:eastAsia")),
          "footer": [s.footer.paragraphs[0].text, [t for t in s.footer._element.xpath(".//w:instrText/text()")]],
          "toc": [t for t in body.xpath(".//w:instrText/text()") if "TOC" in t],
          "tocEntries": [e.xpath("string(.)") for e in body.xpath(".//w:sdtContent//w:hyperlink")],
          "text": "\n".join(p.text for p in d.paragraphs),
          "cells": "\n".join(c.text for t in d.tables for r in t.rows for c in r.cells),
          "pictures": [],
        }
        for shape in d.inline_shapes:
          blip = shape._inline.xpath(".//a:blip")[0].get(qn("r:embed"))
          part = d.part.related_parts[blip]
          image = Image.from_blob(part.blob)
          out["pictures"].append({"type": part.content_type, "px": [image.px_width, image.px_height],
            "exif": b"Exif" in part.blob[:65536], "emu": [shape.width, shape.height],
            "descr": shape._inline.docPr.get("descr")})
        print(json.dumps(out, ensure_ascii=False))
        """#

    static func readBack(_ file: URL) throws -> [String: Any] {
        let result = try run(python, ["-c", dump, file.path])
        #expect(result.status == 0, "python-docx could not read \(file.path)")
        return try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
    }

    /// The PDF LibreOffice makes of `file`, as pdftotext's text.
    static func pdfText(_ file: URL) throws -> String {
        let folder = try Fixtures.temporaryFolder()
        let profile = folder.appendingPathComponent("lo-profile")
        let soffice = try #require(which("soffice"))
        let converted = try run(
            soffice,
            [
                "-env:UserInstallation=file://\(profile.path)", "--headless", "--convert-to", "pdf", "--outdir", folder.path,
                file.path,
            ])
        #expect(converted.status == 0)
        let pdf = folder.appendingPathComponent(file.deletingPathExtension().lastPathComponent + ".pdf")
        #expect(FileManager.default.fileExists(atPath: pdf.path), "LibreOffice wrote no PDF")
        return try run(try #require(which("pdftotext")), [pdf.path, "-"]).stdout
    }

    @Test(.enabled(if: hasTools)) func exampleMonthReadsBackWithEverythingDocumentsMdAsks() throws {
        let output = try Fixtures.temporaryFolder().appendingPathComponent("月报-2025-10.docx")
        let arguments = [
            "month", "2025-10", "--as-of", "2025-11-05", "--source", Fixtures.repositoryRoot.path, "--output", output.path,
        ]
        let result = try CommandRunner.huibao(arguments)
        #expect(result.status == 0, "\(result.stderr)")
        let first = try Data(contentsOf: output)
        let document = try Self.readBack(output)
        #expect(document["page"] as? [Int] == [11906, 16838])
        let headings = (document["headings"] as? [[String]] ?? []).filter { $0[0] == "Heading 1" }.map { $0[1] }
        #expect(headings == ["指标完成情况", "本月活动", "宣传报道", "人员情况", "2025年10月工作小结"], "\(headings)")
        let tables = document["tables"] as? [[Any]] ?? []
        #expect(tables.count >= 3)
        // Every table repeats its header row, except 人员情况's label–value table, which has none.
        #expect(tables.filter { $0[1] as? Bool == false }.count == 1, "\(tables)")
        #expect(document["bodyFont"] as? String == "宋体")
        #expect(document["headingFont"] as? String == "黑体")
        let footer = document["footer"] as? [Any] ?? []
        #expect(footer.first as? String == "第 1 页 共 1 页")
        #expect(footer.last as? [String] == [" PAGE ", " NUMPAGES "])
        #expect(document["toc"] as? [String] == [" TOC \\o \"1-3\" \\h \\z \\u "])
        let entries = document["tocEntries"] as? [String] ?? []
        #expect(entries.starts(with: ["指标完成情况", "本月活动", "汝河路街道企业劳动合同签订情况调查"]), "\(entries)")
        let text = document["text"] as? String ?? ""
        for expected in ["2025年10月工作月报", "数据截至：2025年10月31日", "乙方（盖章）：", "负责人（签字）：", "本月活动记录 4 篇", "工作人员：周梦瑶、陈佳琪"] {
            #expect(text.contains(expected), "\(expected)")
        }
        #expect((document["cells"] as? String ?? "").contains("组建工会"))
        let pictures = document["pictures"] as? [[String: Any]] ?? []
        #expect(!pictures.isEmpty)
        for picture in pictures {
            #expect(picture["type"] as? String == "image/jpeg")
            #expect((picture["px"] as? [Int] ?? []).allSatisfy { $0 <= 1600 })
            #expect(picture["exif"] as? Bool == false)
        }

        let pdf = try Self.pdfText(output)
        for expected in ["指标完成情况", "本月活动", "乙方（盖章）", "幸福课堂走进物业企业", "页"] {
            #expect(pdf.contains(expected), "\(expected) not in the PDF")
        }

        // The same content and as-of give the same bytes.
        #expect(try CommandRunner.huibao(arguments).status == 0)
        #expect(try Data(contentsOf: output) == first)
    }

    @Test(.enabled(if: hasTools)) func aPhonePhotoIsEmbeddedDownscaledUprightWithoutExif() throws {
        let site = try ReportPhotoTests().site(photo: try ReportPhotoTests.phonePhoto())
        let output = site.appendingPathComponent("月报.docx")
        // The write-up's first body image is an SVG drawing: Word cannot show it as it is.
        let svg = try CommandRunner.huibao(["month", "2025-05", "--source", site.path, "--output", output.path])
        #expect(svg.status == 0, "\(svg.stderr)")
        let skipped = try Self.readBack(output)
        #expect((skipped["pictures"] as? [Any])?.isEmpty == true)
        #expect((skipped["text"] as? String ?? "").contains("（照片 photo.svg 是 SVG 等 Word 不能直接显示的格式，Word 版未收入；请看网站或 HTML 版月报。）"))
        // Named as its 报告照片, the phone photo goes in.
        let activity = site.appendingPathComponent("Content/activities/2025-05/宣讲.md")
        let text = try String(contentsOf: activity, encoding: .utf8)
            .replacingOccurrences(of: "标签: [宣讲, 园区]\n", with: "标签: [宣讲, 园区]\n报告照片: ../../assets/手机照片.jpg\n")
        try Data(text.utf8).write(to: activity)
        let result = try CommandRunner.huibao(["month", "2025-05", "--source", site.path, "--output", output.path])
        #expect(result.status == 0, "\(result.stderr)")
        let pictures = try Self.readBack(output)["pictures"] as? [[String: Any]] ?? []
        #expect(pictures.count == 1)
        let picture = try #require(pictures.first)
        let px = picture["px"] as? [Int] ?? []
        #expect(px.count == 2 && (1400...1600).contains(px[1]) && px[0] < px[1], "\(px): not downscaled upright")
        #expect(picture["exif"] as? Bool == false)
        #expect(picture["descr"] as? String == "主题宣讲走进产业园")
        // Shown within 9 cm of height, in proportion.
        let emu = picture["emu"] as? [Int] ?? []
        #expect(emu.count == 2 && emu[1] == 3_240_000 && abs(emu[0] - px[0] * 3_240_000 / px[1]) <= 2, "\(emu)")
        #expect(try Data(contentsOf: output).count < 600_000)
    }

    /// The example's October and December (whose part 7 carries November's 勘误) as Word's
    /// `word/document.xml`, one paragraph or table row a line.
    @Test(arguments: [("2025-10", "2025-11-05"), ("2025-12", "2026-01-05")])
    func goldenDocumentXML(_ month: String, _ asOf: String) throws {
        let folder = try Fixtures.temporaryFolder()
        let output = folder.appendingPathComponent("月报-\(month).docx")
        let result = try CommandRunner.huibao([
            "month", month, "--as-of", asOf, "--source", Fixtures.repositoryRoot.path, "--output", output.path,
        ])
        #expect(result.status == 0, "\(result.stderr)")
        let unzipped = try Self.run(try #require(Self.which("unzip")), ["-p", output.path, "word/document.xml"])
        #expect(unzipped.status == 0)
        let xml = unzipped.stdout
        if month == "2025-12" { #expect(xml.contains(">勘误</w:t>") && xml.contains("2025年11月已报送")) }
        let problem = try Snapshot.compareText(
            xml, expected: Fixtures.folder.appendingPathComponent("golden/month-report/月报-\(month).document.xml"))
        #expect(problem == nil, "\(problem ?? "")")
    }
}
