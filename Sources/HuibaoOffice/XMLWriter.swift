/// Builds one XML part as text: a declaration, then elements opened and closed in order, every
/// attribute value and text escaped (`XMLText`). Attributes are written in the order given, so
/// the same calls give the same bytes.
public struct XMLWriter: Sendable {
    public private(set) var text: String

    /// Starts a part with `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>`.
    public init() {
        text = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
    }

    /// `<name a="1" …>`.
    public mutating func open(_ name: String, _ attributes: [(String, String)] = []) {
        text += "<" + name
        append(attributes)
        text += ">"
    }

    /// `</name>`.
    public mutating func close(_ name: String) {
        text += "</" + name + ">"
    }

    /// `<name …/>`.
    public mutating func empty(_ name: String, _ attributes: [(String, String)] = []) {
        text += "<" + name
        append(attributes)
        text += "/>"
    }

    /// `<name …>text</name>`.
    public mutating func element(_ name: String, _ attributes: [(String, String)] = [], text content: String) {
        open(name, attributes)
        text += XMLText.escaped(content)
        close(name)
    }

    /// Escaped character data inside the open element.
    public mutating func characters(_ content: String) {
        text += XMLText.escaped(content)
    }

    /// Markup written as it is: only for fixed strings in huibao's own code, never user text.
    public mutating func raw(_ markup: String) {
        text += markup
    }

    /// The part's UTF-8 bytes.
    public var bytes: [UInt8] { Array(text.utf8) }

    private mutating func append(_ attributes: [(String, String)]) {
        for (key, value) in attributes {
            text += " " + key + "=\"" + XMLText.escaped(value) + "\""
        }
    }
}
