/// One problem found in the user's content, with where it is and what to do about it.
///
/// Diagnostics are values: loaders collect them all, `build` and `check` print them
/// sorted by position, and tests compare them exactly.
public struct Diagnostic: Hashable, Sendable {
    /// Whether a problem stops the build.
    public enum Severity: String, Sendable, Hashable {
        case error
        case warning
    }

    public var severity: Severity
    /// A stable identifier of the kind of problem (e.g. `yaml.syntax`, `key.unknown`).
    public var code: String
    /// The message in Chinese, as the user reads it.
    public var message: String
    public var position: SourcePosition
    /// The offending line as the user wrote it, when known.
    public var excerpt: String?

    public init(
        _ severity: Severity, _ code: String, _ message: String, at position: SourcePosition,
        excerpt: String? = nil
    ) {
        self.severity = severity
        self.code = code
        self.message = message
        self.position = position
        self.excerpt = excerpt
    }

    public static func error(_ code: String, _ message: String, at position: SourcePosition) -> Diagnostic {
        Diagnostic(.error, code, message, at: position)
    }

    public static func warning(_ code: String, _ message: String, at position: SourcePosition) -> Diagnostic {
        Diagnostic(.warning, code, message, at: position)
    }
}

extension Diagnostic: Comparable {
    public static func < (a: Diagnostic, b: Diagnostic) -> Bool {
        if a.position != b.position { return a.position < b.position }
        if a.severity != b.severity { return a.severity == .error }
        return (a.code, a.message) < (b.code, b.message)
    }
}

extension Diagnostic.Severity {
    /// The word printed before the message: 错误 or 警告.
    public var label: String {
        switch self {
        case .error: return "错误"
        case .warning: return "警告"
        }
    }
}

extension Diagnostic {
    /// `path:line:column: 错误|警告: message`, followed by the offending line when known.
    /// Control characters in the file name, message and excerpt are escaped (`TerminalText`),
    /// so each diagnostic is exactly one line (two with its excerpt) on the terminal.
    public var formatted: String {
        let file = TerminalText.escaped(position.file)
        var text = "\(file):\(position.line):\(position.column): \(severity.label): \(TerminalText.escaped(message))"
        if let excerpt, !excerpt.isEmpty {
            text += "\n    \(TerminalText.escaped(excerpt))"
        }
        return text
    }
}

extension Array where Element == Diagnostic {
    /// True when any diagnostic is an error.
    public var hasErrors: Bool { contains { $0.severity == .error } }
}

/// A single diagnostic can stand for a failure (e.g. a YAML file that does not parse).
extension Diagnostic: Error {}
