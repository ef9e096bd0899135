import Foundation
import HuibaoTestSupport
import Testing

/// What `check` prints for hostile or huge content: escaped, capped, and in linear time.
@Suite("Diagnostics output (the built binary)", .serialized)
struct DiagnosticsOutputTests {
    static let frontMatter = """
        ---
        标题: 测试
        日期: 2025-05-21
        服务类别: 宣传教育
        指标:
          主题宣讲: 1
        工作人员: 张三
        ---

        """

    /// A copy of the basic fixture with one more write-up.
    func site(addingFile name: String, body: String) throws -> URL {
        let folder = try Fixtures.temporaryFolder().appendingPathComponent("site")
        try FileManager.default.copyItem(at: Fixtures.site("basic"), to: folder)
        try? FileManager.default.removeItem(at: folder.appendingPathComponent("expected"))
        let file = folder.appendingPathComponent("Content/activities/2025-05").appendingPathComponent(name)
        try (Self.frontMatter + body).write(to: file, atomically: true, encoding: .utf8)
        return folder
    }

    @Test func escapeSequencesInContentAreNotEchoedRaw() throws {
        let body = "电话13800138000 \u{1B}]0;pwned-title\u{07}\u{1B}[1A\u{1B}[2K\u{1B}[8m hidden \u{202E}abc\n"
        let site = try site(addingFile: "esc.md", body: body)
        let result = try CommandRunner.huibao(["check", "--source", site.path, "--as-of", "2025-10-20"])
        #expect(result.stdout.contains("13800138000"), "\(result.stdout)")
        #expect(!result.stdout.contains("\u{1B}"))
        #expect(!result.stdout.contains("\u{07}"))
        #expect(!result.stdout.contains("\u{202E}"))
        #expect(result.stdout.contains("\\u{1B}]0;pwned-title\\u{07}"), "\(result.stdout)")
    }

    @Test func aNewlineInAFileNameCannotForgeADiagnosticLine() throws {
        let name = "evil\nContent:activities:fake.md:9:9: 错误: 这一行是伪造的诊断\nx.md"
        let site = try site(addingFile: name, body: "电话13800138000\n")
        let result = try CommandRunner.huibao(["check", "--source", site.path, "--as-of", "2025-10-20"])
        let forged = result.stdout.split(separator: "\n").filter { $0.hasPrefix("Content:activities:fake.md") }
        #expect(forged.isEmpty, "\(result.stdout)")
        #expect(result.stdout.contains("evil\\u{0A}Content:activities:fake.md:9:9"), "\(result.stdout)")
        let json = try CommandRunner.huibao([
            "check", "--source", site.path, "--as-of", "2025-10-20", "--format", "json",
        ])
        let parsed = try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any]
        let files = (parsed?["diagnostics"] as? [[String: Any]] ?? []).compactMap { $0["file"] as? String }
        #expect(files.contains { $0.contains("evil\nContent:activities:fake.md:9:9") }, "\(json.stdout)")
    }

    /// The review's cases: a pasted sign-in list and a pasted WeChat/Word fragment on one line.
    @Test func longLinesGiveSmallOutputQuickly() throws {
        let phones = (0..<10_000).map { "电话1380013\(String(format: "%04d", $0))；" }.joined() + "\n"
        let site = try site(addingFile: "phones.md", body: phones)
        let tags = Self.frontMatter + String(repeating: "<a>x</a>", count: 20_000) + "\n"
        try tags.write(
            to: site.appendingPathComponent("Content/activities/2025-05/tags.md"), atomically: true, encoding: .utf8)
        let start = Date()
        let result = try CommandRunner.huibao(["check", "--source", site.path, "--as-of", "2025-10-20"])
        let seconds = Date().timeIntervalSince(start)
        #expect(seconds < 10, "\(seconds) s")
        #expect(result.stdout.utf8.count + result.stderr.utf8.count < 1_000_000)
        #expect(result.stdout.contains("phones.md:9:3: 警告: "), "\(result.stdout.prefix(2000))")
        #expect(result.stdout.contains("（这一行共 10000 处同类问题，只列出第一处）"))
        #expect(result.stdout.contains("（这一行共 40000 处同类问题，只列出第一处）"))
        for line in result.stdout.split(separator: "\n") where line.hasPrefix("    ") {
            #expect(line.count <= 4 + ExcerptLimit.characters + 2, "\(line.prefix(300))")
        }
    }

    @Test func manyLinesArePerFileCapped() throws {
        let body = (0..<500).map { "电话1380013\(String(format: "%04d", $0))\n" }.joined()
        let site = try site(addingFile: "list.md", body: body)
        let result = try CommandRunner.huibao(["check", "--source", site.path, "--as-of", "2025-10-20"])
        let warnings = result.stdout.split(separator: "\n").filter { $0.contains("list.md:") }
        #expect(warnings.count == 21, "\(result.stdout)")
        #expect(warnings.last?.contains("还有 480 处同类问题未列出（480 行，从这一行起）") == true, "\(warnings.last ?? "")")
    }
}

/// `ExcerptWindow.limit`, as the user sees it.
enum ExcerptLimit {
    static let characters = 120
}
