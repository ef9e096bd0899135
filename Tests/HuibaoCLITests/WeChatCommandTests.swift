import Foundation
import HuibaoTestSupport
import Testing

/// `huibao wechat FILE`: the fragment on stdout, a warning per thing to handle by hand on stderr.
@Suite("huibao wechat (the built binary)")
struct WeChatCommandTests {
    static let article = Fixtures.folder.appendingPathComponent("wechat/稿件.md")

    @Test func printsTheFragmentAndWarnsAtEachLine() throws {
        let result = try CommandRunner.huibao(["wechat", Self.article.path, "--as-of", "2025-10-20"])
        #expect(result.status == 0, "\(result.stderr)")
        let html = result.stdout
        #expect(html.hasPrefix("<section style=\""))
        #expect(html.hasSuffix("</section>\n"))
        for forbidden in ["<style", "class=", " id=", "<script", "<span", "**宣讲团", "](", "## "] {
            #expect(!html.contains(forbidden), "\(forbidden)")
        }
        #expect(html.contains("<h2 style=\""))
        #expect(html.contains("中原发布<sup style="))
        #expect(html.contains("[1] 中原发布：https://example.org/news/1</p>"))
        #expect(html.contains("<a href=\"https://mp.weixin.qq.com/s/abc\" style="))
        #expect(html.contains("138-****-8000") && html.contains("110105********002X"))
        // A local image is a visible placeholder (a broken box in the editor otherwise).
        #expect(!html.contains("<img src=\"../assets/photo.jpg\""))
        #expect(html.contains("<strong style=\"display: block;"))
        #expect(html.contains(">【此处插入图片：photo.jpg】</strong>"))
        #expect(html.contains("<img src=\"https://example.org/photo.jpg\""))
        #expect(html.contains(">红字</p>"))

        let path = Self.article.path
        let warnings = result.stderr.split(separator: "\n").filter { $0.contains(": 警告: ") }.map(String.init)
        #expect(
            warnings == [
                "\(path):12:12: 警告: 这里有手机号“138-0013-8000”，公众号格式中已遮盖为“138-****-8000”；如非必要请删除",
                "\(path):12:30: 警告: 这里有身份证号“11010519491231002X”，公众号格式中已遮盖为“110105********002X”；如非必要请删除",
                "\(path):14:1: 警告: 本地图片“../assets/photo.jpg”不会随粘贴进入公众号，已换成“【此处插入图片：photo.jpg】”：请在公众号编辑器中删掉这行字，在这里上传这张图片",
                "\(path):18:1: 警告: HTML 标签不会导出到公众号格式，已去掉",
                "\(path):18:27: 警告: HTML 标签不会导出到公众号格式，已去掉",
            ], "\(result.stderr)")
        #expect(result.stderr.contains("\n    ![现场照片](../assets/photo.jpg)\n"))
    }

    @Test func aSiteRestylesItWithItsTemplates() throws {
        let site = try Fixtures.temporaryFolder()
        try FileManager.default.createDirectory(
            at: site.appendingPathComponent("Templates"), withIntermediateDirectories: true)
        try Data(#"{"p": "color: #000000;"}"#.utf8).write(
            to: site.appendingPathComponent("Templates/wechat-styles.json"))
        let result = try CommandRunner.huibao([
            "wechat", Self.article.path, "--source", site.path, "--as-of", "2025-10-20",
        ])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("<p style=\"color: #000000;\">5月20日，"))

        try Data(#"{"paragraph": "color: #000000;"}"#.utf8).write(
            to: site.appendingPathComponent("Templates/wechat-styles.json"))
        let bad = try CommandRunner.huibao([
            "wechat", Self.article.path, "--source", site.path, "--as-of", "2025-10-20",
        ])
        #expect(bad.status == 1)
        #expect(bad.stdout.isEmpty)
        #expect(bad.stderr.contains("Templates/wechat-styles.json:1:1: 错误: wechat-styles.json 中有不认识的元素“paragraph”"))
    }

    @Test func aMissingFileCannotRun() throws {
        let result = try CommandRunner.huibao(["wechat", "/nonexistent/稿件.md"])
        #expect(result.status == 2)
        #expect(result.stderr.contains("错误: 找不到文件 /nonexistent/稿件.md"))
    }
}

/// `huibao wechat --output FILE.html`: a page to open in a browser and copy from.
extension WeChatCommandTests {
    @Test func writesACompletePageWithACopyButtonForTheArticleBlock() throws {
        let folder = try Fixtures.temporaryFolder()
        let target = folder.appendingPathComponent("稿件.html")
        let fragment = try CommandRunner.huibao(["wechat", Self.article.path, "--as-of", "2025-10-20"])
        let result = try CommandRunner.huibao([
            "wechat", Self.article.path, "--as-of", "2025-10-20", "--output", target.path,
        ])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout == "已导出公众号格式 → \(target.path)：用浏览器打开它，点“复制”后粘贴到公众号编辑器\n")
        // The same warnings as without --output.
        #expect(result.stderr == fragment.stderr)
        let page = try String(contentsOf: target, encoding: .utf8)
        #expect(page.hasPrefix("<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n"))
        #expect(page.contains("<title>稿件（公众号格式）</title>"))
        // The article alone in its block, exactly the fragment; the hint and the button outside it.
        let block = "<div id=\"wechat-article\">\n\(fragment.stdout)</div>\n"
        #expect(page.contains(block))
        let blockStart = try #require(page.range(of: block)).lowerBound
        let hint = try #require(page.range(of: "点“复制”后粘贴到公众号编辑器")).lowerBound
        let button = try #require(page.range(of: "<button type=\"button\" id=\"wechat-copy\">复制</button>")).lowerBound
        #expect(hint < blockStart && button < blockStart)
        #expect(page.contains("document.getElementById(\"wechat-article\")"))
        #expect(page.hasSuffix("</html>\n"))
    }

    @Test func anImageNamedWithAPhoneNumberIsMaskedInItsPlaceholder() throws {
        let folder = try Fixtures.temporaryFolder()
        let article = folder.appendingPathComponent("a.md")
        try Data("---\n标题: 图\n---\n\n![现场](微信图片_13800138000.jpg)\n".utf8).write(to: article)
        let result = try CommandRunner.huibao(["wechat", article.path, "--as-of", "2025-10-20"])
        #expect(result.stdout.contains(">【此处插入图片：微信图片_138****8000.jpg】</strong>"), "\(result.stdout)")
        #expect(!result.stdout.contains("13800138000"))
        #expect(!result.stdout.contains("<img"))
    }
}
