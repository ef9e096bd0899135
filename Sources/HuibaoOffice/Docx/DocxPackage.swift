import HuibaoModel

/// Assembles a `DocxDocument` into an Office package: the body, its styles, settings, fonts,
/// footer, numbering and pictures, and docProps dated the given day. Relationship ids and part
/// names follow the blocks' order, so the same document and day give the same parts.
public enum DocxPackage {
    public enum ContentType {
        static let prefix = "application/vnd.openxmlformats-officedocument."
        public static let document = prefix + "wordprocessingml.document.main+xml"
        public static let styles = prefix + "wordprocessingml.styles+xml"
        public static let settings = prefix + "wordprocessingml.settings+xml"
        public static let fontTable = prefix + "wordprocessingml.fontTable+xml"
        public static let footer = prefix + "wordprocessingml.footer+xml"
        public static let numbering = prefix + "wordprocessingml.numbering+xml"
        public static let coreProperties = "application/vnd.openxmlformats-package.core-properties+xml"
        public static let extendedProperties = prefix + "extended-properties+xml"
    }

    /// The package of `document`, its properties dated `day`.
    public static func package(_ document: DocxDocument, day: Day) -> OfficePackage {
        var relationships = Relationships()
        relationships.add(type: Relationships.Kind.styles, target: "styles.xml")
        relationships.add(type: Relationships.Kind.settings, target: "settings.xml")
        relationships.add(type: Relationships.Kind.fontTable, target: "fontTable.xml")
        let footerID =
            document.pageNumbers ? relationships.add(type: Relationships.Kind.footer, target: "footer1.xml") : nil
        let hasLists = document.blocks.contains { if case .list = $0 { true } else { false } }
        if hasLists { relationships.add(type: Relationships.Kind.numbering, target: "numbering.xml") }

        var body = DocxBody(document: document, relationships: relationships, footerID: footerID)
        body.write(document)

        var package = OfficePackage()
        package.relationships.add(type: Relationships.Kind.officeDocument, target: "word/document.xml")
        package.relationships.add(type: Relationships.Kind.coreProperties, target: "docProps/core.xml")
        package.relationships.add(type: Relationships.Kind.extendedProperties, target: "docProps/app.xml")
        package.add("word/document.xml", contentType: ContentType.document, bytes: body.writer.bytes)
        package.add(
            "word/_rels/document.xml.rels", contentType: "application/vnd.openxmlformats-package.relationships+xml",
            bytes: body.relationships.xml)
        package.add("word/styles.xml", contentType: ContentType.styles, bytes: DocxStyles.styles)
        package.add("word/settings.xml", contentType: ContentType.settings, bytes: DocxStyles.settings)
        package.add("word/fontTable.xml", contentType: ContentType.fontTable, bytes: DocxStyles.fontTable)
        if footerID != nil {
            package.add("word/footer1.xml", contentType: ContentType.footer, bytes: DocxFields.footer)
        }
        if hasLists {
            package.add(
                "word/numbering.xml", contentType: ContentType.numbering, bytes: DocxStyles.numbering(body.lists))
        }
        for media in body.media {
            package.add(media.path, contentType: media.format.contentType, bytes: media.bytes)
        }
        package.add(
            "docProps/core.xml", contentType: ContentType.coreProperties, bytes: coreProperties(document, day: day))
        package.add("docProps/app.xml", contentType: ContentType.extendedProperties, bytes: appProperties)
        return package
    }

    /// `docProps/core.xml`: title, author, language, created and modified at `day` 00:00 UTC.
    static func coreProperties(_ document: DocxDocument, day: Day) -> [UInt8] {
        OfficeProperties.core(
            title: document.title, creator: document.author, lastModifiedBy: document.author, language: "zh-CN", day: day)
    }

    /// `docProps/app.xml`: the application, nothing that varies.
    static var appProperties: [UInt8] {
        var writer = XMLWriter()
        writer.open(
            "Properties",
            [
                ("xmlns", "http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"),
                ("xmlns:vt", "http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"),
            ])
        writer.element("Application", text: "huibao")
        writer.element("DocSecurity", text: "0")
        writer.element("ScaleCrop", text: "false")
        writer.element("LinksUpToDate", text: "false")
        writer.element("SharedDoc", text: "false")
        writer.element("HyperlinksChanged", text: "false")
        writer.close("Properties")
        return writer.bytes
    }
}
