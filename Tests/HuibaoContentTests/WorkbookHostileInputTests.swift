import Foundation
import HuibaoTestSupport
import Testing
import ZIPFoundation

@testable import HuibaoContent

/// Hostile workbooks, built here with ZIPFoundation: each is a Chinese error within seconds,
/// never a crash, a hang, or a file read outside the workbook.
@Suite struct WorkbookHostileInputTests {
    static let workbookXML =
        #"<?xml version="1.0" encoding="UTF-8" standalone="yes"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="台账" sheetId="1" r:id="rId1"/></sheets></workbook>"#
    static func rels(_ target: String, mode: String = "") -> String {
        #"<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target=""#
            + target + #"""# + mode + "/></Relationships>"
    }
    static let rootRels =
        #"<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>"#
    static func sheet(_ rows: String) -> String {
        #"<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>"#
            + rows + "</sheetData></worksheet>"
    }

    /// A workbook zip of `parts` (path → content), deflated, in memory.
    static func zip(_ parts: [(String, Data)]) throws -> [UInt8] {
        let archive = try Archive(data: Data(), accessMode: .create)
        for (path, data) in parts {
            try archive.addEntry(
                with: path, type: .file, uncompressedSize: Int64(data.count), compressionMethod: .deflate,
                provider: { position, size in data.subdata(in: Int(position)..<Int(position) + size) })
        }
        return Array(archive.data!)
    }

    static func workbook(sheet: String, rels: String = rels("worksheets/sheet1.xml"), extra: [(String, Data)] = [])
        throws -> [UInt8]
    {
        try zip(
            [
                ("_rels/.rels", Data(rootRels.utf8)), ("xl/workbook.xml", Data(workbookXML.utf8)),
                ("xl/_rels/workbook.xml.rels", Data(rels.utf8)), ("xl/worksheets/sheet1.xml", Data(sheet.utf8)),
            ] + extra)
    }

    static func error(_ bytes: [UInt8], limits: WorkbookReader.Limits = .init()) -> WorkbookError? {
        do {
            _ = try WorkbookReader.read(bytes, limits: limits)
            return nil
        } catch {
            return error
        }
    }

