extension RequestGuard.Request {
    /// The parts of a request from its request line's target and its `Host` header, as the
    /// server received them. An absolute-form target (`GET http://evil.example/x HTTP/1.1`)
    /// names its host itself: HTTP/1.1 says that authority replaces `Host` (RFC 9112 3.2.2),
    /// so it is the one checked, and the path is what follows it.
    public init(method: String, target: String, host: String?, cookie: String? = nil) {
        var rest = Substring(target)
        var authority = host
        if let named = RequestGuard.absoluteFormAuthority(target), let schemeEnd = target.range(of: "://") {
            authority = named
            rest = target[schemeEnd.upperBound...].dropFirst(named.count)
        }
        let pathEnd = rest.firstIndex { $0 == "?" || $0 == "#" } ?? rest.endIndex
        var path = String(rest[..<pathEnd])
        if path.isEmpty { path = "/" }
        var query: String?
        if pathEnd < rest.endIndex, rest[pathEnd] == "?" {
            let after = rest[rest.index(after: pathEnd)...]
            query = String(after[..<(after.firstIndex(of: "#") ?? after.endIndex)])
        }
        self.init(method: method, authority: authority, path: path, query: query, cookie: cookie)
    }
}
