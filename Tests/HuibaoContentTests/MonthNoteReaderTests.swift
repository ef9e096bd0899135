import Foundation
import HuibaoModel
import HuibaoTestSupport
import Testing

@testable import HuibaoContent

/// Month notes (`months/YYYY-MM.md`, 月度小结): the optional front matter, the body, the
/// 本月小结 part and the two warnings.
@Suite("Reading month notes")
struct MonthNoteReaderTests {
    /// The basic fixture site (period 2025-04-08 to 2026-04-08) with `files` added under `Content/`.
    static func parse(_ files: [String: String]) throws -> ContentParser.Result {
        ContentParser.parse(try snapshot(files))
    }

    static func snapshot(_ files: [String: String]) throws -> ContentSnapshot {
        var snapshot = try ContentLoader.load(source: Fixtures.site("basic"))
        for (path, text) in files.sorted(by: { $0.key < $1.key }) {
            snapshot.files.append(ContentSnapshot.File(path: path, bytes: Array(text.utf8)))
            snapshot.allPaths.insert(path)
        }
        snapshot.files.sort { $0.path < $1.path }
        return snapshot
    }

    /// The diagnostics about month notes, as `check` prints their first line.
    static func lines(_ result: ContentParser.Result, code prefix: String = "") -> [String] {
        result.diagnostics.filter { $0.code.hasPrefix(prefix) && $0.position.file.hasPrefix("Content/months/") }.map {
            "\($0.position.file):\($0.position.line):\($0.position.column): \($0.severity.label): \($0.message)"
        }
    }

    static let october = Month(year: 2025, month: 10)!

    @Test func theLoaderReadsTheMonthsFolder() {
        #expect(ContentSnapshot.isParsed("months/2025-10.md"))
        #expect(!ContentSnapshot.isParsed("months/2025-10.docx"))
    }

    @Test func titleAndItsChineseAlias() throws {
        for key in ["title", "标题"] {
            let result = try Self.parse(["months/2025-10.md": "---\n\(key): 十月工作小结\n---\n\n## 本月小结\n\n完成宣讲 3 场。\n"])
            #expect(Self.lines(result).isEmpty, "\(Self.lines(result))")
            let note = try #require(result.content?.monthNotes[Self.october])
            #expect(note.title == "十月工作小结")
            #expect(note.shownTitle == "十月工作小结")
            #expect(note.file == "Content/months/2025-10.md")
        }
    }

    @Test func noFrontMatterIsFine() throws {
        let result = try Self.parse(["months/2025-10.md": "## 本月小结\n\n完成宣讲 3 场。\n"])
        #expect(Self.lines(result).isEmpty, "\(Self.lines(result))")
        let note = try #require(result.content?.monthNotes[Self.october])
        #expect(note.title == nil)
        #expect(note.shownTitle == "月度小结")
        #expect(note.body.html == "<h2>本月小结</h2>\n<p>完成宣讲 3 场。</p>\n")
    }

    @Test func anUnknownKeyIsAWarningAtItsLine() throws {
        let result = try Self.parse(["months/2025-10.md": "---\n标题: 十月\n日期: 2025-10-31\n---\n正文\n"])
        #expect(result.content?.monthNotes[Self.october]?.title == "十月")
        let unknown = result.diagnostics.filter { $0.code == "key.unknown" }
        #expect(unknown.count == 1)
        #expect(unknown.first?.position == SourcePosition(file: "Content/months/2025-10.md", line: 3, column: 1))
        #expect(unknown.first?.severity == .warning)
    }

