import Foundation

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// Removes what can run from an SVG file: `<script>`, `<foreignObject>` (HTML inside),
/// event attributes (`onload=`), `javascript:` links and animations that set them. Read
/// with a real XML parser (never patterns over the text); a file that is not XML cannot be
/// cleaned, and is reported as such.
enum SVGSanitizer {
    /// The result of reading one SVG file.
    enum Outcome: Equatable {
        /// Nothing to remove: publish the bytes as they are.
        case clean
        /// What was removed (`<script>`, `onload=`) and the file without it.
        case cleaned(removed: [String], bytes: [UInt8])
        /// Not well-formed XML: the parser's line and message.
        case invalid(line: Int, reason: String)
    }

    static func sanitize(_ bytes: [UInt8]) -> Outcome {
        let parser = XMLParser(data: Data(bytes))
        parser.shouldProcessNamespaces = false
        parser.shouldReportNamespacePrefixes = false
        parser.shouldResolveExternalEntities = false
        let writer = Writer()
        parser.delegate = writer
        // The parser may recover from a broken file: any error, or elements left open, is invalid.
        let parsed = parser.parse() && parser.parserError == nil && writer.depth == 0 && writer.sawRoot
        guard parsed, !writer.sawDTD else {
            let reason = writer.sawDTD ? "含有 DOCTYPE 声明" : (parser.parserError?.localizedDescription ?? "无法解析")
            return .invalid(line: max(parser.lineNumber, 1), reason: reason)
        }
        guard !writer.removed.isEmpty else { return .clean }
        var removed: [String] = []
        for item in writer.removed where !removed.contains(item) { removed.append(item) }
        return .cleaned(removed: removed, bytes: Array(("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + writer.output).utf8))
    }

    /// Elements removed with everything inside them.
    static let removedElements: Set<String> = [
        "script", "foreignobject", "iframe", "embed", "object", "handler", "listener",
    ]
    static let animations: Set<String> = ["set", "animate", "animatetransform", "animatemotion"]

    /// Whether an attribute value is a link that runs code.
    static func isScriptURL(_ value: String) -> Bool {
        let compact = String(
            value.unicodeScalars.filter { $0.value > 0x20 && !$0.properties.isWhitespace }.map(Character.init)
        ).lowercased()
        return compact.hasPrefix("javascript:") || compact.hasPrefix("vbscript:") || compact.hasPrefix("data:text/html")
    }

    private final class Writer: NSObject, XMLParserDelegate {
        var output = ""
        var removed: [String] = []
        var sawDTD = false
        var depth = 0
        var sawRoot = false
        private var skipping = 0
        private var isRoot = true

        func parser(
            _ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
            attributes: [String: String] = [:]
        ) {
            depth += 1
            sawRoot = true
            if skipping > 0 {
                skipping += 1
                return
            }
            let local = (name.split(separator: ":").last.map(String.init) ?? name).lowercased()
            if SVGSanitizer.removedElements.contains(local) {
                removed.append("<\(name)>")
                skipping = 1
                return
            }
            if SVGSanitizer.animations.contains(local) {
                let target = (attributes["attributeName"] ?? "").lowercased()
                if target.hasPrefix("on") || target.hasSuffix("href")
                    || attributes.values.contains(where: SVGSanitizer.isScriptURL)
                {
                    removed.append("<\(name) attributeName=\"\(attributes["attributeName"] ?? "")\">")
                    skipping = 1
                    return
                }
            }
            var attributes = attributes
            if isRoot, local == "svg" {
                // Declarations the parser may keep to itself: an image needs them.
                if attributes["xmlns"] == nil { attributes["xmlns"] = "http://www.w3.org/2000/svg" }
                if attributes["xmlns:xlink"] == nil { attributes["xmlns:xlink"] = "http://www.w3.org/1999/xlink" }
            }
            isRoot = false
            output += "<" + name
            for (key, value) in attributes.sorted(by: { $0.key < $1.key }) {
                let keyLocal = (key.split(separator: ":").last.map(String.init) ?? key).lowercased()
                if keyLocal.hasPrefix("on") {
                    removed.append("\(key)=")
                    continue
                }
                if SVGSanitizer.isScriptURL(value) {
                    removed.append("\(key)=\"javascript:…\"")
                    continue
                }
                output += " \(key)=\"\(escape(value, quotes: true))\""
            }
            output += ">"
        }

        func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
            depth -= 1
            if skipping > 0 {
                skipping -= 1
                return
            }
            output += "</\(name)>"
        }

        func parser(_ parser: XMLParser, foundCharacters string: String) {
            if skipping == 0 { output += escape(string, quotes: false) }
        }

        func parser(_ parser: XMLParser, foundIgnorableWhitespace whitespaceString: String) {
            if skipping == 0 { output += whitespaceString }
        }

        func parser(_ parser: XMLParser, foundCDATA CDATABlock: Data) {
            if skipping == 0 { output += escape(String(decoding: CDATABlock, as: UTF8.self), quotes: false) }
        }

        func parser(_ parser: XMLParser, foundProcessingInstructionWithTarget target: String, data: String?) {
            if target.lowercased() == "xml-stylesheet" { removed.append("<?xml-stylesheet?>") }
        }

        func parser(
            _ parser: XMLParser, foundInternalEntityDeclarationWithName name: String, value: String?
        ) { sawDTD = true }

        func parser(
            _ parser: XMLParser, foundExternalEntityDeclarationWithName name: String, publicID: String?,
            systemID: String?
        ) { sawDTD = true }

        func escape(_ text: String, quotes: Bool) -> String {
            var result = ""
            result.reserveCapacity(text.utf8.count)
            for scalar in text.unicodeScalars {
                switch scalar {
                case "&": result += "&amp;"
                case "<": result += "&lt;"
                case ">": result += "&gt;"
                case "\"" where quotes: result += "&quot;"
                default: result.unicodeScalars.append(scalar)
                }
            }
            return result
        }
    }
}
