/// A Mustache template in the subset huibao's templates use — text, variables (`{{a.b}}`,
/// `{{{a}}}`, `{{&a}}`, `{{.}}`), sections, inverted sections, comments and partials —
/// rendered with exactly swift-mustache's output in a fraction of its time (its dynamic
/// casts and name splitting per lookup were most of a build). It is parsed by a port of
/// swift-mustache's own parser, so whitespace and standalone lines come out the same.
/// Templates outside the subset (delimiter changes, pragmas, inheritance, transforms,
/// dynamic partials) and contexts holding values other than text, numbers, booleans,
/// lists and `[String: Any]` are left to swift-mustache.
struct FastTemplate: Sendable {
    indirect enum Token: Sendable {
        case text(String)
        case variable(Name, escaped: Bool)
        case section(Name, [Token])
        case invertedSection(Name, [Token])
        case partial(String, indentation: String?)
    }

    /// A variable name, split once: `.` (the current object), `.a.b` (from the current
    /// object only) or `a.b` (the first object on the stack that has `a`).
    struct Name: Sendable {
        var isCurrent: Bool
        var fromTopOnly: Bool
        var parts: [String]

        init(_ name: String) {
            isCurrent = name == "."
            fromTopOnly = !isCurrent && name.first == "."
            parts = name.split(separator: ".").map(String.init)
        }
    }

    /// The template's text is outside the subset, or did not parse.
    struct Unsupported: Error {}

    let tokens: [Token]

    init(tokens: [Token]) { self.tokens = tokens }

    /// Parses `text`; throws `Unsupported` for anything outside the subset.
    init(_ text: String) throws(Unsupported) {
        var scanner = Scanner(text)
        do {
            tokens = try Self.parse(&scanner, state: State())
        } catch {
            throw Unsupported()
        }
    }
}

// MARK: - The parser (swift-mustache 2.1.1's `MustacheTemplate.parse`, for the subset)

extension FastTemplate {
    struct State {
        var sectionName: String?
        var newLine = true
        let startDelimiter = "{{"
        let endDelimiter = "}}"

        func withSectionName(_ name: String, newLine: Bool) -> State {
            var state = self
            state.sectionName = name
            if !newLine { state.newLine = false }
            return state
        }
    }

    private static let sectionNameChars = Set<Character>(
        "0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ.-_?()*")
    private static let sectionNameCharsWithoutBrackets = Set<Character>(
        "0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ.-_?*")
    private static let partialNameChars = Set<Character>(
        "0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ.-_?()*/")

    private static func parse(_ scanner: inout Scanner, state: State) throws -> [Token] {
        var tokens: [Token] = []
        var state = state
        var whiteSpaceBefore: Substring = ""
        while !scanner.reachedEnd() {
            if state.newLine {
                whiteSpaceBefore = scanner.read(while: [" ", "\t"])
            }
            let text = try readUntilDelimiterOrNewline(&scanner, state: state)
            if scanner.current().isNewline {
                tokens.append(.text(whiteSpaceBefore + text + String(scanner.current())))
                state.newLine = true
                scanner.advance()
                continue
            }
            if text.count > 0 {
                tokens.append(.text(whiteSpaceBefore + text))
                whiteSpaceBefore = ""
                state.newLine = false
            }
            if scanner.reachedEnd() { break }
            var setNewLine = false
            switch scanner.current() {
            case "#", "^":
                let inverted = scanner.current() == "^"
                scanner.advance()
                let name = try parseName(&scanner, state: state)
                if isStandalone(&scanner, state: state) {
                    setNewLine = true
                } else if whiteSpaceBefore.count > 0 {
                    tokens.append(.text(String(whiteSpaceBefore)))
                    whiteSpaceBefore = ""
                }
                let section = try parse(&scanner, state: state.withSectionName(name, newLine: setNewLine))
                tokens.append(inverted ? .invertedSection(Name(name), section) : .section(Name(name), section))

            case "/":
                scanner.advance()
                let name = try parseName(&scanner, state: state)
                guard name == state.sectionName else { throw Unsupported() }
                if isStandalone(&scanner, state: state) {
                    setNewLine = true
                } else if whiteSpaceBefore.count > 0 {
                    tokens.append(.text(String(whiteSpaceBefore)))
                    whiteSpaceBefore = ""
                }
                return tokens

            case "!":
                scanner.advance()
                try scanner.skip(past: state.endDelimiter)
                setNewLine = isStandalone(&scanner, state: state)

            case "{", "&":
                if whiteSpaceBefore.count > 0 {
                    tokens.append(.text(String(whiteSpaceBefore)))
                    whiteSpaceBefore = ""
                }
                let brace = scanner.current() == "{"
                scanner.advance()
                let name = try parseName(&scanner, state: state)
                if brace {
                    guard scanner.current() == "}" else { throw Unsupported() }
                    scanner.advance()
                }
                tokens.append(.variable(Name(name), escaped: false))

            case ">":
                scanner.advance()
                _ = scanner.read(while: \.isWhitespace)
                guard scanner.current() != "*" else { throw Unsupported() }  // dynamic partial
                let name = try parsePartialName(&scanner, state: state)
                if whiteSpaceBefore.count > 0 {
                    tokens.append(.text(String(whiteSpaceBefore)))
                }
                if isStandalone(&scanner, state: state) {
                    setNewLine = true
                    tokens.append(.partial(name, indentation: String(whiteSpaceBefore)))
                } else {
                    tokens.append(.partial(name, indentation: nil))
                }
                whiteSpaceBefore = ""

            case "<", "$", "=", "%":
                throw Unsupported()  // inheritance, set delimiters, pragmas

            default:
                if whiteSpaceBefore.count > 0 {
                    tokens.append(.text(String(whiteSpaceBefore)))
                    whiteSpaceBefore = ""
                }
                tokens.append(.variable(Name(try parseName(&scanner, state: state)), escaped: true))
            }
            state.newLine = setNewLine
        }
        guard state.sectionName == nil else { throw Unsupported() }
        return tokens
    }

