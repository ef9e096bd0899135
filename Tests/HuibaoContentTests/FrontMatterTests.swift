import Testing

@testable import HuibaoContent

@Suite struct FrontMatterTests {
    @Test func splitsYAMLAndBodyWithTheirFileLines() {
        let text = "---\n标题: 宣讲\n日期: 2025-06-03\n---\n# 活动\n\n正文\n"
        let split = FrontMatter.split(text)
        #expect(
            split
                == .success(
                    FrontMatterSplit(
                        yaml: "标题: 宣讲\n日期: 2025-06-03\n", yamlFirstLine: 2, body: "# 活动\n\n正文\n",
                        bodyFirstLine: 5)))
    }

    @Test func bodyLineMapsBackToTheFile() throws {
        let text = "---\na: 1\nb: 2\n---\n\n![图](x.png)\n"
        let split = try FrontMatter.split(text).get()
        let bodyLines = split.body.split(separator: "\n", omittingEmptySubsequences: false)
        let fileLines = text.split(separator: "\n", omittingEmptySubsequences: false)
        // The image is on line 2 of the body, which is line 6 of the file.
        #expect(bodyLines[1] == "![图](x.png)")
        #expect(fileLines[split.bodyFirstLine + 2 - 1 - 1] == "![图](x.png)")
        #expect(split.bodyFirstLine == 5)
        // A YAML line n is file line yamlFirstLine + n - 1: "b: 2" is YAML line 2, file line 3.
        #expect(fileLines[split.yamlFirstLine + 2 - 1 - 1] == "b: 2")
    }

    @Test func noFrontMatter() {
        let text = "# 标题\n\n正文\n"
        #expect(
            FrontMatter.split(text)
                == .success(FrontMatterSplit(yaml: nil, yamlFirstLine: 1, body: text, bodyFirstLine: 1)))
    }

    @Test func emptyTextHasNoFrontMatter() {
        #expect(
            FrontMatter.split("") == .success(FrontMatterSplit(yaml: nil, yamlFirstLine: 1, body: "", bodyFirstLine: 1))
        )
    }

    @Test func dashesNotOnTheFirstLineAreBody() {
        let text = "\n---\na: 1\n---\n"
        #expect(
            FrontMatter.split(text)
                == .success(FrontMatterSplit(yaml: nil, yamlFirstLine: 1, body: text, bodyFirstLine: 1)))
    }

    @Test func fourDashesDoNotOpen() {
        let text = "----\na: 1\n---\n"
        #expect(
            FrontMatter.split(text)
                == .success(FrontMatterSplit(yaml: nil, yamlFirstLine: 1, body: text, bodyFirstLine: 1)))
    }

    @Test func unclosedIsAnErrorAtTheOpeningLine() {
        #expect(FrontMatter.split("---\n标题: 宣讲\n正文\n") == .failure(FrontMatterError(line: 1)))
        #expect(FrontMatter.split("---") == .failure(FrontMatterError(line: 1)))
        #expect(FrontMatter.split("---\n") == .failure(FrontMatterError(line: 1)))
    }

    @Test func trailingSpacesAndTabsOnDelimiters() {
        let split = FrontMatter.split("--- \t\na: 1\n---  \nbody")
        #expect(split == .success(FrontMatterSplit(yaml: "a: 1\n", yamlFirstLine: 2, body: "body", bodyFirstLine: 4)))
    }

    @Test func leadingSpaceOrTextAfterDashesDoesNotClose() {
        let split = FrontMatter.split("---\na: 1\n ---\n--- x\n---\nbody")
        #expect(
            split
                == .success(
                    FrontMatterSplit(yaml: "a: 1\n ---\n--- x\n", yamlFirstLine: 2, body: "body", bodyFirstLine: 6)))
    }

    @Test func emptyYAML() {
        #expect(
            FrontMatter.split("---\n---\n正文")
                == .success(FrontMatterSplit(yaml: "", yamlFirstLine: 2, body: "正文", bodyFirstLine: 3)))
    }

    @Test func dotsClose() {
        #expect(
            FrontMatter.split("---\na: 1\n...\n正文\n")
                == .success(FrontMatterSplit(yaml: "a: 1\n", yamlFirstLine: 2, body: "正文\n", bodyFirstLine: 4)))
    }

    @Test func dotsDoNotOpen() {
        let text = "...\na: 1\n...\n"
        #expect(
            FrontMatter.split(text)
                == .success(FrontMatterSplit(yaml: nil, yamlFirstLine: 1, body: text, bodyFirstLine: 1)))
    }

    @Test func closingLineAtTheEndWithoutNewline() {
        #expect(
            FrontMatter.split("---\na: 1\n---")
                == .success(FrontMatterSplit(yaml: "a: 1\n", yamlFirstLine: 2, body: "", bodyFirstLine: 4)))
    }

    @Test func onlyTheFirstClosingLineCloses() {
        let split = FrontMatter.split("---\na: 1\n---\n正文\n---\n更多\n")
        #expect(
            split
                == .success(FrontMatterSplit(yaml: "a: 1\n", yamlFirstLine: 2, body: "正文\n---\n更多\n", bodyFirstLine: 4))
        )
    }
}
