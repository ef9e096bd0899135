import HuibaoSite

/// What the preview does with a request before looking for a page: the Host check
/// (`HostCheck`), the access token beyond loopback (`AccessToken`), and the methods
/// (GET and HEAD only). Pure: the server hands over the request's parts as text.
public struct RequestGuard: Sendable {
    /// The request's parts the guard looks at.
    public struct Request: Sendable {
        public var method: String
        /// The `Host` header (or an absolute-form target's authority).
        public var authority: String?
        public var path: String
        public var query: String?
        public var cookie: String?

        public init(method: String, authority: String?, path: String, query: String? = nil, cookie: String? = nil) {
            self.method = method
            self.authority = authority
            self.path = path
            self.query = query
            self.cookie = cookie
        }
    }

    /// Serve the page, or answer at once.
    public enum Verdict: Sendable, Equatable {
        case serve
        case answer(status: Int, headers: [String: String], body: String)
    }

    public let hosts: HostCheck
    /// nil on loopback: no token needed.
    public let token: AccessToken?

    public init(hosts: HostCheck, token: AccessToken?) {
        self.hosts = hosts
        self.token = token
    }

    public func verdict(for request: Request) -> Verdict {
        guard hosts.allows(request.authority) else {
            return page(
                421, "地址不对",
                "这个预览只接受用本机地址（如 localhost、127.0.0.1）打开的请求，不接受“\(request.authority ?? "")”。请用 huibao serve 启动时显示的链接打开。"
            )
        }
        if let token {
            let (given, rest) = AccessToken.split(query: request.query)
            if let given {
                guard token.matches(given) else {
                    return page(403, "链接不对", "链接中的令牌不对（可能是上一次启动时的链接）。请用 huibao serve 这次启动时显示的链接打开。")
                }
                let location = request.path + (rest.map { "?" + $0 } ?? "")
                return .answer(
                    status: 303,
                    headers: ["Location": location, "Set-Cookie": token.setCookie, "Cache-Control": "no-store"],
                    body: "")
            }
            guard token.isIn(cookieHeader: request.cookie) else {
                return page(
                    403, "需要预览链接",
                    "这个预览对局域网开放，只有拿到启动链接的人才能查看：请用 huibao serve 启动时显示的完整链接（带 ?token=…）打开。")
            }
        }
        guard request.method == "GET" || request.method == "HEAD" else {
            return .answer(
                status: 405, headers: ["Allow": "GET, HEAD", "Content-Type": "text/plain; charset=utf-8"],
                body: "预览只支持 GET 和 HEAD 请求。\n")
        }
        return .serve
    }

    /// The authority of an absolute-form target (`http://evil.example:80/x` → `evil.example:80`),
    /// nil for the usual `/path` (and `*`). An empty authority is returned as "" (refused).
    public static func absoluteFormAuthority(_ target: String) -> String? {
        guard let schemeEnd = target.range(of: "://") else { return nil }
        let scheme = target[..<schemeEnd.lowerBound]
        guard !scheme.isEmpty, !scheme.contains("/"), scheme.allSatisfy({ $0.isLetter || $0 == "+" || $0 == "." || $0 == "-" })
        else { return nil }
        let rest = target[schemeEnd.upperBound...]
        let end = rest.firstIndex { $0 == "/" || $0 == "?" || $0 == "#" } ?? rest.endIndex
        return String(rest[..<end])
    }

    private func page(_ status: Int, _ title: String, _ text: String) -> Verdict {
        let html = """
            <!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>\(title)</title></head>
            <body><h1>\(title)</h1><p>\(HTMLEscaping.escape(text))</p></body></html>

            """
        return .answer(
            status: status, headers: ["Content-Type": "text/html; charset=utf-8", "Cache-Control": "no-store"],
            body: html)
    }
}
