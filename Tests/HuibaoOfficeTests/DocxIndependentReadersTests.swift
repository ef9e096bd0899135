import Foundation
import HuibaoModel
import HuibaoOffice
import HuibaoTestSupport
import Testing

/// The Word writer's sample document read back by tools that share no code with it
/// (tools/office-check): the package is consistent, python-docx finds what documents.md asks
/// for, and LibreOffice converts it to a PDF with the Chinese text and 第 X 页 共 Y 页 on every
/// page. Skipped locally without the tools (`make office-deps`), never under CI=true.
@Suite("Word 文件：独立读取（python-docx、LibreOffice）")
struct DocxIndependentReadersTests {
    /// A 1×1 PNG, so that the readers see a real picture.
    static let png = [UInt8](
        Data(
            base64Encoded:
                "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==")!)

    static func sample() throws -> URL {
        var document = DocxDocumentTests.sample()
        document.append(.image(DocxImage(bytes: png, format: .png, pixelWidth: 1, pixelHeight: 1, altText: "一像素")))
        let file = try Fixtures.temporaryFolder().appendingPathComponent("月报.docx")
        try Data(try document.docx(day: DocxDocumentTests.day)).write(to: file)
        return file
    }

    @Test func thePackageIsConsistent() throws {
        let check = try OfficeTools.packageCheck(try Self.sample())
        #expect(check.isConsistent, "\(check.problems)")
    }

    @Test(.enabled(if: OfficeTools.shouldRun, "python-docx 未安装：make office-deps"))
    func pythonDocxReadsWhatDocumentsMdAsksFor() throws {
        let dump = try OfficeTools.docx(try Self.sample())
        #expect(dump.headings.filter { $0.level > 0 }.map(\.text) == ["指标完成情况", "本月活动", "深层标题"])
        #expect(dump.headings.map(\.level).filter { $0 > 0 } == [1, 2, 3])
        #expect(dump.toc && dump.fields.contains { $0.hasPrefix("TOC ") })
        let table = try #require(dump.tables.first { $0.rows.first == ["指标", "累计"] }, "\(dump.tables)")
        #expect(table.headerRepeats && table.borders)
        #expect(table.rows.dropFirst().map { $0 } == [["组建工会", "39"], ["服务职工", "1,200"]])
        let section = try #require(dump.sections.first)
        #expect(section.isA4Portrait)
        #expect(section.footerFields == ["PAGE", "NUMPAGES"])
        #expect(section.footer.filter { !$0.isWhitespace }.hasPrefix("第"))
        #expect(dump.fonts["Normal"]?.eastAsiaEffective == "宋体")
        for level in 1...3 { #expect(dump.fonts["Heading \(level)"]?.eastAsiaEffective == "黑体", "\(dump.fonts)") }
        #expect(dump.images.count == 3)
        #expect(dump.images.last?.contentType == "image/png" && dump.images.last?.widthPx == 1)
        #expect(dump.core.title == "2025年10月工作月报")
    }

    @Test(.enabled(if: OfficeTools.shouldRun, "LibreOffice 或 poppler-utils 未安装：make office-deps"))
    func libreOfficeConvertsItWithTheChineseTextAndPageNumbers() throws {
        let text = try OfficeTools.pdfText(try Self.sample())
        let compact = text.filter { !$0.isWhitespace }
        for words in ["指标完成情况", "组建工会", "本月活动", "乙方（盖章）"] {
            #expect(compact.contains(words), "\(words) not in \(text)")
        }
        let pages = OfficeTools.pages(of: text)
        #expect(pages.count > 1)
        for (index, page) in pages.enumerated() {
            let number = "第\(index + 1)页共\(pages.count)页"
            #expect(page.filter { !$0.isWhitespace }.contains(number), "page \(index + 1): \(page)")
        }
    }
}
