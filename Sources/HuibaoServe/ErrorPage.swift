import HuibaoModel
import HuibaoSite

/// The page the preview shows on every path while the content has errors: each diagnostic
/// as `path:line:column: 错误: …` with the offending line, HTML-escaped.
enum ErrorPage {
    static func html(diagnostics: [Diagnostic], problem: String? = nil) -> String {
        let errors = diagnostics.filter { $0.severity == .error }.count
        var items = ""
        // Errors first: they are what stops the site; warnings follow, each group in file order.
        let ordered = diagnostics.filter { $0.severity == .error } + diagnostics.filter { $0.severity != .error }
        for diagnostic in ordered {
            let position = diagnostic.position
            let kind = diagnostic.severity == .error ? "error" : "warning"
            items +=
                "<li class=\"\(kind)\"><code>\(HTMLEscaping.escape("\(position.file):\(position.line):\(position.column)"))</code>"
            items += " <strong>\(diagnostic.severity.label)</strong>: \(HTMLEscaping.escape(diagnostic.message))"
            if let excerpt = diagnostic.excerpt, !excerpt.isEmpty {
                items += "\n<pre>\(HTMLEscaping.escape(excerpt))</pre>"
            }
            items += "</li>\n"
        }
        let summary =
            problem.map(HTMLEscaping.escape)
            ?? "内容中有 \(errors) 个错误\(diagnostics.count > errors ? "、\(diagnostics.count - errors) 个警告" : "")，网站暂时无法生成。改正后保存，页面会自动刷新。"
        return """
            <!DOCTYPE html>
            <html lang="zh-CN"><head><meta charset="utf-8"><title>huibao：内容有错误</title>
            <style>body{font-family:sans-serif;margin:2em;max-width:60em}li{margin:.8em 0}
            li.error strong{color:#b00}li.warning strong{color:#a60}
            pre{background:#f6f6f6;padding:.4em .8em;overflow-x:auto}</style></head>
            <body><h1>内容有错误</h1>
            <p>\(summary)</p>
            <ol>
            \(items)</ol>
            </body></html>
            """
    }
}
