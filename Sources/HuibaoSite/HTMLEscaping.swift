import Mustache

/// swift-mustache's HTML escaping with the same output, only faster: its `htmlEscape()` looks
/// every Character up in a dictionary, which made escaping a sixth of a build's time (Chinese
/// text takes the slow path of Character iteration). Templates opt in with a content-type
/// pragma that `TemplateSet` puts on a line of its own before each template's text.
/// ``escape(_:)`` is the one HTML escaper: pages, SVG charts and the preview's error page.
public struct HTMLEscaping: MustacheContentType {
    /// The content type's name in swift-mustache's registry.
    static let name = "HUIBAO_HTML"

    /// Registers the content type (once; registering again only replaces it by itself).
    private static let registered: Bool = {
        MustacheContentTypes.register(HTMLEscaping(), named: name)
        return true
    }()

    /// `template` made to escape through `HTMLEscaping`: its text parsed again after a
    /// standalone pragma line, which renders as nothing. `template` itself when that fails.
    static func fast(_ template: MustacheTemplate, text: String) -> MustacheTemplate {
        guard registered, let fast = try? MustacheTemplate(string: "{{% CONTENT_TYPE: \(name) }}\n" + text) else {
            return template
        }
        return fast
    }

    public func escapeText(_ text: String) -> String { Self.escape(text) }

    /// Exactly `String.htmlEscape()` of swift-mustache: `<`, `>`, `&`, `"` and `'` replaced
    /// when they are whole Characters (one followed by a combining mark stays as it is).
    public static func escape(_ text: String) -> String {
        guard text.utf8.withContiguousStorageIfAvailable(needsEscaping) ?? needsEscaping(Array(text.utf8))
        else { return text }
        var result = ""
        result.reserveCapacity(text.utf8.count + 16)
        for character in text {
            switch character {
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "&": result += "&amp;"
            case "\"": result += "&quot;"
            case "'": result += "&#39;"
            default: result.append(character)
            }
        }
        return result
    }

    /// A template variable's text appended to `out`: escaped for `{{x}}`, as it is for `{{{x}}}`.
    static func append(_ text: String, escaped: Bool, into out: inout [UInt8]) {
        if escaped { escape(text, into: &out) } else { out.append(contentsOf: text.utf8) }
    }

    /// The same for HTML already rendered as UTF-8 bytes.
    static func append(html: [UInt8], escaped: Bool, into out: inout [UInt8]) {
        if escaped { escape(String(decoding: html, as: UTF8.self), into: &out) } else { out.append(contentsOf: html) }
    }

    /// ``escape(_:)`` appended to `out` as UTF-8.
    static func escape(_ text: String, into out: inout [UInt8]) {
        var text = text
        let needs = text.withUTF8 { bytes in
            if !needsEscaping(bytes) {
                out.append(contentsOf: bytes)
                return false
            }
            return true
        }
        if needs { out.append(contentsOf: escape(text).utf8) }
    }

    static func needsEscaping<Bytes: Sequence<UInt8>>(_ bytes: Bytes) -> Bool {
        bytes.contains { byte in
            byte == UInt8(ascii: "<") || byte == UInt8(ascii: ">") || byte == UInt8(ascii: "&")
                || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'")
        }
    }
}
