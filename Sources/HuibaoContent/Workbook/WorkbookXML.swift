import Foundation

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// Runs FoundationXML's SAX `XMLParser` over one package part, safely: a part with a DOCTYPE
/// (where entities would be declared) or in another encoding than UTF-8 is refused before
/// parsing, external entities are never resolved, and a handler can stop the parse at once.
enum WorkbookXML {
    /// Parses `data` with `handler`; throws the handler's own error when it stopped the parse,
    /// or a damaged-part error naming `part` when the XML is not well formed.
    static func parse(_ data: Data, part: String, handler: WorkbookXMLHandler) throws(WorkbookError) {
        try refuseUnsafe(data, part: part)
        let parser = XMLParser(data: data)
        parser.shouldProcessNamespaces = true
        parser.shouldReportNamespacePrefixes = false
        parser.shouldResolveExternalEntities = false
        parser.delegate = handler
        handler.parser = parser
        let finished = parser.parse()
        parser.delegate = nil
        handler.parser = nil
        if let error = handler.stopError { throw error }
        if !finished {
            throw WorkbookError("工作簿中的 \(part) 已损坏，读不出来；请在 Excel 中打开它，另存为 .xlsx 后再试")
        }
    }

    /// A DOCTYPE (entity declarations, a billion laughs, an external entity) or an encoding
    /// other than UTF-8 (which could hide one) is never handed to the parser.
    static func refuseUnsafe(_ data: Data, part: String) throws(WorkbookError) {
        let refusal = WorkbookError(
            "工作簿中的 \(part) 含有 Excel 不会写的 XML 声明（DOCTYPE 或其他编码），为安全起见不读；请在 Excel 中打开它，另存为 .xlsx 后再试")
        let head = data.prefix(4)
        if head.starts(with: [0xFE, 0xFF]) || head.starts(with: [0xFF, 0xFE]) || head.contains(0) { throw refusal }
        if contains(data, Array("<!DOCTYPE".utf8)) || contains(data, Array("<!ENTITY".utf8)) { throw refusal }
        // The XML declaration, when it names an encoding, must name UTF-8.
        let declaration = String(decoding: data.prefix(200).prefix { $0 != UInt8(ascii: ">") }, as: UTF8.self)
        if declaration.hasPrefix("<?xml"), let range = declaration.range(of: "encoding") {
            let rest = declaration[range.upperBound...].lowercased()
            if !(rest.contains("\"utf-8\"") || rest.contains("'utf-8'")) { throw refusal }
        }
    }

    /// Case-sensitive as XML is: `<!doctype` is no declaration and fails to parse.
    private static func contains(_ data: Data, _ needle: [UInt8]) -> Bool {
        data.range(of: Data(needle)) != nil
    }

    /// The attribute named `name` (local name, any prefix: `r:id` for `id`).
    static func attribute(_ attributes: [String: String], _ name: String) -> String? {
        if let value = attributes[name] { return value }
        for (key, value) in attributes where key.hasSuffix(":" + name) { return value }
        return nil
    }

    /// Excel's escapes for characters XML cannot hold: `_x000D_` is a carriage return.
    static func unescapeExcel(_ text: String) -> String {
        guard text.contains("_x") else { return text }
        var result = ""
        var rest = Substring(text)
        while let start = rest.range(of: "_x") {
            result += rest[..<start.lowerBound]
            let after = rest[start.upperBound...]
            let hex = after.prefix(4)
            if hex.count == 4, after.dropFirst(4).first == "_", let value = UInt32(hex, radix: 16),
                let scalar = Unicode.Scalar(value)
            {
                result.unicodeScalars.append(scalar)
                rest = after.dropFirst(5)
            } else {
                result += "_x"
                rest = after
            }
        }
        return result + rest
    }
}

/// The base of each part's SAX handler: it can stop the parse with an error of its own.
class WorkbookXMLHandler: NSObject, XMLParserDelegate {
    weak var parser: XMLParser?
    private(set) var stopError: WorkbookError?

    func stop(_ error: WorkbookError) {
        guard stopError == nil else { return }
        stopError = error
        parser?.abortParsing()
    }

