import HuibaoModel

/// `docProps/core.xml` of a Word or Excel file: the title and creator, created and modified at
/// 00:00 UTC of the as-of day (no clock time, no ids), so the same day gives the same bytes.
public enum OfficeProperties {
    /// The core properties; `lastModifiedBy` and `language` are written only when given.
    public static func core(
        title: String, creator: String, lastModifiedBy: String? = nil, language: String? = nil, day: Day
    ) -> [UInt8] {
        var writer = XMLWriter()
        writer.open(
            "cp:coreProperties",
            [
                ("xmlns:cp", "http://schemas.openxmlformats.org/package/2006/metadata/core-properties"),
                ("xmlns:dc", "http://purl.org/dc/elements/1.1/"), ("xmlns:dcterms", "http://purl.org/dc/terms/"),
                ("xmlns:dcmitype", "http://purl.org/dc/dcmitype/"),
                ("xmlns:xsi", "http://www.w3.org/2001/XMLSchema-instance"),
            ])
        writer.element("dc:title", text: title)
        writer.element("dc:creator", text: creator)
        if let lastModifiedBy { writer.element("cp:lastModifiedBy", text: lastModifiedBy) }
        if let language { writer.element("dc:language", text: language) }
        let stamp = day.isoText + "T00:00:00Z"
        writer.element("dcterms:created", [("xsi:type", "dcterms:W3CDTF")], text: stamp)
        writer.element("dcterms:modified", [("xsi:type", "dcterms:W3CDTF")], text: stamp)
        writer.close("cp:coreProperties")
        return writer.bytes
    }
}
