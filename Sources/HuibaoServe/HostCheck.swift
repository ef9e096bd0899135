/// Which `Host` names the preview answers to, against DNS rebinding: a page on another
/// site whose name was re-pointed to 127.0.0.1 still sends its own name, and is refused.
/// No HTTP-server types: the server passes the header's text.
public struct HostCheck: Sendable, Equatable {
    /// Lower-case host names and addresses without port or brackets.
    public let names: Set<String>

    /// - Parameters:
    ///   - bind: the `--bind` address.
    ///   - machineAddresses: the machine's own addresses, accepted when bound beyond loopback.
    ///   - machineName: the machine's host name, likewise.
    public init(bind: String, machineAddresses: [String] = [], machineName: String? = nil) {
        var names: Set<String> = ["localhost", "127.0.0.1", "::1"]
        if let own = Self.hostPart(of: bind) { names.insert(own) }
        if !Self.isLoopbackOnly(bind: bind) {
            for address in machineAddresses { if let own = Self.hostPart(of: address) { names.insert(own) } }
            if let machineName, let own = Self.hostPart(of: machineName), !own.isEmpty {
                names.insert(own)
                if !own.contains(".") { names.insert(own + ".local") }
            }
        }
        names.remove("0.0.0.0")
        names.remove("::")
        self.names = names
    }

    /// 127.0.0.1, ::1 or localhost: nothing but this machine's own programs can connect.
    /// (Other 127.x addresses count as beyond loopback: the rules are the stricter ones.)
    public static func isLoopbackOnly(bind: String) -> Bool {
        ["127.0.0.1", "::1", "[::1]", "localhost"].contains(bind.lowercased())
    }

    /// Whether a request naming `authority` (a `Host` header, or the authority of an
    /// absolute-form target such as `http://evil.example/x`) is for this preview.
    /// A request without a Host is refused.
    public func allows(_ authority: String?) -> Bool {
        guard let authority, let host = Self.hostPart(of: authority) else { return false }
        return names.contains(host)
    }

    /// `Example.COM:1313` → `example.com`; `[::1]:1313` → `::1`; a trailing dot dropped.
    /// nil for text that is no host name (spaces, `@`, `/`, empty).
    static func hostPart(of authority: String) -> String? {
        var text = Substring(authority.lowercased())
        if text.hasPrefix("[") {
            guard let close = text.firstIndex(of: "]") else { return nil }
            let rest = text[text.index(after: close)...]
            guard rest.isEmpty || (rest.hasPrefix(":") && rest.dropFirst().allSatisfy(\.isNumber)) else { return nil }
            return String(text[text.index(after: text.startIndex)..<close])
        }
        if text.filter({ $0 == ":" }).count == 1, let colon = text.firstIndex(of: ":") {
            guard text[text.index(after: colon)...].allSatisfy(\.isNumber) else { return nil }
            text = text[..<colon]
        }
        if text.hasSuffix(".") { text = text.dropLast() }
        guard !text.isEmpty, !text.contains(where: { " @/\\?#%\t".contains($0) || $0.isNewline }) else { return nil }
        return String(text)
    }
}
