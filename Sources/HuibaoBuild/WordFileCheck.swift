import Foundation
import ZIPFoundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Whether a .docx is one huibao wrote (so a rerun may replace it): a zip whose
/// `docProps/app.xml` names huibao as the application, as `DocxDocument` writes it. A Word file
/// from anywhere else is the user's and is never overwritten.
enum WordFileCheck {
    /// The largest `docProps/app.xml` read (huibao's is a few hundred bytes).
    static let maximumPropertiesSize: UInt64 = 64 * 1024

    static func isEarlierWordFile(_ path: String) -> Bool {
        let descriptor = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC)
        guard descriptor >= 0 else { return false }
        var status = stat()
        let regular = fstat(descriptor, &status) == 0 && status.st_mode & S_IFMT == S_IFREG
        close(descriptor)
        guard regular,
            let archive = try? Archive(url: URL(fileURLWithPath: path), accessMode: .read, pathEncoding: nil),
            let entry = archive["docProps/app.xml"], entry.type == .file,
            entry.uncompressedSize <= maximumPropertiesSize
        else { return false }
        var data = Data()
        guard (try? archive.extract(entry, skipCRC32: false) { data.append($0) }) != nil else { return false }
        return String(decoding: data, as: UTF8.self).contains("<Application>huibao</Application>")
    }
}
