/// The relationships of one part (`_rels/.rels`, `word/_rels/document.xml.rels`, …): ids
/// handed out in the order targets are added (`rId1`, `rId2`, …), so the same additions give
/// the same ids and bytes.
public struct Relationships: Sendable {
    public struct Entry: Sendable, Equatable {
        public var id: String
        public var type: String
        public var target: String
        /// True for a link outside the package (`TargetMode="External"`).
        public var isExternal: Bool
    }

    public private(set) var entries: [Entry] = []

    public init() {}

    /// Adds a relationship and returns its id.
    @discardableResult
    public mutating func add(type: String, target: String, external: Bool = false) -> String {
        let id = "rId\(entries.count + 1)"
        entries.append(Entry(id: id, type: type, target: target, isExternal: external))
        return id
    }

    /// The `.rels` part.
    public var xml: [UInt8] {
        var writer = XMLWriter()
        writer.open("Relationships", [("xmlns", "http://schemas.openxmlformats.org/package/2006/relationships")])
        for entry in entries {
            var attributes = [("Id", entry.id), ("Type", entry.type), ("Target", entry.target)]
            if entry.isExternal { attributes.append(("TargetMode", "External")) }
            writer.empty("Relationship", attributes)
        }
        writer.close("Relationships")
        return writer.bytes
    }

    /// Relationship types used by the Word and Excel writers.
    public enum Kind {
        public static let officeDocument =
            "http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument"
        public static let coreProperties =
            "http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties"
        public static let extendedProperties =
            "http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties"
        public static let styles = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles"
        public static let settings = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/settings"
        public static let numbering = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering"
        public static let fontTable = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/fontTable"
        public static let footer = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/footer"
        public static let header = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/header"
        public static let image = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/image"
        public static let hyperlink = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink"
        public static let worksheet = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet"
        public static let sharedStrings =
            "http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings"
        public static let theme = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/theme"
    }
}
