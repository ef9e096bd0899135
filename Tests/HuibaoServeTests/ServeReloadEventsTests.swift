import Foundation
import HuibaoTestSupport
import Testing

#if canImport(Glibc)
    import Glibc
#endif

/// Open pages learn of a rebuild through `/_huibao/events`; a page that goes away does not
/// take the preview with it. The built binary, loopback only.
@Suite("huibao serve: reload events (the built binary)", .serialized)
struct ServeReloadEventsTests {
    /// A connection that stays open: sends one request, then reads what arrives.
    final class Connection {
        let descriptor: Int32
        var received: [UInt8] = []

        init?(port: Int, request: String) {
            descriptor = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
            guard descriptor >= 0 else { return nil }
            var timeout = timeval(tv_sec: 0, tv_usec: 200_000)
            setsockopt(descriptor, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
            var address = sockaddr_in()
            address.sin_family = sa_family_t(AF_INET)
            address.sin_port = in_port_t(UInt16(port).bigEndian)
            address.sin_addr.s_addr = inet_addr("127.0.0.1")
            let connected = withUnsafePointer(to: &address) {
                $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                    connect(descriptor, $0, socklen_t(MemoryLayout<sockaddr_in>.size))
                }
            }
            let bytes = Array(request.utf8)
            guard connected == 0, bytes.withUnsafeBytes({ send(descriptor, $0.baseAddress, $0.count, 0) }) == bytes.count
            else {
                Glibc.close(descriptor)
                return nil
            }
        }

        var text: String { String(decoding: received, as: UTF8.self) }

        /// Reads until `needle` arrived (true) or `seconds` passed (false).
        func waitFor(_ needle: String, seconds: Double = 20) -> Bool {
            let deadline = Date().addingTimeInterval(seconds)
            var buffer = [UInt8](repeating: 0, count: 4096)
            while !text.contains(needle) && Date() < deadline {
                let count = buffer.withUnsafeMutableBytes { recv(descriptor, $0.baseAddress, $0.count, 0) }
                if count > 0 { received += buffer[0..<count] } else if count == 0 { break }
            }
            return text.contains(needle)
        }

        func close() { _ = Glibc.close(descriptor) }
    }

    @Test func aRebuildIsAnnouncedAndAClosedPageDoesNotStopThePreview() throws {
        let site = try Fixtures.temporaryFolder().appendingPathComponent("site")
        try FileManager.default.copyItem(at: Fixtures.site("basic"), to: site)
        let server = try ServeProcess(source: site, extra: ["--as-of", "2025-10-20"])
        defer { _ = server.stop() }
        try #require(server.waitFor("/") { $0.status == 200 } != nil, "log:\n\(server.log)")
        let request = "GET /_huibao/events HTTP/1.1\r\nHost: 127.0.0.1:\(server.port)\r\nAccept: text/event-stream\r\n\r\n"
        let page = try #require(Connection(port: server.port, request: request))
        #expect(page.waitFor(": huibao\n\n"), "\(page.text)")
        #expect(page.text.hasPrefix("HTTP/1.1 200"), "\(page.text)")
        #expect(page.text.lowercased().contains("content-type: text/event-stream; charset=utf-8"), "\(page.text)")
        #expect(page.text.lowercased().contains("cache-control: no-store"), "\(page.text)")

        let writeUp = site.appendingPathComponent("Content/activities/2025-05/宣讲.md")
        let original = try String(contentsOf: writeUp, encoding: .utf8)
        try (original + "\n再补一句。\n").write(to: writeUp, atomically: true, encoding: .utf8)
        #expect(page.waitFor("event: reload\ndata: 1\n\n"), "\(page.text)\nlog:\n\(server.log)")

        // The page goes away; the next rebuild writes to a closed connection.
        page.close()
        try original.write(to: writeUp, atomically: true, encoding: .utf8)
        let other = try #require(Connection(port: server.port, request: request))
        defer { other.close() }
        #expect(other.waitFor(": huibao\n\n"), "\(other.text)\nlog:\n\(server.log)")
        try (original + "\n又补一句。\n").write(to: writeUp, atomically: true, encoding: .utf8)
        #expect(other.waitFor("event: reload\n"), "\(other.text)\nlog:\n\(server.log)")
        #expect(server.process.isRunning, "log:\n\(server.log)")
        #expect(server.waitFor("/") { $0.status == 200 }?.status == 200)
        #expect(server.stop() == 0)
    }
}
