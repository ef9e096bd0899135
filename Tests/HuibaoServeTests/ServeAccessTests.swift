import Foundation
import HuibaoTestSupport
import Testing

/// Who may read the preview: the Host check against DNS rebinding, the token beyond
/// loopback, and the HTTP methods. Loopback traffic only.
@Suite("huibao serve: Host, token and methods (the built binary)", .serialized)
struct ServeAccessTests {
    func site() throws -> URL {
        let folder = try Fixtures.temporaryFolder().appendingPathComponent("site")
        try FileManager.default.copyItem(at: Fixtures.site("basic"), to: folder)
        try? FileManager.default.removeItem(at: folder.appendingPathComponent("expected"))
        return folder
    }

    @Test func foreignHostsAndForgedAbsoluteTargetsAreRefused() throws {
        let server = try ServeProcess(source: try site(), extra: ["--as-of", "2025-10-20"])
        defer { _ = server.stop() }
        try #require(server.waitFor("/") { $0.status == 200 } != nil, "log:\n\(server.log)")
        let port = server.port
        for host in ["127.0.0.1:\(port)", "localhost:\(port)", "[::1]:\(port)", "LOCALHOST"] {
            #expect(RawHTTP.request("GET", "/data/progress.json", host: host, port: port)?.status == 200, "\(host)")
        }
        // The Excel download beside the CSV is served as a workbook.
        let workbook = RawHTTP.request("GET", "/data/indicators.xlsx", host: "127.0.0.1:\(port)", port: port)
        #expect(workbook?.status == 200)
        #expect(
            RawHTTP.header("Content-Type", in: workbook)
                == "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
        #expect(workbook?.body.hasPrefix("PK") == true)
        let rebound = RawHTTP.request("GET", "/data/progress.json", host: "attacker.example:\(port)", port: port)
        #expect(rebound?.status == 421)
        #expect(rebound?.body.contains("地址不对") == true)
        #expect(rebound?.body.contains("\"indicators\"") == false)
        let events = RawHTTP.request("GET", "/_huibao/events", host: "attacker.example", port: port)
        #expect(events?.status == 421)
        let forged = RawHTTP.request(
            "GET", "http://evil.example/data/progress.json", host: "evil.example", port: port)
        #expect(forged?.status == 421, "\(forged?.headers ?? "no answer")")
        // The target's authority counts, not a local-looking Host beside it (RFC 9112 3.2.2).
        let smuggled = RawHTTP.request(
            "GET", "http://evil.example/data/progress.json", host: "127.0.0.1:\(port)", port: port)
        #expect(smuggled?.status == 421, "\(smuggled?.headers ?? "no answer")")
        let local = RawHTTP.request(
            "GET", "http://127.0.0.1:\(port)/data/progress.json", host: "evil.example", port: port)
        #expect(local?.status == 200, "\(local?.headers ?? "no answer")")
        #expect(server.log.contains("预览地址：http://127.0.0.1:\(port)/（按 Ctrl-C 停止）"), "\(server.log)")
        #expect(!server.log.contains("token="))
    }

    @Test func headIsGetWithoutABodyAndOtherMethodsAre405() throws {
        let server = try ServeProcess(source: try site(), extra: ["--as-of", "2025-10-20"])
        defer { _ = server.stop() }
        try #require(server.waitFor("/") { $0.status == 200 } != nil, "log:\n\(server.log)")
        let port = server.port
        let get = RawHTTP.request("GET", "/", host: "127.0.0.1", port: port)
        let head = RawHTTP.request("HEAD", "/", host: "127.0.0.1", port: port)
        #expect(head?.status == 200)
        #expect(head?.body == "")
        #expect(RawHTTP.header("content-type", in: head) == "text/html; charset=utf-8")
        #expect(RawHTTP.header("content-length", in: head) == String(get?.body.utf8.count ?? -1))
        #expect(RawHTTP.request("HEAD", "/data/progress.json", host: "127.0.0.1", port: port)?.status == 200)
        #expect(RawHTTP.request("HEAD", "/nowhere", host: "127.0.0.1", port: port)?.status == 404)
        for method in ["OPTIONS", "POST", "PUT", "DELETE", "PATCH"] {
            let reply = RawHTTP.request(method, "/", host: "127.0.0.1", headers: ["Content-Length: 0"], port: port)
            #expect(reply?.status == 405, "\(method)")
            #expect(RawHTTP.header("allow", in: reply) == "GET, HEAD", "\(method)")
        }
    }

