extension FastTemplate {
    /// A value met while rendering that the subset leaves to swift-mustache.
    struct UnsupportedValue: Error {}

    /// Renders `context`, with `partials` for `{{> name}}`; nil when the context holds a
    /// value outside the subset (the caller then renders with swift-mustache).
    /// - Parameter otherTemplates: names swift-mustache knows but the subset does not
    ///   (a partial among them is rendered by swift-mustache, so the whole page is).
    func render(_ context: [String: Any], partials: [String: FastTemplate], otherTemplates: Set<String>) -> String? {
        var renderer = Renderer(partials: partials, otherTemplates: otherTemplates)
        var result = ""
        do {
            try renderer.render(tokens, stack: [.dictionary(context)], indentation: nil, into: &result)
            return result
        } catch {
            return nil
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

        private static let dictionaryType = ObjectIdentifier([String: Any].self)
        private static let stringType = ObjectIdentifier(String.self)
        private static let intType = ObjectIdentifier(Int.self)
        private static let boolType = ObjectIdentifier(Bool.self)
        private static let listType = ObjectIdentifier([Any].self)
        private static let dictionariesType = ObjectIdentifier([[String: Any]].self)
        private static let textsType = ObjectIdentifier([String].self)

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
            default: throw UnsupportedValue()
            }
        }

        /// swift-mustache's child lookup: a dictionary's value for `name`; text, numbers,
        /// booleans and lists have no named children (their mirrors have no labels).
        func child(_ name: String) throws(UnsupportedValue) -> Value? {
            guard case .dictionary(let dictionary) = self, let child = dictionary[name] else { return nil }
            return try Value(child)
        }
    }

    private struct Renderer {
        let partials: [String: FastTemplate]
        let otherTemplates: Set<String>

        /// `MustacheTemplate.render(context:)`, appended to `out`: with an indentation
        /// (inside an indented partial), every token that starts a line of this call's
        /// output gets it.
        mutating func render(_ tokens: [Token], stack: [Value], indentation: String?, into out: inout String) throws {
            guard let indentation, indentation != "" else {
                for token in tokens { try render(token, stack: stack, indentation: indentation, into: &out) }
                return
            }
            var result = ""
            for token in tokens {
                var rendered = ""
                try render(token, stack: stack, indentation: indentation, into: &rendered)
                if !rendered.isEmpty, result.last == "\n" { result += indentation }
                result += rendered
            }
            out += result
        }

        mutating func render(_ token: Token, stack: [Value], indentation: String?, into out: inout String) throws {
            switch token {
            case .text(let text):
                out += text
            case .variable(let name, let escaped):
                guard let value = try lookup(name, in: stack) else { return }
                switch value {
                case .text(let string): out += escaped ? HTMLEscaping.escape(string) : string
                case .number(let number): out += String(number)
                case .boolean(let bool): out += bool ? "true" : "false"
                case .dictionary, .list, .dictionaries, .texts: throw UnsupportedValue()  // printed as Swift prints them
                }
            case .section(let name, let tokens):
                switch try lookup(name, in: stack) {
                case .none: return
                case .boolean(let bool)?:
                    if bool { try render(tokens, stack: stack, indentation: indentation, into: &out) }
                case .list(let items)?: try renderEach(items.map { try Value($0) }, tokens, stack, indentation, &out)
                case .dictionaries(let items)?:
                    try renderEach(items.lazy.map(Value.dictionary), tokens, stack, indentation, &out)
                case .texts(let items)?: try renderEach(items.lazy.map(Value.text), tokens, stack, indentation, &out)
                case let value?: try render(tokens, stack: stack + [value], indentation: indentation, into: &out)
                }
            case .invertedSection(let name, let tokens):
                var pushed: Value?
                switch try lookup(name, in: stack) {
                case .none: break
                case .boolean(let bool)?: if bool { return }
                case .list(let items)? where items.isEmpty: pushed = .list(items)
                case .dictionaries(let items)? where items.isEmpty: pushed = .dictionaries(items)
                case .texts(let items)? where items.isEmpty: pushed = .texts(items)
                case .some: return
                }
                try render(tokens, stack: pushed.map { stack + [$0] } ?? stack, indentation: indentation, into: &out)
            case .partial(let name, let indented):
                guard let partial = partials[name] else {
                    if otherTemplates.contains(name) { throw UnsupportedValue() }
                    return  // swift-mustache renders an unknown partial as nothing
                }
                let inner = indented.map { (indentation ?? "") + $0 } ?? indentation
                try render(partial.tokens, stack: stack, indentation: inner, into: &out)
            }
        }

        /// A section over a list: its tokens once per item, the item on top of the stack.
        mutating func renderEach<Items: Sequence>(
            _ items: Items, _ tokens: [Token], _ stack: [Value], _ indentation: String?, _ out: inout String
        ) throws where Items.Element == Value {
            var stack = stack
            stack.append(.boolean(false))
            for item in items {
                stack[stack.count - 1] = item
                try render(tokens, stack: stack, indentation: indentation, into: &out)
            }
        }

        /// `MustacheTemplate.getChild(named:transforms:context:)` without transforms.
        func lookup(_ name: Name, in stack: [Value]) throws -> Value? {
            if name.isCurrent { return stack.last }
            guard let first = name.parts.first else { return stack.last }
            var value: Value?
            if name.fromTopOnly {
                value = try stack.last?.child(first)
            } else {
                for object in stack.reversed() {
                    if let found = try object.child(first) {
                        value = found
                        break
                    }
                }
            }
            for part in name.parts.dropFirst() {
                guard let current = value else { return nil }
                value = try current.child(part)
            }
            return value
        }
    }
}
