import Foundation
import HuibaoTestSupport

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// Everything readable in huibao's outputs, for the personal-data greps, keyed by where it was
/// found. Every file is read as text; every file ending in .zip, .docx or .xlsx, wherever it
/// is (inside another zip too), is unzipped by Python's zipfile (independent of the writers'
/// ZIPFoundation code) and each of its parts read the same way under `file.zip!/part`. An XML
/// part is also read as its character data (`…!/part (text)`: entities decoded, Word's runs
/// joined, so a number split across runs or written as `&#49;` is still whole), and the
/// base64 of every `data:` URI is decoded (`… (data: URIs)`).
enum OutputTexts {
    static let zipExtensions: Set<String> = ["zip", "docx", "xlsx"]

    /// Every file below `folder`, keyed by its relative path.
    static func of(folder: URL) throws -> [String: String] {
        var result: [String: String] = [:]
        for path in Fixtures.files(in: folder) {
            let data = try Data(contentsOf: folder.appendingPathComponent(path))
            try add(data, as: path, to: &result)
        }
        return result
    }

    /// One output file, keyed by `name`.
    static func of(file: URL, as name: String) throws -> [String: String] {
        var result: [String: String] = [:]
        try add(try Data(contentsOf: file), as: name, to: &result)
        return result
    }

    /// Adds `data`, read from the output `name`, and for a zip every part inside it.
    static func add(_ data: Data, as name: String, to result: inout [String: String], depth: Int = 0) throws {
        let lower = name.lowercased()
        if zipExtensions.contains(where: { lower.hasSuffix("." + $0) }) {
            precondition(depth < 4, "zips nested too deep in \(name)")
            let folder = try Fixtures.temporaryFolder()
            defer { try? FileManager.default.removeItem(at: folder) }
            let file = folder.appendingPathComponent("entry.zip")
            try data.write(to: file)
            // The zip's own bytes too: its entry names are stored as they are.
            result[name] = String(decoding: data, as: UTF8.self)
            for entry in try OfficeTools.zipEntries(file) {
                result[name + "!/" + entry.name + " (entry name)"] = entry.name
                if !entry.directory { try add(entry.data, as: name + "!/" + entry.name, to: &result, depth: depth + 1) }
            }
            return
        }
        let text = String(decoding: data, as: UTF8.self)
        result[name] = text
        if lower.hasSuffix(".xml") || lower.hasSuffix(".rels") {
            result[name + " (text)"] = characters(of: data) ?? ""
        }
        if text.contains(";base64,") {
            result[name + " (data: URIs)"] = PersonalDataLeakTests.decodedDataURIs(text).joined(separator: "\n")
        }
    }

    /// An XML document's character data as XMLParser (FoundationXML) reads it, or nil when it
    /// is not well-formed (the raw text is grepped anyway).
    static func characters(of data: Data) -> String? {
        let parser = XMLParser(data: data)
        let collector = CharacterCollector()
        parser.delegate = collector
        parser.shouldResolveExternalEntities = false
        return parser.parse() ? collector.text : nil
    }

    final class CharacterCollector: NSObject, XMLParserDelegate {
        var text = ""
        func parser(_ parser: XMLParser, foundCharacters string: String) { text += string }
        func parser(_ parser: XMLParser, foundCDATA CDATABlock: Data) {
            text += String(decoding: CDATABlock, as: UTF8.self)
        }
    }
}
