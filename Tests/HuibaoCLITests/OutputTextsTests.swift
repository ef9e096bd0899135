import Foundation
import HuibaoTestSupport
import Testing

/// The masking property's reader of outputs can fail: a number inside a .docx inside a zip,
/// split across Word runs or written as character references, is found; without unzipping
/// (deflated bytes) or without joining the runs it would not be.
@Suite("OutputTexts：zip、docx、xlsx 的每个部分都读到")
struct OutputTextsTests {
    @Test func aNumberInADocxInsideAZipIsFound() throws {
        let docx = OfficeSamplePackages.editing(OfficeSamplePackages.docx, "word/document.xml") {
            $0.replacingOccurrences(
                of: "<w:t>本月新建工会三家，服务职工一百二十人次。</w:t>",
                with: "<w:t>电话 138</w:t></w:r><w:r><w:rPr><w:b/></w:rPr><w:t>0013 8000，另</w:t></w:r>"
                    + "<w:r><w:t>&#49;&#51;&#57; 0013 9000</w:t>")
        }
        let folder = try Fixtures.temporaryFolder()
        let inner = try OfficeSamplePackages.write(docx, as: "月报.docx")
        try OfficeTools.writeZip(
            [
                .init(name: "档案/", directory: true),
                .init(name: "档案/月报.docx", data: try Data(contentsOf: inner)),
                .init("档案/说明.txt", "联系 137 0013 7000"),
            ], to: folder.appendingPathComponent("档案.zip"))
        try Data("无关".utf8).write(to: folder.appendingPathComponent("index.html"))

        let texts = try OutputTexts.of(folder: folder)
        func found(_ digits: String, in keys: [String]) -> Bool {
            keys.contains { PropertyOutput.digitWindows(PropertyOutput.normalize(texts[$0] ?? "")).contains(digits) }
        }
        let all = Array(texts.keys)
        for digits in ["13800138000", "13900139000", "13700137000"] {
            #expect(found(digits, in: all), "\(digits) not found in \(all.sorted())")
        }
        #expect(texts["档案.zip!/档案/月报.docx!/word/document.xml (text)"] != nil, "\(all.sorted())")
        // Neither the zip's own (deflated) bytes nor the raw XML of the runs have them whole.
        #expect(!found("13800138000", in: ["档案.zip", "档案.zip!/档案/月报.docx", "档案.zip!/档案/月报.docx!/word/document.xml"]))
        #expect(!found("13900139000", in: ["档案.zip!/档案/月报.docx!/word/document.xml"]))
    }
}
