import Foundation
import HuibaoTestSupport
import Testing

/// The README's five-minute tour, run on a copy of the example project with the built binary:
/// what it quotes is what huibao prints, and each step works as it says.
@Suite("The README's tour works as written")
struct ReadmeTourTests {
    static let root = Fixtures.repositoryRoot
    static let writeUp = "Content/activities/2025-10/幸福课堂走进物业企业.md"

    static func text(_ path: String) throws -> String {
        try String(contentsOf: root.appendingPathComponent(path), encoding: .utf8)
    }

    /// The build line the README and the quick start quote: `已生成 N 个页面（共 M 个文件）→ public/，…`.
    static func quotedBuildLines(in path: String) throws -> [String] {
        try text(path).split(separator: "\n").compactMap { line in
            guard let start = line.range(of: "已生成 ") else { return nil }
            return String(line[start.lowerBound...])
        }
    }

    @Test func theTourStepsGiveWhatTheReadmeSays() throws {
        let readme = try Self.text("README.md")
        let project = try Fixtures.temporaryFolder().appendingPathComponent("示例")
        try FileManager.default.createDirectory(at: project, withIntermediateDirectories: true)
        for folder in ["Content", "Templates"] {
            try FileManager.default.copyItem(
                at: Self.root.appendingPathComponent(folder), to: project.appendingPathComponent(folder))
        }

        // 1. 生成: the quoted line, in the README and in the quick start.
        let build = try CommandRunner.huibao(["build", "--source", project.path, "--as-of", "2025-10-20"])
        #expect(build.status == 0, "\(build.stderr)")
        let printed = build.stdout.replacingOccurrences(
            of: project.appendingPathComponent("public").path, with: "public")
        for page in ["README.md", "docs/quick-start.md"] {
            let quoted = try Self.quotedBuildLines(in: page)
            #expect(!quoted.isEmpty, "\(page) quotes no build line")
            for line in quoted {
                #expect(printed.contains(line + "\n"), "\(page): \(line) — huibao printed \(printed)")
            }
        }

        // 2. 打开: the indicator the README points at, with the figures it quotes.
        let index = try String(contentsOf: project.appendingPathComponent("public/index.html"), encoding: .utf8)
        #expect(readme.contains("例如“幸福课堂到基层”：完成 2 / 目标 4"))
        #expect(index.contains("幸福课堂到基层：完成 2 / 目标 4"))

        // 3. 改一篇活动记录: the line to change is there; after the change `check` is clean.
        #expect(readme.contains(Self.writeUp) && readme.contains("`happiness_classes: 1` 改成 `2`"))
        let file = project.appendingPathComponent(Self.writeUp)
        let original = try String(contentsOf: file, encoding: .utf8)
        #expect(original.contains("happiness_classes: 1\n"))
        try original.replacingOccurrences(of: "happiness_classes: 1\n", with: "happiness_classes: 2\n")
            .write(to: file, atomically: true, encoding: .utf8)
        let check = try CommandRunner.huibao(["check", "--source", project.path, "--as-of", "2025-10-20"])
        #expect(check.status == 0 && check.stdout.hasPrefix("没有发现问题"), "\(check.stdout)")

        // 4. 预览 shows the new figure; the same figures as a build.
        #expect(readme.contains("“幸福课堂到基层”的完成值已经是 3"))
        let rebuilt = try CommandRunner.huibao(["build", "--source", project.path, "--as-of", "2025-10-20"])
        #expect(rebuilt.status == 0)
        let after = try String(contentsOf: project.appendingPathComponent("public/index.html"), encoding: .utf8)
        #expect(after.contains("幸福课堂到基层：完成 3 / 目标 4"))

        // 5. 评估报告: reports/midterm.html in the project folder.
        #expect(readme.contains("huibao report midterm") && readme.contains("`reports/midterm.html`"))
        let report = try CommandRunner.huibao(["report", "midterm", "--source", project.path])
        #expect(report.status == 0, "\(report.stderr)")
        #expect(FileManager.default.fileExists(atPath: project.appendingPathComponent("reports/midterm.html").path))
    }
}
