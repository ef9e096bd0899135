import HuibaoModel

/// The document properties of a workbook: no ids, no user name, no clock time; created and
/// modified at 00:00 UTC of the as-of day, and `huibao` as the application (which also tells
/// huibao's own files from the user's before one is replaced).
enum XlsxProperties {
    static let application = "huibao"

    static func core(title: String, day: Day) -> [UInt8] {
        OfficeProperties.core(title: title, creator: application, day: day)
    }

    static func app(sheetNames: [String]) -> [UInt8] {
        var writer = XMLWriter()
        writer.open(
            "Properties",
            [
                ("xmlns", "http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"),
                ("xmlns:vt", "http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"),
            ])
        writer.element("Application", text: application)
        writer.open("HeadingPairs")
        writer.open("vt:vector", [("size", "2"), ("baseType", "variant")])
        writer.open("vt:variant")
        writer.element("vt:lpstr", text: "工作表")
        writer.close("vt:variant")
        writer.open("vt:variant")
        writer.element("vt:i4", text: String(sheetNames.count))
        writer.close("vt:variant")
        writer.close("vt:vector")
        writer.close("HeadingPairs")
        writer.open("TitlesOfParts")
        writer.open("vt:vector", [("size", String(sheetNames.count)), ("baseType", "lpstr")])
        for name in sheetNames { writer.element("vt:lpstr", text: name) }
        writer.close("vt:vector")
        writer.close("TitlesOfParts")
        writer.close("Properties")
        return writer.bytes
    }
}
