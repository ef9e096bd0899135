import Foundation
import HuibaoModel
import Testing
import ZIPFoundation

@testable import HuibaoOffice

@Suite("Office 文件包：XML 转义与确定的 zip")
struct OfficePackageTests {
    @Test func escapesSpecialCharactersAndDropsForbiddenOnes() {
        #expect(XMLText.escaped("A&B <c> \"d\" 'e'") == "A&amp;B &lt;c&gt; &quot;d&quot; &apos;e&apos;")
        #expect(XMLText.escaped("工会\u{0}\u{8}\u{B}\u{FFFE}组建\t\n") == "工会组建\t\n")
        #expect(XMLText.escaped("😀𠀀") == "😀𠀀")
    }

    @Test func writerEscapesAttributesAndText() {
        var writer = XMLWriter()
        writer.open("w:p", [("w:val", "a\"<b")])
        writer.characters("x & y")
        writer.close("w:p")
        writer.element("t", text: "<script>")
        #expect(writer.text.hasSuffix("<w:p w:val=\"a&quot;&lt;b\">x &amp; y</w:p><t>&lt;script&gt;</t>"))
    }

    @Test func relationshipIdsFollowTheOrderOfAddition() {
        var rels = Relationships()
        #expect(rels.add(type: Relationships.Kind.styles, target: "styles.xml") == "rId1")
        #expect(rels.add(type: Relationships.Kind.hyperlink, target: "https://example.org/?a=1&b=2", external: true) == "rId2")
        let text = String(decoding: rels.xml, as: UTF8.self)
        #expect(text.contains("Target=\"https://example.org/?a=1&amp;b=2\" TargetMode=\"External\""))
    }

    static func sample() -> OfficePackage {
        var package = OfficePackage()
        package.relationships.add(type: Relationships.Kind.officeDocument, target: "word/document.xml")
        package.add("word/media/image1.png", contentType: "image/png", bytes: [0x89, 0x50])
        package.add(
            "word/document.xml",
            contentType: "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml",
            bytes: Array("<w:document/>".utf8))
        package.add("docProps/core.xml", contentType: "application/vnd.openxmlformats-package.core-properties+xml", bytes: [])
        return package
    }

    @Test func contentTypesOverrideEveryPartNotCoveredByADefault() {
        let text = String(decoding: Self.sample().contentTypes, as: UTF8.self)
        #expect(text.contains("<Default Extension=\"png\" ContentType=\"image/png\"/>"))
        #expect(text.contains("<Override PartName=\"/word/document.xml\""))
        #expect(text.contains("<Override PartName=\"/docProps/core.xml\""))
        #expect(!text.contains("PartName=\"/word/media/image1.png\""))
    }

    @Test func zipIsTheSameBytesEveryTimeWithContentTypesFirstAndNoFolders() throws {
        let day = Day(year: 2025, month: 10, day: 31)!
        let first = try Self.sample().zipped(day: day)
        let second = try Self.sample().zipped(day: day)
        #expect(first == second)
        #expect(try Self.sample().zipped(day: day.adding(days: 1)) != first)
        let archive = try Archive(data: Data(first), accessMode: .read)
        let names = archive.map(\.path)
        #expect(
            names == [
                "[Content_Types].xml", "_rels/.rels", "docProps/core.xml", "word/document.xml", "word/media/image1.png",
            ])
        for entry in archive {
            #expect(entry.type == .file)
            #expect(entry.fileAttributes[.modificationDate] as? Date == Date(timeIntervalSince1970: 1_761_868_800))
        }
    }
}
