import Testing

@testable import HuibaoModel

@Suite("Terminal-safe diagnostics")
struct TerminalTextTests {
    @Test func controlCharactersAreEscapedTabIsKept() {
        #expect(TerminalText.escaped("a\u{1B}[2Kb\tc\u{7F}\u{9B}\u{202E}") == "a\\u{1B}[2Kb\tc\\u{7F}\\u{9B}\\u{202E}")
        #expect(TerminalText.escaped("普通的中文") == "普通的中文")
        #expect(TerminalText.escapedKeepingLines("一\n二\u{07}") == "一\n二\\u{07}")
    }

    @Test func aDiagnosticIsOneLinePlusItsExcerpt() {
        var diagnostic = Diagnostic.warning(
            "x", "消息\n伪造", at: SourcePosition(file: "a\nb.md:1:1: 错误: 假的", line: 2, column: 3))
        diagnostic.excerpt = "行\r\u{1B}]0;t\u{07}"
        let lines = diagnostic.formatted.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines.count == 2)
        #expect(lines[0] == "a\\u{0A}b.md:1:1: 错误: 假的:2:3: 警告: 消息\\u{0A}伪造")
        #expect(lines[1] == "    行\\u{0D}\\u{1B}]0;t\\u{07}")
    }
}
