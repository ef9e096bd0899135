import Foundation
import HuibaoTestSupport
import Testing

/// The README and the manual in `docs/` link to each other by relative paths; none may dangle.
@Suite("Documentation links")
struct DocsLinkTests {
    static let root = Fixtures.repositoryRoot

    static var pages: [String] { ["README.md"] + MarkdownLinkCheck.markdownFiles(under: "docs", in: root) }

    @Test func everyRelativeLinkInTheReadmeAndDocsLeadsToAFile() {
        let pages = Self.pages
        #expect(pages.contains("docs/README.md") && pages.contains("docs/en.md"), "\(pages)")
        let broken = MarkdownLinkCheck.brokenLinks(in: pages, root: Self.root)
        #expect(broken.isEmpty, "\(broken)")
    }

    /// `docs/README.md` is the index: every page of `docs/` is linked from it.
    @Test func theIndexLinksEveryPage() throws {
        let index = try String(contentsOf: Self.root.appendingPathComponent("docs/README.md"), encoding: .utf8)
        let linked = Set(
            MarkdownLinkCheck.links(in: index).map {
                URL(fileURLWithPath: "docs/" + $0.destination.split(separator: "#")[0], relativeTo: Self.root)
                    .standardizedFileURL.path
            })
        let missing = Self.pages.filter {
            $0.hasPrefix("docs/") && $0 != "docs/README.md"
                && !linked.contains(Self.root.appendingPathComponent($0).standardizedFileURL.path)
        }
        #expect(missing.isEmpty, "docs/README.md does not link \(missing)")
    }

    /// The checker itself finds a missing file, a path out of the root and a typo behind an
    /// anchor, decodes percent-encoded names, and leaves web links, anchors and code alone.
    @Test func theCheckerFindsBrokenLinks() throws {
        let folder = try Fixtures.temporaryFolder()
        try FileManager.default.createDirectory(
            at: folder.appendingPathComponent("docs/format"), withIntermediateDirectories: true)
        try "# 项目\n".write(
            to: folder.appendingPathComponent("docs/format/project-yml.md"), atomically: true, encoding: .utf8)
        try "# 中文名\n".write(to: folder.appendingPathComponent("docs/format/项目.md"), atomically: true, encoding: .utf8)
        try "# 目录\n".write(to: folder.appendingPathComponent("docs/README.md"), atomically: true, encoding: .utf8)
        let text = """
            # 说明
            见[项目](docs/format/project-yml.md)、[目录](docs/README.md#使用手册)和[文件夹](docs/format/)。
            见[缺少的页](docs/missing.md)和[外面](../outside.md)。
            ![图](docs/format/%E9%A1%B9%E7%9B%AE.md) [网站](https://example.com/x.md) [本页](#说明)
            `[代码](docs/code.md)` 不算链接。

            ```
            [围栏里的](docs/fenced.md)
            ```

            [定义]: docs/defined.md
            见[拼错](docs/REDME.md#使用手册)。
            """
        try text.write(to: folder.appendingPathComponent("README.md"), atomically: true, encoding: .utf8)
        let broken = MarkdownLinkCheck.brokenLinks(in: ["README.md"], root: folder)
        #expect(
            broken == [
                "README.md:3: docs/missing.md", "README.md:3: ../outside.md",
                "README.md:11: docs/defined.md",
                "README.md:12: docs/REDME.md#使用手册",
            ], "\(broken)")
    }
}
