import Testing

@testable import HuibaoServe

@Suite("Request guard: Host check and token (pure)")
struct RequestGuardTests {
    @Test func hostNamesOnLoopbackAndBeyond() {
        let loopback = HostCheck(bind: "127.0.0.1", machineAddresses: ["192.168.1.20"], machineName: "pc")
        #expect(loopback.allows("localhost:1313"))
        #expect(loopback.allows("127.0.0.1"))
        #expect(loopback.allows("[::1]:1313"))
        #expect(loopback.allows("localhost.:1313"))
        #expect(!loopback.allows("192.168.1.20:1313"), "LAN addresses only when bound beyond loopback")
        #expect(!loopback.allows("attacker.example:1313"))
        #expect(!loopback.allows("localhost.attacker.example"))
        #expect(!loopback.allows("127.0.0.1@evil.example"))
        #expect(!loopback.allows(nil))
        #expect(!loopback.allows(""))
        let lan = HostCheck(bind: "0.0.0.0", machineAddresses: ["192.168.1.20"], machineName: "pc")
        #expect(lan.allows("192.168.1.20:1313"))
        #expect(lan.allows("PC.local"))
        #expect(!lan.allows("0.0.0.0:1313"))
        #expect(!lan.allows("192.168.1.21"))
        #expect(HostCheck.isLoopbackOnly(bind: "127.0.0.1"))
        #expect(!HostCheck.isLoopbackOnly(bind: "127.0.0.2"))
        #expect(!HostCheck.isLoopbackOnly(bind: "0.0.0.0"))
    }

    @Test func tokenQueryAndCookie() {
        let token = AccessToken(value: "abc123", port: 1313)
        #expect(token.isIn(cookieHeader: "a=b; huibao_token_1313=abc123"))
        #expect(!token.isIn(cookieHeader: "huibao_token_1314=abc123"))
        #expect(!token.isIn(cookieHeader: "huibao_token_1313=abc12"))
        #expect(AccessToken.split(query: "a=1&token=abc123&b=2") == ("abc123", "a=1&b=2"))
        #expect(AccessToken.split(query: "token=x") == ("x", nil))
        #expect(AccessToken.random(port: 1).value.count == 32)
        #expect(AccessToken.random(port: 1) != AccessToken.random(port: 1))
        let guardian = RequestGuard(hosts: HostCheck(bind: "0.0.0.0"), token: token)
        let redirect = guardian.verdict(
            for: .init(method: "GET", authority: "localhost:1313", path: "/a/", query: "token=abc123&x=1"))
        #expect(
            redirect
                == .answer(
                    status: 303,
                    headers: [
                        "Location": "/a/?x=1", "Set-Cookie": "huibao_token_1313=abc123; Path=/; HttpOnly; SameSite=Strict",
                        "Cache-Control": "no-store",
                    ], body: ""))
        let post = guardian.verdict(
            for: .init(method: "POST", authority: "localhost", path: "/", cookie: "huibao_token_1313=abc123"))
        guard case .answer(405, let headers, _) = post else {
            Issue.record("\(post)")
            return
        }
        #expect(headers["Allow"] == "GET, HEAD")
    }

    @Test func absoluteFormAuthority() {
        #expect(RequestGuard.absoluteFormAuthority("/a/b?c") == nil)
        #expect(RequestGuard.absoluteFormAuthority("*") == nil)
        #expect(RequestGuard.absoluteFormAuthority("/x?u=http://evil.example/") == nil)
        #expect(RequestGuard.absoluteFormAuthority("http://evil.example/data/progress.json") == "evil.example")
        #expect(RequestGuard.absoluteFormAuthority("HTTP://127.0.0.1:1313?x") == "127.0.0.1:1313")
        #expect(RequestGuard.absoluteFormAuthority("http:///x") == "")
    }
}

/// The request line's target and Host as the server hands them over (no server types).
@Suite("Request guard: the request target")
struct RequestTargetTests {
    @Test func originFormKeepsHostPathAndQuery() {
        let parts = RequestGuard.Request(
            method: "GET", target: "/indicators/?token=abc&x=1", host: "127.0.0.1:1313", cookie: "a=b")
        #expect(parts.authority == "127.0.0.1:1313")
        #expect(parts.path == "/indicators/")
        #expect(parts.query == "token=abc&x=1")
        #expect(parts.cookie == "a=b")
        let plain = RequestGuard.Request(method: "GET", target: "/%E6%B4%BB%E5%8A%A8/", host: nil)
        #expect(plain.path == "/%E6%B4%BB%E5%8A%A8/", "still percent-encoded: decoded once, later")
        #expect(plain.query == nil)
        #expect(plain.authority == nil)
        #expect(RequestGuard.Request(method: "GET", target: "/a#frag", host: "h").path == "/a")
    }

    @Test func anAbsoluteFormTargetsAuthorityReplacesHost() {
        let forged = RequestGuard.Request(
            method: "GET", target: "http://evil.example/data/progress.json?x=1", host: "127.0.0.1:1313")
        #expect(forged.authority == "evil.example")
        #expect(forged.path == "/data/progress.json")
        #expect(forged.query == "x=1")
        let local = RequestGuard.Request(method: "GET", target: "http://127.0.0.1:1313/a/", host: "evil.example")
        #expect(local.authority == "127.0.0.1:1313")
        #expect(local.path == "/a/")
        let bare = RequestGuard.Request(method: "GET", target: "HTTP://localhost:1313?token=t", host: nil)
        #expect(bare.authority == "localhost:1313")
        #expect(bare.path == "/")
        #expect(bare.query == "token=t")
        let empty = RequestGuard.Request(method: "GET", target: "http:///x", host: "localhost")
        #expect(empty.authority == "", "an empty authority is refused, never replaced by Host")
        #expect(empty.path == "/x")
        let guardian = RequestGuard(hosts: HostCheck(bind: "127.0.0.1"), token: nil)
        #expect(guardian.verdict(for: forged) != .serve)
        #expect(guardian.verdict(for: empty) != .serve)
        #expect(guardian.verdict(for: local) == .serve)
    }
}
