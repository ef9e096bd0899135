import Foundation
import HuibaoTestSupport
import Testing

/// Finding 18 in the preview: a drawing's script never reaches the browser from `serve`.
@Suite("huibao serve: SVG without scripts", .serialized)
struct ServeSVGTests {
    @Test func anSVGIsServedWithoutWhatCanRun() throws {
        let site = try Fixtures.temporaryFolder().appendingPathComponent("site")
        try FileManager.default.copyItem(at: Fixtures.site("basic"), to: site)
        try Data(
            "<svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"alert(1)\"><script>alert(2)</script><rect width=\"4\"/></svg>"
                .utf8
        ).write(to: site.appendingPathComponent("Content/assets/photo.svg"))
        let server = try ServeProcess(source: site, extra: ["--as-of", "2025-10-20"])
        defer { _ = server.stop() }
        let reply = server.waitFor("/media/assets/photo.svg") { $0.status == 200 }
        try #require(reply != nil, "no answer — log:\n\(server.log)")
        #expect(reply?.body.contains("<rect width=\"4\"></rect>") == true, "\(reply?.body ?? "")")
        #expect(reply?.body.contains("alert") == false, "\(reply?.body ?? "")")
    }
}