    @Test func aSmallBuiltWorkbookReads() throws {
        let bytes = try Self.workbook(
            sheet: Self.sheet(#"<row r="2"><c r="B2" t="inlineStr"><is><t>甲</t></is></c><c r="C2"><v>3</v></c></row>"#))
        let sheet = try WorkbookReader.read(bytes)
        #expect(
            sheet.rows == [
                WorkbookRow(
                    number: 2, cells: [.init(column: 2, value: .text("甲")), .init(column: 3, value: .number("3"))])
            ])
    }

    @Test func zipBombStopsAtTheInflatedCap() throws {
        // 8 MB of one repeated row compresses to a few kilobytes; the cap here is 1 MB.
        let row = #"<row><c t="inlineStr"><is><t>炸弹炸弹炸弹</t></is></c></row>"#
        let body = Self.sheet(String(repeating: row, count: 8_000_000 / row.utf8.count))
        var bytes = try Self.workbook(sheet: body)
        #expect(bytes.count < 200_000)
        var limits = WorkbookReader.Limits()
        limits.bytesPerPart = 1 << 20
        limits.totalBytes = 2 << 20
        #expect(Self.error(bytes, limits: limits)?.message == WorkbookArchive.tooLargeMessage)
        // The same entry declaring a small size (a lying header) is stopped while inflating.
        Self.patchDeclaredSize(of: "xl/worksheets/sheet1.xml", in: &bytes, to: 1000)
        #expect(Self.error(bytes, limits: limits)?.message == WorkbookArchive.tooLargeMessage)
    }

    @Test func declaredSizeBeyondTheCapIsRefusedBeforeInflating() throws {
        var bytes = try Self.workbook(sheet: Self.sheet(""))
        Self.patchDeclaredSize(of: "xl/worksheets/sheet1.xml", in: &bytes, to: 0xFFFF_FFF0)
        #expect(Self.error(bytes)?.message == WorkbookArchive.tooLargeMessage)
    }

    @Test func targetsLeavingThePackageAreRefused() throws {
        for target in ["../../../../etc/passwd", "/../secret.xml", "file:///etc/passwd"] {
            let bytes = try Self.workbook(sheet: Self.sheet(""), rels: Self.rels(target))
            let error = Self.error(bytes)
            #expect(error != nil, "\(target)")
            #expect(error?.message.contains("另存为 .xlsx") == true)
        }
        let external = try Self.workbook(
            sheet: Self.sheet(""), rels: Self.rels("http://example.com/sheet.xml", mode: #" TargetMode="External""#))
        #expect(Self.error(external)?.message.contains("压缩包以外") == true)
        // An entry named with `..` is only ever a name inside the zip: never written anywhere.
        let dotted = try Self.workbook(
            sheet: Self.sheet(""), rels: Self.rels("../../evil.xml"),
            extra: [("../../evil.xml", Data(Self.sheet("").utf8))])
        #expect(Self.error(dotted) != nil)
        #expect(!FileManager.default.fileExists(atPath: "../../evil.xml"))
    }

    @Test func doctypeAndEntitiesAreRefusedBeforeParsing() throws {
        let laughs =
            #"<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">]>"#
            + #"<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>&lol2;</t></is></c></row></sheetData></worksheet>"#
        let external =
            #"<?xml version="1.0"?><!DOCTYPE w [<!ENTITY x SYSTEM "file:///etc/passwd">]>"#
            + #"<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>&x;</t></is></c></row></sheetData></worksheet>"#
        for sheet in [laughs, external] {
            let error = Self.error(try Self.workbook(sheet: sheet))
            #expect(error?.message.contains("DOCTYPE") == true)
        }
        // Another encoding could hide a DOCTYPE from the check: refused too.
        let utf16 = #"<?xml version="1.0" encoding="UTF-16"?><worksheet/>"#
        #expect(Self.error(try Self.workbook(sheet: utf16))?.message.contains("DOCTYPE") == true)
        // An undeclared entity is a parse error, not an expansion.
        let undeclared = Self.sheet(#"<row r="1"><c r="A1" t="inlineStr"><is><t>&x;</t></is></c></row>"#)
        #expect(Self.error(try Self.workbook(sheet: undeclared))?.message.contains("已损坏") == true)
    }

    @Test func aMillionRowSheetStopsAtTheRowCapWithinSeconds() throws {
        var rows = ""
        rows.reserveCapacity(40_000_000)
        for number in 1...1_000_000 { rows += "<row r=\"\(number)\"><c r=\"A\(number)\"><v>\(number)</v></c></row>" }
        let bytes = try Self.workbook(sheet: Self.sheet(rows))
        let start = ContinuousClock.now
        let error = Self.error(bytes)
        let elapsed = ContinuousClock.now - start
        #expect(error?.message == WorkbookSheetHandler.tooManyRowsMessage)
        #expect(error?.row == 100_001)
        // Generous for a debug build on a busy machine; the point is that it never runs on.
        #expect(elapsed < .seconds(60))
    }

    @Test func damagedAndTruncatedFilesAreErrorsNeverCrashes() throws {
        let good = Array(try Data(contentsOf: Fixtures.folder.appendingPathComponent("xlsx/ledger-cells.xlsx")))
        for length in stride(from: 0, to: good.count, by: max(1, good.count / 40)) {
            #expect(Self.error(Array(good.prefix(length))) != nil, "truncated to \(length)")
        }
        // Flipped bytes: read or refused, never a crash.
        var generator = SplitMix(seed: 19)
        for _ in 0..<200 {
            var bytes = good
            for _ in 0..<3 {
                bytes[Int(generator.next() % UInt64(bytes.count))] ^= UInt8(truncatingIfNeeded: generator.next() | 1)
            }
            _ = Self.error(bytes)
        }
        #expect(Self.error(Array("企业名称,组建日期\n甲,2025-04-08\n".utf8))?.message.contains("不是 Excel 工作簿") == true)
        #expect(Self.error([])?.message.contains("不是 Excel 工作簿") == true)
    }

    @Test func passwordProtectedAndOldFormatFiles() {
        let ole: [UInt8] = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1] + Array(repeating: 0, count: 504)
        let encrypted =
            ole + Array("EncryptionInfo".utf16.flatMap { [UInt8($0), 0] }) + [0, 0]
            + Array("EncryptedPackage".utf16.flatMap { [UInt8($0), 0] })
        #expect(Self.error(encrypted)?.message == WorkbookArchive.protectedMessage)
        #expect(Self.error(encrypted)?.message.contains("请在 Excel 中取消密码后另存") == true)
        let xls = ole + Array("Workbook".utf16.flatMap { [UInt8($0), 0] })
        #expect(Self.error(xls)?.message == WorkbookArchive.oldFormatMessage)
    }

    /// Sets the uncompressed size an entry declares, in its local header and the central directory.
    static func patchDeclaredSize(of path: String, in bytes: inout [UInt8], to size: UInt32) {
        let name = Array(path.utf8)
        let little = [UInt8(size & 0xFF), UInt8(size >> 8 & 0xFF), UInt8(size >> 16 & 0xFF), UInt8(size >> 24)]
        var index = 0
        while index + 46 + name.count <= bytes.count {
            let signature = Array(bytes[index..<index + 4])
            if signature == [0x50, 0x4B, 0x03, 0x04], Array(bytes[(index + 30)..<(index + 30 + name.count)]) == name {
                bytes.replaceSubrange((index + 22)..<(index + 26), with: little)
            }
            if signature == [0x50, 0x4B, 0x01, 0x02], Array(bytes[(index + 46)..<(index + 46 + name.count)]) == name {
                bytes.replaceSubrange((index + 24)..<(index + 28), with: little)
            }
            index += 1
        }
    }

    /// A small deterministic generator, so a failure can be replayed.
    struct SplitMix {
        var state: UInt64
        init(seed: UInt64) { state = seed }
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
    }
}