    /// Bound to 127.0.0.2, which counts as beyond loopback (the stricter rules), so the
    /// test needs no other address than loopback.
    @Test func beyondLoopbackATokenIsNeededThenACookie() throws {
        let port = HTTPGet.freePort()
        let server = try ServeProcess(
            source: try site(), extra: ["--as-of", "2025-10-20"], port: port, bind: "127.0.0.2")
        defer { _ = server.stop() }
        let address = "127.0.0.2"
        let host = "127.0.0.2:\(port)"
        var first: HTTPGet.Reply?
        let deadline = Date().addingTimeInterval(20)
        while first == nil && Date() < deadline && server.process.isRunning {
            first = RawHTTP.request("GET", "/", host: host, port: port, address: address)
            if first == nil { usleep(100_000) }
        }
        try #require(first != nil, "log:\n\(server.log)")
        #expect(first?.status == 403)
        #expect(first?.body.contains("token") == true, "\(first?.body ?? "")")
        for path in ["/data/progress.json", "/_huibao/events"] {
            #expect(RawHTTP.request("GET", path, host: host, port: port, address: address)?.status == 403, "\(path)")
        }

        let log = server.log
        #expect(log.contains("团队版，含内部记录、未遮盖的电话和身份证号、员工姓名"), "\(log)")
        let token = try #require(log.range(of: "?token=").map { String(log[$0.upperBound...].prefix(32)) })
        #expect(log.contains("预览地址：http://127.0.0.2:\(port)/?token=\(token)"), "\(log)")

        let wrong = RawHTTP.request("GET", "/?token=0123", host: host, port: port, address: address)
        #expect(wrong?.status == 403)
        let redirect = RawHTTP.request(
            "GET", "/indicators/?token=\(token)", host: host, port: port, address: address)
        #expect(redirect?.status == 303)
        #expect(RawHTTP.header("location", in: redirect) == "/indicators/")
        let cookie = try #require(RawHTTP.header("set-cookie", in: redirect))
        #expect(cookie.contains("HttpOnly") && cookie.contains("SameSite=Strict"), "\(cookie)")
        let pair = String(cookie.split(separator: ";")[0])
        let page = RawHTTP.request(
            "GET", "/indicators/", host: host, headers: ["Cookie: \(pair)"], port: port, address: address)
        #expect(page?.status == 200)
        let json = RawHTTP.request(
            "GET", "/data/progress.json", host: host, headers: ["Cookie: other=1; \(pair)"], port: port,
            address: address)
        #expect(json?.status == 200)
        let rebound = RawHTTP.request(
            "GET", "/", host: "attacker.example", headers: ["Cookie: \(pair)"], port: port, address: address)
        #expect(rebound?.status == 421)
    }
}

/// A recursive template saved while the preview runs: the error page, not a crash.
@Suite("huibao serve: unsafe templates (the built binary)", .serialized)
struct ServeTemplateTests {
    @Test func aRecursivePartialShowsTheErrorPageAndTheServerLives() throws {
        let folder = try Fixtures.temporaryFolder().appendingPathComponent("site")
        try FileManager.default.copyItem(at: Fixtures.site("basic"), to: folder)
        try? FileManager.default.removeItem(at: folder.appendingPathComponent("expected"))
        let templates = folder.appendingPathComponent("Templates")
        try FileManager.default.createDirectory(at: templates, withIntermediateDirectories: true)
        let server = try ServeProcess(source: folder, extra: ["--as-of", "2025-10-20"])
        defer { _ = server.stop() }
        try #require(server.waitFor("/") { $0.status == 200 } != nil, "log:\n\(server.log)")
        try "{{> dashboard}}".write(
            to: templates.appendingPathComponent("layout.mustache"), atomically: true, encoding: .utf8)
        try "{{> layout}}".write(
            to: templates.appendingPathComponent("dashboard.mustache"), atomically: true, encoding: .utf8)
        let page = server.waitFor("/") { $0.body.contains("Templates/layout.mustache:1:1") }
        #expect(page?.body.contains("引用了自己") == true, "log:\n\(server.log)")
        #expect(server.process.isRunning)
    }
}