    @Test func theSummaryIsThePartUnderItsHeading() throws {
        let text = """
            ---
            标题: 十月
            ---
            # 2025年10月工作小结

            ## 本月小结

            完成宣讲 **3** 场。

            ### 宣讲

            走进 2 家企业。

            ## 存在问题

            签到表不全。

            ## 下月计划

            补齐台账。

            """
        let result = try Self.parse(["months/2025-10.md": text])
        let note = try #require(result.content?.monthNotes[Self.october])
        #expect(
            note.summary?.html == "<p>完成宣讲 <strong>3</strong> 场。</p>\n<h3>宣讲</h3>\n<p>走进 2 家企业。</p>\n")
        #expect(note.body.html.contains("签到表不全"))
    }

    @Test func withoutHeadingsTheWholeBodyIsTheSummary() throws {
        let result = try Self.parse(["months/2025-10.md": "本月完成宣讲 3 场。\n"])
        #expect(result.content?.monthNotes[Self.october]?.summary?.html == "<p>本月完成宣讲 3 场。</p>\n")
    }

    @Test func headingsWithoutASummaryGiveNone() throws {
        let result = try Self.parse(["months/2025-10.md": "## 存在问题\n\n签到表不全。\n"])
        let note = try #require(result.content?.monthNotes[Self.october])
        #expect(note.summary == nil)
    }

    @Test func aBadNameIsAWarningWithTheMonthItMeans() throws {
        let result = try Self.parse([
            "months/2025年10月.md": "正文\n", "months/2025-6.md": "正文\n", "months/十月.md": "正文\n",
        ])
        #expect(result.content?.monthNotes.isEmpty == true)
        #expect(
            Self.lines(result, code: "month.")
                == [
                    "Content/months/2025-6.md:1:1: 警告: 月度小结的文件名应为“年-月.md”（如 months/2025-10.md），这里是“months/2025-6.md”，huibao 不读它；是不是要改名为 months/2025-06.md？",
                    "Content/months/2025年10月.md:1:1: 警告: 月度小结的文件名应为“年-月.md”（如 months/2025-10.md），这里是“months/2025年10月.md”，huibao 不读它；是不是要改名为 months/2025-10.md？",
                    "Content/months/十月.md:1:1: 警告: 月度小结的文件名应为“年-月.md”（如 months/2025-10.md），这里是“months/十月.md”，huibao 不读它；请按月份改名",
                ])
        #expect(result.diagnostics.allSatisfy { $0.severity == .warning })
    }

    @Test func aMonthOutsideThePeriodIsAWarning() throws {
        // The period runs from 2025-04-08 to 2026-04-08: April of both years has days in it.
        let result = try Self.parse([
            "months/2025-03.md": "正文\n", "months/2025-04.md": "正文\n", "months/2026-04.md": "正文\n",
            "months/2026-05.md": "正文\n",
        ])
        #expect(
            result.content?.monthNotes.keys.sorted() == [Month(year: 2025, month: 4)!, Month(year: 2026, month: 4)!])
        #expect(
            Self.lines(result, code: "month.")
                == [
                    "Content/months/2025-03.md:1:1: 警告: 月度小结的月份 2025年3月 不在服务期限（2025-04-08 至 2026-04-08）内，不会显示在网站和报告中；是不是文件名中的月份写错了？",
                    "Content/months/2026-05.md:1:1: 警告: 月度小结的月份 2026年5月 不在服务期限（2025-04-08 至 2026-04-08）内，不会显示在网站和报告中；是不是文件名中的月份写错了？",
                ])
    }

    @Test func theBodyFollowsTheWriteUpRules() throws {
        // A missing image is an error at its line; raw HTML a warning at its line.
        let result = try Self.parse(["months/2025-10.md": "---\n标题: 十月\n---\n\n![合影](不存在.jpg)\n\n<b>加粗</b>\n"])
        #expect(
            Self.lines(result, code: "image").first?.hasPrefix("Content/months/2025-10.md:5:1: 错误: 图片“不存在.jpg”不存在")
                == true)
        #expect(
            Self.lines(result, code: "markdown.raw-html").first?.hasPrefix("Content/months/2025-10.md:7:1: 警告") == true)
        // Reported once, though the image is in the whole body and in the summary alike.
        #expect(result.diagnostics.filter { $0.code == "image.missing" }.count == 1)
    }

    @Test func anUnclosedFrontMatterIsAnError() throws {
        let result = try Self.parse(["months/2025-10.md": "---\n标题: 十月\n正文\n"])
        #expect(Self.lines(result, code: "frontmatter").first?.hasPrefix("Content/months/2025-10.md:1:1: 错误") == true)
    }

    @Test func summarySectionsByHeadingLevel() {
        let markdown = "前言\n\n## 一、本月小结\n\n甲\n\n#### 细节\n\n乙\n\n## 存在问题\n\n丙\n"
        let section = MarkdownSections.section(containing: "本月小结", in: markdown)
        #expect(section?.text == "\n甲\n\n#### 细节\n\n乙\n\n")
        #expect(section?.firstLine == 4)
        // A setext heading and the last section of the text.
        let setext = MarkdownSections.section(containing: "本月小结", in: "本月小结\n----\n甲\n")
        #expect(setext?.text == "甲\n")
        #expect(setext?.firstLine == 3)
        // A heading inside a code block is not a heading.
        #expect(MarkdownSections.section(containing: "本月小结", in: "```\n## 本月小结\n```\n## 存在问题\n") == nil)
    }

    @Test func checkWarnsAboutPersonalDataInTheNotes() throws {
        let snapshot = try Self.snapshot(["months/2025-10.md": "## 本月小结\n\n联系电话 13800138000。\n"])
        let content = try #require(ContentParser.parse(snapshot).content)
        let warnings = ContentChecks.run(content, snapshot: snapshot, asOf: Day(year: 2025, month: 10, day: 20)!)
            .filter { $0.position.file == "Content/months/2025-10.md" }
        #expect(warnings.map(\.code) == ["personal-data.mobile"])
        #expect(warnings.first?.position.line == 3)
    }
}
