import Foundation
import HuibaoModel
import ZIPFoundation

/// An Office Open XML package (.docx, .xlsx) as parts with content types, zipped
/// deterministically: `[Content_Types].xml` first, then `_rels/.rels`, then every other part in
/// the order of its path's UTF-8 bytes; no directory entries; every entry dated the given day at
/// 00:00 UTC (ZIPFoundation writes DOS time through `gmtime`), deflated at one level, 0644. The
/// same parts and day give the same bytes (documents.md "Every writer").
public struct OfficePackage: Sendable {
    /// One part: its path inside the package (no leading `/`), content type and bytes.
    public struct Part: Sendable {
        public var path: String
        public var contentType: String
        public var bytes: [UInt8]
    }

    /// Writing the zip failed (in memory: only on an internal ZIPFoundation error), in Chinese.
    public struct Failure: Error, Sendable {
        public var message: String
    }

    public private(set) var parts: [Part] = []
    /// The package's own relationships (`_rels/.rels`).
    public var relationships = Relationships()

    public init() {}

    /// Adds a part; a second part at the same path replaces the first.
    public mutating func add(_ path: String, contentType: String, bytes: [UInt8]) {
        parts.removeAll { $0.path == path }
        parts.append(Part(path: path, contentType: contentType, bytes: bytes))
    }

    /// Content types given by extension (`Default`); every other part gets an `Override`.
    static let defaults: [(String, String)] = [
        ("jpeg", "image/jpeg"), ("png", "image/png"),
        ("rels", "application/vnd.openxmlformats-package.relationships+xml"), ("xml", "application/xml"),
    ]

    /// `[Content_Types].xml` for the parts added.
    public var contentTypes: [UInt8] {
        var writer = XMLWriter()
        writer.open("Types", [("xmlns", "http://schemas.openxmlformats.org/package/2006/content-types")])
        for (ext, type) in Self.defaults {
            writer.empty("Default", [("Extension", ext), ("ContentType", type)])
        }
        for part in parts.sorted(by: { $0.path.utf8.lexicographicallyPrecedes($1.path.utf8) }) {
            let ext = part.path.split(separator: ".").last.map(String.init) ?? ""
            if Self.defaults.contains(where: { $0.0 == ext && $0.1 == part.contentType }) { continue }
            writer.empty("Override", [("PartName", "/" + part.path), ("ContentType", part.contentType)])
        }
        writer.close("Types")
        return writer.bytes
    }

    /// Every entry of the zip in order: `[Content_Types].xml`, `_rels/.rels`, the parts.
    public var entries: [(path: String, bytes: [UInt8])] {
        let sorted = parts.sorted { $0.path.utf8.lexicographicallyPrecedes($1.path.utf8) }
        return [("[Content_Types].xml", contentTypes), ("_rels/.rels", relationships.xml)]
            + sorted.map { ($0.path, $0.bytes) }
    }

    /// The `Date` ZIPFoundation is given for `day`: its 00:00 UTC (not before 1980-01-01, the
    /// first day DOS time can hold).
    static func timestamp(_ day: Day) -> Date {
        let earliest = Day(year: 1980, month: 1, day: 1)!
        return Date(timeIntervalSince1970: TimeInterval(max(day, earliest).ordinal) * 86_400)
    }

    /// The package as zip bytes, every entry dated `day`.
    public func zipped(day: Day) throws(Failure) -> [UInt8] {
        let date = Self.timestamp(day)
        do {
            let archive = try Archive(accessMode: .create)
            for (path, bytes) in entries {
                let data = Data(bytes)
                try archive.addEntry(
                    with: path, type: .file, uncompressedSize: Int64(data.count), modificationDate: date,
                    permissions: 0o644, compressionMethod: .deflate,
                    provider: { position, size in data.subdata(in: Int(position)..<Int(position) + size) })
            }
            guard let data = archive.data else { throw Failure(message: "无法在内存中生成 zip") }
            return [UInt8](data)
        } catch let failure as Failure {
            throw failure
        } catch {
            throw Failure(message: "无法生成 Office 文件：\(error)")
        }
    }
}
