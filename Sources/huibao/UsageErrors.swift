import ArgumentParser
import Foundation

/// The argument parser's messages in Chinese: it only speaks English, so its full message
/// (`Error: …`, `Help: …`, `Usage: …`, `See '…' for more information.`) is translated line by
/// line from the known forms. Usage errors exit 64 (EX_USAGE); `--help` and `--version` are left as they are.
enum UsageErrors {
    /// Prints the error as the user should read it and ends the process with its exit code.
    static func exit(_ error: Error) -> Never {
        let code = Huibao.exitCode(for: error)
        if code == .success || error is ExitCode {
            Huibao.exit(withError: error)
        }
        let english = Huibao.fullMessage(for: error)
        let text = english.split(separator: "\n", omittingEmptySubsequences: false).map { translateLine(String($0)) }
            .joined(separator: "\n")
        if !text.isEmpty { Console.error(text) }
        Foundation.exit(code.rawValue == 0 ? 1 : code.rawValue)
    }

    /// An error a command threw while running (a `ValidationError` of its own, in Chinese):
    /// only the message, without the parser's usage lines.
    static func exitAfterRun(_ error: Error) -> Never {
        let code = Huibao.exitCode(for: error)
        if code == .success || error is ExitCode {
            Huibao.exit(withError: error)
        }
        let text = Huibao.message(for: error)
        if error is ValidationError || text.unicodeScalars.contains(where: { $0.value > 0x7F }) {
            Console.error("错误: " + message(text))
        } else {
            Console.error("错误: 操作没有完成（\(text)）")
        }
        Foundation.exit(code.rawValue == 0 ? 1 : code.rawValue)
    }

    static func translateLine(_ line: String) -> String {
        if let rest = line.dropPrefix("Error: ") { return "错误: " + message(String(rest)) }
        if let rest = line.dropPrefix("Help:  ") { return "说明：" + rest }
        if let rest = line.dropPrefix("Usage: ") { return "用法：" + rest }
        if let rest = line.dropPrefix("  See '"), let command = rest.dropSuffix("' for more information.") {
            return "  运行 \(command) 查看说明。"
        }
        return line
    }

    /// One message of the parser, in Chinese; a message that is already Chinese stays.
    static func message(_ text: String) -> String {
        if let rest = text.dropPrefix("Unexpected argument '"), let value = rest.dropSuffix("'") {
            let commands = Huibao.configuration.subcommands.map { $0._commandName }
            if commands.contains(where: { $0.hasPrefix(value) || value.hasPrefix($0) }) || !value.hasPrefix("-") {
                return "多余的参数“\(value)”：huibao 的命令有 \(commands.joined(separator: "、"))，请检查拼写和顺序"
            }
            return "多余的参数“\(value)”"
        }
        if let range = text.range(of: " unexpected arguments: ") {
            return "多余的参数：\(text[range.upperBound...])"
        }
        if let rest = text.dropPrefix("Unknown option '") {
            if let cut = rest.range(of: "'. Did you mean '"), let suggestion = rest[cut.upperBound...].dropSuffix("'?") {
                return "不认识的选项“\(rest[..<cut.lowerBound])”，是不是“\(suggestion)”？"
            }
            return "不认识的选项“\(rest.dropSuffix("'") ?? rest)”：请用 --help 查看这个命令的选项"
        }
        if let rest = text.dropPrefix("Missing value for '"), let option = rest.dropSuffix("'") {
            return "选项 \(option) 后面缺少值"
        }
        if let rest = text.dropPrefix("Missing expected argument '"), let argument = rest.dropSuffix("'") {
            return "缺少参数 \(argument)"
        }
        if let rest = text.dropPrefix("The value '"), let cut = rest.range(of: "' is invalid") {
            let value = rest[..<cut.lowerBound]
            var tail = rest[cut.upperBound...]
            var target = ""
            if let inner = tail.dropPrefix(" for '"), let end = inner.range(of: "'") {
                target = " \(inner[..<end.lowerBound]) "
                tail = inner[end.upperBound...]
            }
            var result = "“\(value)”不是\(target)的有效值"
            if let choices = tail.dropPrefix(". Please provide one of ") {
                let list = (choices.dropSuffix(".") ?? choices).replacingOccurrences(of: "' and '", with: "'、'")
                    .replacingOccurrences(of: "', '", with: "'、'").replacingOccurrences(of: "', and '", with: "'、'")
                result += "，可以写 \(list)"
            } else if tail.hasPrefix(". Please provide one of the following:") {
                result += "，可以写：" + tail.dropFirst(". Please provide one of the following:".count)
            } else if !tail.isEmpty, tail != "." {
                result += "：" + (tail.dropPrefix(". ") ?? tail)
            }
            return result
        }
        if let rest = text.dropPrefix("The option '"), let cut = rest.range(of: "' does not take any value, but '"),
            let value = rest[cut.upperBound...].dropSuffix("' was specified.")
        {
            return "选项 \(rest[..<cut.lowerBound]) 不带值，这里写了“\(value)”"
        }
        if text.hasPrefix("Value to be set with ") {
            return "同一个选项写了不止一次，请只写一次"
        }
        if text == "Missing required subcommand." {
            let commands = Huibao.configuration.subcommands.map { $0._commandName }
            return "缺少命令：请写 \(commands.map { "huibao \($0)" }.joined(separator: "、")) 之一"
        }
        if let rest = text.dropPrefix("Invalid option: ") { return "无效的选项“\(rest)”" }
        if text.unicodeScalars.contains(where: { $0.value > 0x7F }) { return text }
        return "命令行有误（\(text)），请用 huibao --help 查看用法"
    }
}

extension StringProtocol {
    fileprivate func dropPrefix(_ prefix: String) -> SubSequence? {
        hasPrefix(prefix) ? self[index(startIndex, offsetBy: prefix.count)...] : nil
    }

    fileprivate func dropSuffix(_ suffix: String) -> SubSequence? {
        hasSuffix(suffix) ? self[..<index(endIndex, offsetBy: -suffix.count)] : nil
    }
}
