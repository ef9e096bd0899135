/// The comment every evaluator report carries right after its doctype, whatever the
/// templates: how `huibao report` knows a file it may overwrite (attack review finding 6).
public enum ReportMarker {
    public static let comment = "<!-- huibao-report：由 huibao 生成，重新运行 huibao report 会覆盖本文件 -->"

    /// `html` with the marker after its first line when that is the doctype, else first.
    public static func insert(into html: String) -> String {
        if html.utf8.starts(with: "<!DOCTYPE".utf8) || html.utf8.starts(with: "<!doctype".utf8),
            let newline = html.firstIndex(of: "\n")
        {
            return html[...newline] + comment + "\n" + html[html.index(after: newline)...]
        }
        return comment + "\n" + html
    }
}
