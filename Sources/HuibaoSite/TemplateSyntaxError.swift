import HuibaoModel
import Mustache

/// swift-mustache's parse errors as a Chinese diagnostic at the template's own line.
enum TemplateSyntaxError {
    static func diagnostic(_ error: Error, template: String, text: String, file: String) -> Diagnostic {
        guard let parser = error as? MustacheTemplate.ParserError else {
            return .error("template.syntax", "模板 \(template) 有语法错误", at: SourcePosition(file: file))
        }
        let what: String
        switch parser.error as? MustacheTemplate.Error {
        case .sectionCloseNameIncorrect: what = "{{/…}} 的名字和对应的 {{#…}} 或 {{^…}} 不一致"
        case .unfinishedName: what = "标签没有写完（少了 }} 或名字中有不允许的字符）"
        case .expectedSectionEnd: what = "有 {{#…}} 或 {{^…}} 没有对应的 {{/…}}"
        case .invalidSetDelimiter: what = "改分隔符的标签 {{=… …=}} 格式不对"
        case .transformAppliedToInheritanceSection, .illegalTokenInsideInheritSection, .textInsideInheritSection:
            what = "继承区块 {{<…}} 里的写法不对"
        case .invalidConfigVariableSyntax, .unrecognisedConfigVariable: what = "{{% …}} 设置不认识"
        case nil: what = "无法解析（请检查 {{ 和 }} 是否成对）"
        }
        // swift-mustache counts a line past the end for an unclosed section: point at the last.
        var lines = 1
        for byte in text.utf8 where byte == UInt8(ascii: "\n") { lines += 1 }
        if text.hasSuffix("\n") { lines -= 1 }
        let line = min(max(parser.context.lineNumber, 1), max(lines, 1))
        return .error(
            "template.syntax", "模板 \(template) 有语法错误：\(what)",
            at: SourcePosition(file: file, line: line, column: max(parser.context.columnNumber, 1)))
    }
}
