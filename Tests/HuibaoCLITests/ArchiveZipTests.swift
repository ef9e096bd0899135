import Foundation
import HuibaoModel
import HuibaoTestSupport
import Testing

@testable import HuibaoBuild

/// The archive's zip, read back byte by byte: what documents.md promises about every entry.
@Suite("The archive's zip (ArchiveZip) and SHA-256")
struct ArchiveZipTests {
    /// One central-directory record, as the bytes say.
    struct Record {
        var name: String
        var flags: UInt16
        var method: UInt16
        var time: UInt16
        var date: UInt16
        var extraLength: Int
        var externalAttributes: UInt32
        var localFlags: UInt16
        var localExtraLength: Int
    }

    static func u16(_ bytes: [UInt8], _ at: Int) -> UInt16 { UInt16(bytes[at]) | UInt16(bytes[at + 1]) << 8 }
    static func u32(_ bytes: [UInt8], _ at: Int) -> UInt32 {
        UInt32(u16(bytes, at)) | UInt32(u16(bytes, at + 2)) << 16
    }

    /// The central directory's records (found from the end record), with their local headers.
    static func records(_ bytes: [UInt8]) throws -> [Record] {
        var end = bytes.count - 22
        while end >= 0 && u32(bytes, end) != 0x0605_4b50 { end -= 1 }
        #expect(end >= 0)
        let count = Int(u16(bytes, end + 10))
        var at = Int(u32(bytes, end + 16))
        var result: [Record] = []
        for _ in 0..<count {
            #expect(u32(bytes, at) == 0x0201_4b50)
            let nameLength = Int(u16(bytes, at + 28))
            let extra = Int(u16(bytes, at + 30))
            let comment = Int(u16(bytes, at + 32))
            let local = Int(u32(bytes, at + 42))
            #expect(u32(bytes, local) == 0x0403_4b50)
            result.append(
                Record(
                    name: String(decoding: bytes[(at + 46)..<(at + 46 + nameLength)], as: UTF8.self),
                    flags: u16(bytes, at + 8), method: u16(bytes, at + 10), time: u16(bytes, at + 12),
                    date: u16(bytes, at + 14), extraLength: extra, externalAttributes: u32(bytes, at + 38),
                    localFlags: u16(bytes, local + 6), localExtraLength: Int(u16(bytes, local + 28))))
            at += 46 + nameLength + extra + comment
        }
        return result
    }

    func sample(in folder: URL) throws -> [ArchiveFile] {
        let scan = folder.appendingPathComponent("签到表.jpg")
        try Data((0..<5000).map { UInt8($0 % 251) }).write(to: scan)
        return [
            ArchiveFile(path: "档案/SHA256SUMS", body: .bytes(Array("x\n".utf8))),
            ArchiveFile(path: "档案/D2.1-组建工会/2025-05-12-走访-签到表.jpg", body: .copy(scan.path)),
            ArchiveFile(path: "档案/00-目录.html", body: .bytes(Array("<!DOCTYPE html>".utf8))),
            ArchiveFile(path: "档案/D2.2-空的", body: .folder),
            ArchiveFile(path: "档案/D10-后面", body: .folder),
        ]
    }

    @Test func entriesAreSortedFoldersListedAndEveryHeaderFixed() throws {
        let folder = try Fixtures.temporaryFolder()
        let zip = folder.appendingPathComponent("a.zip")
        try ArchiveZip.write(try sample(in: folder), day: Day.parse("2025-10-15")!, to: zip.path)
        let records = try Self.records(Array(try Data(contentsOf: zip)))
        let names = records.map(\.name)
        #expect(
            names == [
                "档案/", "档案/00-目录.html", "档案/D10-后面/", "档案/D2.1-组建工会/", "档案/D2.1-组建工会/2025-05-12-走访-签到表.jpg",
                "档案/D2.2-空的/", "档案/SHA256SUMS",
            ])
        #expect(names == names.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) })
        // DOS date 2025-10-15: (2025 − 1980) << 9 | 10 << 5 | 15; time 00:00:00.
        let dosDate = UInt16((2025 - 1980) << 9 | 10 << 5 | 15)
        for record in records {
            #expect(record.flags & 0x0800 != 0, "UTF-8 flag in the central record of \(record.name)")
            #expect(record.localFlags & 0x0800 != 0, "UTF-8 flag in the local header of \(record.name)")
            #expect(record.date == dosDate && record.time == 0, "\(record.name)")
            #expect(record.extraLength == 0 && record.localExtraLength == 0, "no extra field on \(record.name)")
            let folder = record.name.hasSuffix("/")
            #expect(record.method == (folder ? 0 : 8), "\(record.name)")
            let mode = record.externalAttributes >> 16
            #expect(mode == (folder ? 0o040755 : 0o100644), "\(record.name): \(String(mode, radix: 8))")
        }
    }

    @Test func theSameEntriesGiveTheSameBytesWhateverTheirOrder() throws {
        let folder = try Fixtures.temporaryFolder()
        let files = try sample(in: folder)
        let first = folder.appendingPathComponent("1.zip")
        let second = folder.appendingPathComponent("2.zip")
        try ArchiveZip.write(files, day: Day.parse("2025-10-15")!, to: first.path)
        try ArchiveZip.write(files.reversed(), day: Day.parse("2025-10-15")!, to: second.path)
        #expect(try Data(contentsOf: first) == Data(contentsOf: second))
    }

    @Test func aFolderOrFIFOCannotBeCopiedIn() throws {
        let folder = try Fixtures.temporaryFolder()
        let fifo = folder.appendingPathComponent("fifo")
        #expect(mkfifo(fifo.path, 0o644) == 0)
        #expect(throws: ArchiveZip.Failure.self) {
            try ArchiveZip.write(
                [ArchiveFile(path: "档案/a", body: .copy(fifo.path))], day: Day.parse("2025-10-15")!,
                to: folder.appendingPathComponent("x.zip").path)
        }
    }

    @Test func sha256MatchesTheStandardVectors() {
        #expect(SHA256Digest.hex(of: []) == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
        #expect(
            SHA256Digest.hex(of: Array("abc".utf8))
                == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        var chunked = SHA256Digest()
        chunked.update(Array("a".utf8))
        chunked.update(Array("bc".utf8))
        #expect(chunked.hex() == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
    }
}
