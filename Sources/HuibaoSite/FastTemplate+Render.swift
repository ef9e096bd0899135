extension FastTemplate {
    /// A value met while rendering that the subset leaves to swift-mustache.
    struct UnsupportedValue: Error {}

    /// Renders `context`, with `partials` for `{{> name}}`; nil when the context holds a
    /// value outside the subset (the caller then renders with swift-mustache).
    /// - Parameter otherTemplates: names swift-mustache knows but the subset does not
    ///   (a partial among them is rendered by swift-mustache, so the whole page is).
    func render(_ context: [String: Any], partials: [String: FastTemplate], otherTemplates: Set<String>) -> String? {
        var result: [UInt8] = []
        guard render(context, partials: partials, otherTemplates: otherTemplates, into: &result) else { return nil }
        return String(decoding: result, as: UTF8.self)
    }

    /// Renders `context` as UTF-8 appended to `out`; false (with `out` partly written) when
    /// the context holds a value outside the subset.
    /// - Parameter emptyTextIsMissing: treat an empty string (or empty `HTMLBytes`) in a
    ///   dictionary as if its key were not there, as swift-mustache renders a context after
    ///   `PageRenderer.withoutEmptyText`, without building that pruned copy.
    func render(
        _ context: [String: Any], partials: [String: FastTemplate], otherTemplates: Set<String>,
        emptyTextIsMissing: Bool = false, into out: inout [UInt8]
    ) -> Bool {
        var renderer = Renderer(
            partials: partials, otherTemplates: otherTemplates, emptyTextIsMissing: emptyTextIsMissing)
        do {
            renderer.stack.append(.dictionary(context))
            try renderer.render(tokens, indentation: nil, into: &out)
            return true
        } catch {
            return false
        }
    }

    /// A value as swift-mustache treats it, told apart by its exact dynamic type.
    enum Value {
        case dictionary([String: Any])
        case text(String)
        case number(Int)
        case boolean(Bool)
        case list([Any])
        case dictionaries([[String: Any]])
        case texts([String])
        /// HTML already rendered, as bytes (a page's content, a write-up's body).
        case html([UInt8])
        /// `[String: String]` and lists of them, as page code writes small literals (the
        /// same as their `[String: Any]` copies that `PageRenderer.withoutEmptyText` makes).
        case textDictionary([String: String])
        case textDictionaries([[String: String]])

        private static let dictionaryType = ObjectIdentifier([String: Any].self)
        private static let stringType = ObjectIdentifier(String.self)
        private static let intType = ObjectIdentifier(Int.self)
        private static let boolType = ObjectIdentifier(Bool.self)
        private static let listType = ObjectIdentifier([Any].self)
        private static let dictionariesType = ObjectIdentifier([[String: Any]].self)
        private static let textsType = ObjectIdentifier([String].self)
        private static let htmlType = ObjectIdentifier(HTMLBytes.self)
        private static let textDictionaryType = ObjectIdentifier([String: String].self)
        private static let textDictionariesType = ObjectIdentifier([[String: String]].self)

        /// Only these exact types: an optional, a class or any other type throws, so that
        /// no cast or reflection of swift-mustache's has to be imitated.
        init(_ any: Any) throws(UnsupportedValue) {
            switch ObjectIdentifier(type(of: any)) {
            case Self.stringType: self = .text(any as! String)
            case Self.dictionaryType: self = .dictionary(any as! [String: Any])
            case Self.boolType: self = .boolean(any as! Bool)
            case Self.intType: self = .number(any as! Int)
            case Self.dictionariesType: self = .dictionaries(any as! [[String: Any]])
            case Self.textsType: self = .texts(any as! [String])
            case Self.listType: self = .list(any as! [Any])
            case Self.htmlType: self = .html((any as! HTMLBytes).bytes)
            case Self.textDictionaryType: self = .textDictionary(any as! [String: String])
            case Self.textDictionariesType: self = .textDictionaries(any as! [[String: String]])
            default: throw UnsupportedValue()
            }
        }

        /// swift-mustache's child lookup: a dictionary's value for `name`; text, numbers,
        /// booleans and lists have no named children (their mirrors have no labels).
        func child(_ name: String, emptyTextIsMissing: Bool) throws(UnsupportedValue) -> Value? {
            let value: Value
            switch self {
            case .dictionary(let dictionary):
                guard let child = dictionary[name] else { return nil }
                value = try Value(child)
            case .textDictionary(let dictionary):
                guard let child = dictionary[name] else { return nil }
                value = .text(child)
            default:
                return nil
            }
            if emptyTextIsMissing {
                switch value {
                case .text(let text) where text.isEmpty: return nil
                case .html(let bytes) where bytes.isEmpty: return nil
                default: break
                }
            }
            return value
        }
    }

    private struct Renderer {
        let partials: [String: FastTemplate]
        let otherTemplates: Set<String>
        let emptyTextIsMissing: Bool
        /// The context stack, innermost last: sections push onto it and pop when done (one
        /// array for the whole rendering instead of a new one per section).
        var stack: [Value] = []

        init(partials: [String: FastTemplate], otherTemplates: Set<String>, emptyTextIsMissing: Bool) {
            self.partials = partials
            self.otherTemplates = otherTemplates
            self.emptyTextIsMissing = emptyTextIsMissing
            stack.reserveCapacity(8)
        }

        /// `MustacheTemplate.render(context:)`, appended to `out`: with an indentation
        /// (inside an indented partial), every token that starts a line of this call's
        /// output gets it.
        mutating func render(_ tokens: [Token], indentation: String?, into out: inout [UInt8]) throws {
            guard let indentation, indentation != "" else {
                for token in tokens { try render(token, indentation: indentation, into: &out) }
                return
            }
            // A token starts a line when this call's output so far ends with the Character "\n"
            // (not "\r\n", which is one Character).
            let start = out.count
            for token in tokens {
                var rendered: [UInt8] = []
                try render(token, indentation: indentation, into: &rendered)
                let end = out.count
                if !rendered.isEmpty, end > start, out[end - 1] == UInt8(ascii: "\n"),
                    end - 1 == start || out[end - 2] != UInt8(ascii: "\r")
                {
                    out.append(contentsOf: indentation.utf8)
                }
                out.append(contentsOf: rendered)
            }
        }

        mutating func render(_ token: Token, indentation: String?, into out: inout [UInt8]) throws {
            switch token {
            case .text(let text):
                out.append(contentsOf: text.utf8)
            case .variable(let name, let escaped):
                guard let value = try lookup(name) else { return }
                switch value {
                case .text(let string): HTMLEscaping.append(string, escaped: escaped, into: &out)
                case .html(let bytes): HTMLEscaping.append(html: bytes, escaped: escaped, into: &out)
                case .number(let number): out.append(contentsOf: String(number).utf8)
                case .boolean(let bool): out.append(contentsOf: (bool ? "true" : "false").utf8)
                case .dictionary, .list, .dictionaries, .texts, .textDictionary, .textDictionaries:
                    throw UnsupportedValue()  // printed as Swift prints them
                }
            case .section(let name, let tokens):
                switch try lookup(name) {
                case .none: return
                case .boolean(let bool)?:
                    if bool { try render(tokens, indentation: indentation, into: &out) }
                case .list(let items)?: try renderEach(items.map { try Value($0) }, tokens, indentation, &out)
                case .dictionaries(let items)?:
                    try renderEach(items.lazy.map(Value.dictionary), tokens, indentation, &out)
                case .texts(let items)?: try renderEach(items.lazy.map(Value.text), tokens, indentation, &out)
                case .textDictionaries(let items)?:
                    try renderEach(items.lazy.map(Value.textDictionary), tokens, indentation, &out)
                case let value?:
                    stack.append(value)
                    defer { stack.removeLast() }
                    try render(tokens, indentation: indentation, into: &out)
                }
            case .invertedSection(let name, let tokens):
                var pushed: Value?
                switch try lookup(name) {
                case .none: break
                case .boolean(let bool)?: if bool { return }
                case .list(let items)? where items.isEmpty: pushed = .list(items)
                case .dictionaries(let items)? where items.isEmpty: pushed = .dictionaries(items)
                case .texts(let items)? where items.isEmpty: pushed = .texts(items)
                case .textDictionaries(let items)? where items.isEmpty: pushed = .textDictionaries(items)
                case .some: return
                }
                if let pushed { stack.append(pushed) }
                defer { if pushed != nil { stack.removeLast() } }
                try render(tokens, indentation: indentation, into: &out)
            case .partial(let name, let indented):
                guard let partial = partials[name] else {
                    if otherTemplates.contains(name) { throw UnsupportedValue() }
                    return  // swift-mustache renders an unknown partial as nothing
                }
                let inner = indented.map { (indentation ?? "") + $0 } ?? indentation
                try render(partial.tokens, indentation: inner, into: &out)
            }
        }

        /// A section over a list: its tokens once per item, the item on top of the stack.
        mutating func renderEach<Items: Sequence>(
            _ items: Items, _ tokens: [Token], _ indentation: String?, _ out: inout [UInt8]
        ) throws where Items.Element == Value {
            stack.append(.boolean(false))
            defer { stack.removeLast() }
            for item in items {
                stack[stack.count - 1] = item
                try render(tokens, indentation: indentation, into: &out)
            }
        }

        /// `MustacheTemplate.getChild(named:transforms:context:)` without transforms.
        func lookup(_ name: Name) throws -> Value? {
            if name.isCurrent { return stack.last }
            guard let first = name.parts.first else { return stack.last }
            var value: Value?
            if name.fromTopOnly {
                value = try stack.last?.child(first, emptyTextIsMissing: emptyTextIsMissing)
            } else {
                // Read in place from the top down (iterating `reversed()` copied each frame,
                // a retain and a release per frame per lookup); text frames have no children.
                var index = stack.count - 1
                while index >= 0 {
                    if case .text = stack[index] {
                        index -= 1
                        continue
                    }
                    if let found = try stack[index].child(first, emptyTextIsMissing: emptyTextIsMissing) {
                        value = found
                        break
                    }
                    index -= 1
                }
            }
            for part in name.parts.dropFirst() {
                guard let current = value else { return nil }
                value = try current.child(part, emptyTextIsMissing: emptyTextIsMissing)
            }
            return value
        }
    }
}
