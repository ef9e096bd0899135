import Foundation
import HuibaoTestSupport
import Testing

/// End-to-end: the built `huibao serve` on a copy of the basic fixture, edited while it runs.
@Suite("huibao serve (the built binary)", .serialized)
struct ServeEndToEndTests {
    func copy(_ source: URL) throws -> URL {
        let folder = try Fixtures.temporaryFolder().appendingPathComponent("site")
        try FileManager.default.copyItem(at: source, to: folder)
        try? FileManager.default.removeItem(at: folder.appendingPathComponent("expected"))
        return folder
    }

    /// The `value` of indicator `id` in progress.json.
    static func value(_ json: String, id: String) -> Int? {
        guard let object = try? JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any],
            let indicators = object["indicators"] as? [[String: Any]],
            let indicator = indicators.first(where: { $0["id"] as? String == id })
        else { return nil }
        return (indicator["value"] as? NSNumber)?.intValue
    }

    @Test(arguments: [false, true])
    func editsShowUpAndErrorsComeAndGo(poll: Bool) throws {
        let site = try copy(Fixtures.site("basic"))
        let server = try ServeProcess(source: site, extra: ["--as-of", "2025-10-20"] + (poll ? ["--poll"] : []))
        defer { _ = server.stop() }

        let home = server.waitFor("/") { $0.status == 200 }
        try #require(home != nil, "no answer on / — log:\n\(server.log)")
        #expect(home?.headers.lowercased().contains("content-type: text/html; charset=utf-8") == true)
        #expect(home?.body.contains("/_huibao/events") == true, "the reload script is injected")
        let json = server.waitFor("/data/progress.json") { $0.status == 200 }
        #expect(json?.headers.lowercased().contains("application/json; charset=utf-8") == true)
        #expect(Self.value(json?.body ?? "", id: "lectures") == 2)
        #expect(server.waitFor("/activities/")?.status == 200)
        #expect(!FileManager.default.fileExists(atPath: site.appendingPathComponent("public").path))

        // A write-up's count: the figure moves.
        let writeUp = site.appendingPathComponent("Content/activities/2025-05/宣讲.md")
        let original = try String(contentsOf: writeUp, encoding: .utf8)
        try original.replacingOccurrences(of: "主题宣讲: 1", with: "主题宣讲: 5").write(
            to: writeUp, atomically: false, encoding: .utf8)
        let moved = server.waitFor("/data/progress.json") { Self.value($0.body, id: "lectures") == 6 }
        #expect(Self.value(moved?.body ?? "", id: "lectures") == 6, "log:\n\(server.log)")

        // A YAML error, saved the way editors do (a temp file renamed over the original).
        let broken = original.replacingOccurrences(of: "地点: 测试产业园", with: "地点: [测试产业园 <b>")
        let temporary = writeUp.deletingLastPathComponent().appendingPathComponent(".宣讲.md.swp")
        try broken.write(to: temporary, atomically: false, encoding: .utf8)
        _ = rename(temporary.path, writeUp.path)
        let errorPage = server.waitFor("/") { $0.body.contains("Content/activities/2025-05/宣讲.md:") }
        let body = errorPage?.body ?? ""
        #expect(body.contains("Content/activities/2025-05/宣讲.md:"), "log:\n\(server.log)")
        #expect(body.contains("错误"))
        #expect(body.contains("&lt;b&gt;") && !body.contains("<b>"), "the offending line is HTML-escaped")
        #expect(server.waitFor("/indicators/")?.body.contains("宣讲.md:") == true, "every path shows the errors")

        // Fixed: the site comes back.
        try original.write(to: writeUp, atomically: true, encoding: .utf8)
        let back = server.waitFor("/data/progress.json") { Self.value($0.body, id: "lectures") == 2 }
        #expect(Self.value(back?.body ?? "", id: "lectures") == 2, "log:\n\(server.log)")
        #expect(server.process.isRunning)
        #expect(server.stop() == 0, "Ctrl-C ends the server cleanly")
    }

    @Test func aTakenPortIsAClearError() throws {
        let site = try copy(Fixtures.site("basic"))
        let first = try ServeProcess(source: site, extra: ["--as-of", "2025-10-20"])
        defer { _ = first.stop() }
        try #require(first.waitFor("/") { $0.status == 200 } != nil, "log:\n\(first.log)")
        let second = try CommandRunner.huibao([
            "serve", "--source", site.path, "--port", String(first.port), "--as-of", "2025-10-20",
        ])
        #expect(second.status == 2)
        #expect(second.stderr.contains("端口 \(first.port) 已被占用"), "\(second.stderr)")
    }
}