    private static func readUntilDelimiterOrNewline(_ scanner: inout Scanner, state: State) throws -> String {
        let delimiterFirst: Character = "{"
        let until: Set<Character> = ["\n", "\r\n", delimiterFirst]
        var text = ""
        while !scanner.reachedEnd() {
            text += scanner.read(until: until)
            if scanner.current().isNewline {
                break
            } else if scanner.current() == delimiterFirst {
                if try scanner.read(string: state.startDelimiter) { break }
                text += String(delimiterFirst)
                scanner.advance()
            }
        }
        return text
    }

    /// A name without transforms (a name with brackets is a transform call: unsupported).
    private static func parseName(_ scanner: inout Scanner, state: State) throws -> String {
        _ = scanner.read(while: \.isWhitespace)
        let text = String(scanner.read(while: sectionNameChars))
        _ = scanner.read(while: \.isWhitespace)
        guard try scanner.read(string: state.endDelimiter) else { throw Unsupported() }
        guard text.allSatisfy(sectionNameCharsWithoutBrackets.contains) else { throw Unsupported() }
        return text
    }

    private static func parsePartialName(_ scanner: inout Scanner, state: State) throws -> String {
        _ = scanner.read(while: \.isWhitespace)
        let text = String(scanner.read(while: partialNameChars))
        _ = scanner.read(while: \.isWhitespace)
        guard try scanner.read(string: state.endDelimiter) else { throw Unsupported() }
        return text
    }

    private static func isStandalone(_ scanner: inout Scanner, state: State) -> Bool {
        guard state.newLine else { return false }
        if scanner.reachedEnd() { return true }
        var ahead = scanner
        _ = ahead.read(while: [" ", "\t"])
        guard ahead.current().isNewline else { return false }
        ahead.advance()
        scanner = ahead
        return true
    }

    /// swift-mustache's `Parser`, Character by Character, with the operations the subset uses.
    struct Scanner {
        let buffer: String
        var position: String.Index

        init(_ buffer: String) {
            self.buffer = buffer
            position = buffer.startIndex
        }

        func reachedEnd() -> Bool { position == buffer.endIndex }

        func current() -> Character { reachedEnd() ? "\0" : buffer[position] }

        mutating func advance() { position = buffer.index(after: position) }

        mutating func read(while set: Set<Character>) -> Substring {
            let start = position
            while !reachedEnd() && set.contains(buffer[position]) { advance() }
            return buffer[start..<position]
        }

        mutating func read(while keyPath: KeyPath<Character, Bool>) -> Substring {
            let start = position
            while !reachedEnd() && buffer[position][keyPath: keyPath] { advance() }
            return buffer[start..<position]
        }

        /// Up to the first character in `set`, or to the end.
        mutating func read(until set: Set<Character>) -> Substring {
            let start = position
            while !reachedEnd() && !set.contains(buffer[position]) { advance() }
            return buffer[start..<position]
        }

        /// Reads `string` when the text continues with it; throws at the end of the text.
        mutating func read(string: String) throws -> Bool {
            guard string.count > 0 else { return true }
            guard let end = buffer.index(position, offsetBy: string.count, limitedBy: buffer.endIndex) else {
                throw Unsupported()
            }
            guard buffer[position..<end] == string else { return false }
            position = end
            return true
        }

        /// Moves past the next `string` (swift-mustache's `read(untilString:skipToEnd:)`,
        /// matching as it does); throws when there is none.
        mutating func skip(past string: String) throws {
            var matched = string.startIndex
            while !reachedEnd() {
                if buffer[position] == string[matched] {
                    matched = string.index(after: matched)
                    if matched == string.endIndex {
                        advance()
                        return
                    }
                } else {
                    matched = string.startIndex
                }
                advance()
            }
            throw Unsupported()
        }
    }
}
