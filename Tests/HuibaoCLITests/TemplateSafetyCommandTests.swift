import Foundation
import HuibaoTestSupport
import Testing

/// A recursive partial or deep nesting in Templates/: a Chinese error from `check` and
/// `build`, never a segfault.
@Suite("Unsafe templates (the built binary)", .serialized)
struct TemplateSafetyCommandTests {
    func site(_ templates: [String: String]) throws -> URL {
        let folder = try Fixtures.temporaryFolder().appendingPathComponent("site")
        try FileManager.default.copyItem(at: Fixtures.site("basic"), to: folder)
        try? FileManager.default.removeItem(at: folder.appendingPathComponent("expected"))
        let templateFolder = folder.appendingPathComponent("Templates")
        try FileManager.default.createDirectory(at: templateFolder, withIntermediateDirectories: true)
        for (name, text) in templates {
            try text.write(to: templateFolder.appendingPathComponent(name), atomically: true, encoding: .utf8)
        }
        return folder
    }

    @Test(arguments: [
        (["layout.mustache": "{{> layout}}"], "Templates/layout.mustache:1:1: 错误: 模板 layout.mustache 通过 {{> …}} 引用了自己"),
        (
            ["layout.mustache": "{{> dashboard}}", "dashboard.mustache": "{{> layout}}"],
            "Templates/layout.mustache:1:1: 错误: 模板 layout.mustache 通过 {{> …}} 引用了自己（layout.mustache → dashboard.mustache → layout.mustache）"
        ),
        (
            ["activity.mustache": String(repeating: "{{#a}}", count: 5_000) + String(repeating: "{{/a}}", count: 5_000)],
            "Templates/activity.mustache:1:1: 错误: 模板 activity.mustache 的区块（{{#…}} / {{^…}}）嵌套超过 64 层"
        ),
    ])
    func checkAndBuildReportIt(_ templates: [String: String], _ expected: String) throws {
        let folder = try site(templates)
        let check = try CommandRunner.huibao(["check", "--source", folder.path, "--as-of", "2025-10-20"])
        #expect(check.status == 1, "\(check.stdout)\(check.stderr)")
        #expect(check.stdout.contains(expected), "\(check.stdout)")
        let build = try CommandRunner.huibao(["build", "--source", folder.path, "--as-of", "2025-10-20"])
        #expect(build.status == 1, "\(build.stderr)")
        #expect(build.stderr.contains(expected), "\(build.stderr)")
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("public").path))
    }
}