    // The protocol's methods are declared here and overridden by each handler: a subclass's
    // own method would not be called (the conformance binds to the base class).
    func parser(
        _ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?, qualifiedName: String?,
        attributes: [String: String] = [:]
    ) {}

    func parser(_ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName: String?) {
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {}

    func parser(_ parser: XMLParser, foundCDATA block: Data) {}
}

/// A `.rels` part: each relationship's id, type and target.
final class RelationshipsHandler: WorkbookXMLHandler {
    struct Relationship {
        var id: String
        var type: String
        var target: String
        var isExternal: Bool
    }
    private(set) var relationships: [Relationship] = []

    override func parser(
        _ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?, qualifiedName: String?,
        attributes: [String: String] = [:]
    ) {
        guard elementName == "Relationship" else { return }
        relationships.append(
            Relationship(
                id: WorkbookXML.attribute(attributes, "Id") ?? "",
                type: WorkbookXML.attribute(attributes, "Type") ?? "",
                target: WorkbookXML.attribute(attributes, "Target") ?? "",
                isExternal: WorkbookXML.attribute(attributes, "TargetMode") == "External"))
    }
}

/// `xl/workbook.xml`: the date system and the first sheet's relationship id.
final class WorkbookPartHandler: WorkbookXMLHandler {
    private(set) var date1904 = false
    private(set) var firstSheetId: String?

    override func parser(
        _ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?, qualifiedName: String?,
        attributes: [String: String] = [:]
    ) {
        switch elementName {
        case "workbookPr":
            let value = WorkbookXML.attribute(attributes, "date1904")?.lowercased()
            date1904 = value == "1" || value == "true"
        case "sheet":
            if firstSheetId == nil { firstSheetId = WorkbookXML.attribute(attributes, "id") }
        default:
            break
        }
    }
}

/// `xl/sharedStrings.xml`: each string item's text, its rich-text runs joined, phonetic
/// guides (`rPh`) left out.
final class SharedStringsHandler: WorkbookXMLHandler {
    private(set) var strings: [String] = []
    private var current = ""
    private var inItem = false
    private var inText = false
    private var phoneticDepth = 0

    override func parser(
        _ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?, qualifiedName: String?,
        attributes: [String: String] = [:]
    ) {
        switch elementName {
        case "si":
            inItem = true
            current = ""
        case "rPh": phoneticDepth += 1
        case "t": inText = inItem && phoneticDepth == 0
        default: break
        }
    }

    override func parser(
        _ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName: String?
    ) {
        switch elementName {
        case "si":
            strings.append(WorkbookXML.unescapeExcel(current))
            inItem = false
        case "rPh": phoneticDepth -= 1
        case "t": inText = false
        default: break
        }
    }

    override func parser(_ parser: XMLParser, foundCharacters string: String) {
        if inText { current += string }
    }

    override func parser(_ parser: XMLParser, foundCDATA block: Data) {
        if inText { current += String(decoding: block, as: UTF8.self) }
    }
}

/// `xl/styles.xml`: the custom number formats and each cell format's number format id.
final class StylesHandler: WorkbookXMLHandler {
    private(set) var formatCodes: [Int: String] = [:]
    private(set) var cellFormatIds: [Int] = []
    private var inCellXfs = false

    override func parser(
        _ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?, qualifiedName: String?,
        attributes: [String: String] = [:]
    ) {
        switch elementName {
        case "numFmt":
            if let id = WorkbookXML.attribute(attributes, "numFmtId").flatMap({ Int($0) }),
                let code = WorkbookXML.attribute(attributes, "formatCode")
            {
                formatCodes[id] = code
            }
        case "cellXfs":
            inCellXfs = true
        case "xf" where inCellXfs:
            cellFormatIds.append(WorkbookXML.attribute(attributes, "numFmtId").flatMap { Int($0) } ?? 0)
        default:
            break
        }
    }

    override func parser(
        _ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName: String?
    ) {
        if elementName == "cellXfs" { inCellXfs = false }
    }

    /// Whether cell format (style) `index` shows dates.
    func isDateStyle(_ index: Int) -> Bool {
        guard cellFormatIds.indices.contains(index) else { return false }
        let id = cellFormatIds[index]
        return WorkbookDates.isDate(formatId: id, code: formatCodes[id])
    }
}
