import Foundation
import HuibaoTestSupport
import Testing

/// Command-line mistakes: a Chinese message, exit 64 (EX_USAGE); `--help` still works.
@Suite("Usage errors in Chinese (the built binary)")
struct UsageErrorTests {
    @Test(arguments: [
        (["frobnicate"], "错误: 多余的参数“frobnicate”"),
        (["check", "--format", "x"], "错误: “x”不是 --format <format> 的有效值，可以写 'text'、'json'"),
        (["serve", "--port", "x"], "错误: “x”不是 --port <PORT> 的有效值"),
        (["check", "--sourc", "."], "错误: 不认识的选项“--sourc”，是不是“--source”？"),
        (["check", "--source"], "错误: 选项 --source <DIR> 后面缺少值"),
        (["report"], "错误: 缺少参数 <evaluation-id>"),
        (["build", "--drafts=1"], "错误: 选项 --drafts 不带值，这里写了“1”"),
        (["serve", "--port", "0"], "错误: --port 应在 1 到 65535 之间，这里是 0"),
        (["check", "--as-of", "2025-13-01"], "错误: --as-of 应为日期，如 2025-10-08，这里是“2025-13-01”"),
    ])
    func chineseMessageAndExit64(_ arguments: [String], _ expected: String) throws {
        let result = try CommandRunner.huibao(arguments)
        #expect(result.status == 64, "\(result.stderr)")
        #expect(result.stderr.hasPrefix(expected), "\(result.stderr)")
        for english in ["Error:", "Usage:", "Unexpected", "invalid for", "See '"] {
            #expect(!result.stderr.contains(english), "\(result.stderr)")
        }
    }

    @Test func helpAndVersionStillWork() throws {
        let help = try CommandRunner.huibao(["serve", "--help"])
        #expect(help.status == 0)
        #expect(help.stdout.contains("本地预览"), "\(help.stdout)")
        let version = try CommandRunner.huibao(["--version"])
        #expect(version.status == 0)
        #expect(version.stdout == "0.1.0\n")
    }
}
