import Foundation
import ZIPFoundation

/// The zip package of an .xlsx, read in memory with ZIPFoundation: parts are found by name
/// inside the zip only (nothing is ever written to or read from the file system), and every
/// part is inflated under a cap, per part and in total, so a zip bomb stops at the cap.
struct WorkbookArchive {
    /// The caps on inflated bytes; the defaults hold a 100,000-row ledger with room to spare.
    struct Limits: Sendable {
        var bytesPerPart = 128 << 20
        var totalBytes = 192 << 20
    }

    private let archive: Archive
    private let limits: Limits
    private var inflated = 0

    /// Opens the package, or says why it is not one: an OLE file (a password-protected
    /// workbook or an old .xls), or bytes that are not a zip.
    init(bytes: [UInt8], limits: Limits = Limits()) throws(WorkbookError) {
        if bytes.starts(with: [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]) {
            throw WorkbookError(Self.isEncryptedPackage(bytes) ? Self.protectedMessage : Self.oldFormatMessage)
        }
        guard bytes.starts(with: [0x50, 0x4B]) else {
            throw WorkbookError("这个文件不是 Excel 工作簿（.xlsx），或者已经损坏；请在 Excel 中打开它，另存为 .xlsx 后再试")
        }
        self.archive = try Self.open(bytes)
        self.limits = limits
    }

    /// The archive over a copy of `bytes` in an unlinked temporary file. Not ZIPFoundation's
    /// in-memory archive: in 0.9.20 it traps when a damaged zip points past its end
    /// (`Archive+MemoryFile.swift`, `readData`), where a file read just comes up short and
    /// ZIPFoundation throws. The file's name exists only until the archive has opened it.
    private static func open(_ bytes: [UInt8]) throws(WorkbookError) -> Archive {
        let noTemporaryFile = WorkbookError(
            "临时文件夹（\(NSTemporaryDirectory())）无法写入，读不了工作簿；请检查磁盘空间和临时文件夹的权限（环境变量 TMPDIR）")
        var template = Array((NSTemporaryDirectory() + "/huibao-xlsx-XXXXXX").utf8CString)
        let descriptor = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
        guard descriptor >= 0 else { throw noTemporaryFile }
        let path = String(decoding: template.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
        defer {
            unlink(path)
            close(descriptor)
        }
        var written = 0
        while written < bytes.count {
            let count = bytes[written...].withUnsafeBytes { write(descriptor, $0.baseAddress, $0.count) }
            guard count > 0 else { throw noTemporaryFile }
            written += count
        }
        guard let archive = try? Archive(url: URL(fileURLWithPath: path), accessMode: .read, pathEncoding: nil) else {
            throw WorkbookError(damagedMessage)
        }
        return archive
    }

    static let damagedMessage = "工作簿已损坏（不是完整的 .xlsx 压缩包），读不出来；请在 Excel 中打开它，另存为 .xlsx 后再试"
    static let protectedMessage = "文件受密码保护，huibao 读不了加密的工作簿；请在 Excel 中取消密码后另存为 .xlsx"
    static let oldFormatMessage = "这是旧的 Excel 格式（.xls），只是改了扩展名；请在 Excel 中另存为 .xlsx"
    static let tooLargeMessage = "工作簿解压后太大（超过 192 MB），可能已损坏或不是台账；请只保留台账这一张表，另存为 .xlsx 后再试"

    /// An encrypted OOXML package is an OLE file with an `EncryptedPackage` stream (its
    /// directory names are UTF-16LE); an .xls has none.
    private static func isEncryptedPackage(_ bytes: [UInt8]) -> Bool {
        let name = Array("EncryptedPackage".utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] })
        return bytes.withUnsafeBufferPointer { buffer in
            guard buffer.count >= name.count else { return false }
            for start in 0...(buffer.count - name.count)
            where buffer[start] == name[0] && buffer[start..<(start + name.count)].elementsEqual(name) {
                return true
            }
            return false
        }
    }

    /// The part at `path` (no leading slash), nil when the package has none; inflation stops
    /// as soon as the part or the workbook passes its cap.
    mutating func part(_ path: String) throws(WorkbookError) -> Data? {
        guard let entry = archive[path], entry.type == .file else { return nil }
        let declared = entry.uncompressedSize
        guard declared <= UInt64(limits.bytesPerPart), inflated + Int(declared) <= limits.totalBytes else {
            throw WorkbookError(Self.tooLargeMessage)
        }
        var data = Data()
        var count = 0
        let cap = min(limits.bytesPerPart, limits.totalBytes - inflated)
        do {
            let checksum = try archive.extract(entry, skipCRC32: false) { chunk in
                count += chunk.count
                guard count <= cap else { throw CapExceeded() }
                data.append(chunk)
            }
            guard checksum == entry.checksum else { throw WorkbookError(Self.damagedMessage) }
        } catch is CapExceeded {
            throw WorkbookError(Self.tooLargeMessage)
        } catch let error as WorkbookError {
            throw error
        } catch {
            throw WorkbookError(Self.damagedMessage)
        }
        inflated += count
        return data
    }

    private struct CapExceeded: Error {}
}
