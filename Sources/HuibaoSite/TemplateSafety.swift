import HuibaoModel

/// Checks the templates before either Mustache parser sees them: both parse and render by
/// recursion, so a partial that includes itself (`{{> layout}}` in layout, or layout →
/// dashboard → layout) or thousands of nested sections would overflow the stack (a
/// segfault). A cheap scan of the tags finds both and reports them at the template's line.
enum TemplateSafety {
    /// Deeper section nesting than this is refused (huibao's own templates use 4).
    static let maximumDepth = 64

    /// What one template's tags say: its deepest nesting and the partials it includes.
    struct Scan {
        /// The line where nesting first went past `maximumDepth`.
        var tooDeepAt: Int?
        /// Included template names with the line of their first `{{> …}}`.
        var partials: [(name: String, line: Int)] = []
    }

    /// The first problem of `texts` (template name → text), as an error at `file(name)`.
    static func problem(_ texts: [(name: String, text: String)], file: (String) -> String) -> Diagnostic? {
        var scans: [String: Scan] = [:]
        for (name, text) in texts {
            let scan = Self.scan(text)
            if let line = scan.tooDeepAt {
                return .error(
                    "template.too-deep",
                    "模板 \(name).mustache 的区块（{{#…}} / {{^…}}）嵌套超过 \(maximumDepth) 层：请检查是否少写了对应的 {{/…}}",
                    at: SourcePosition(file: file(name), line: line))
            }
            scans[name] = scan
        }
        // Cycles among the partials, in the order the templates are listed.
        var state: [String: Bool] = [:]  // false: on the current path; true: done
        var path: [(name: String, line: Int)] = []
        func visit(_ name: String) -> Diagnostic? {
            if state[name] == true { return nil }
            state[name] = false
            for partial in scans[name]?.partials ?? [] where scans[partial.name] != nil {
                path.append((name, partial.line))
                if state[partial.name] == false {
                    let start = path.firstIndex { $0.name == partial.name } ?? 0
                    let cycle = path[start...]
                    let chain = cycle.map { "\($0.name).mustache" } + ["\(partial.name).mustache"]
                    let first = cycle.first!
                    return .error(
                        "template.recursive-partial",
                        "模板 \(first.name).mustache 通过 {{> …}} 引用了自己（\(chain.joined(separator: " → "))），生成页面时会无限循环：请去掉这个循环中的一处 {{> …}}",
                        at: SourcePosition(file: file(first.name), line: first.line))
                }
                if let found = visit(partial.name) { return found }
                path.removeLast()
            }
            state[name] = true
            return nil
        }
        for (name, _) in texts {
            if let found = visit(name) { return found }
        }
        return nil
    }

    /// One pass over the tags (delimiter changes `{{=<% %>=}}` followed).
    static func scan(_ text: String) -> Scan {
        let bytes = Array(text.utf8)
        var open: [UInt8] = Array("{{".utf8)
        var close: [UInt8] = Array("}}".utf8)
        var result = Scan()
        var depth = 0
        var line = 1
        var index = 0
        func matches(_ marker: [UInt8], at position: Int) -> Bool {
            position + marker.count <= bytes.count && bytes[position..<position + marker.count].elementsEqual(marker)
        }
        while index < bytes.count {
            if bytes[index] == UInt8(ascii: "\n") {
                line += 1
                index += 1
                continue
            }
            guard matches(open, at: index) else {
                index += 1
                continue
            }
            let tagLine = line
            var start = index + open.count
            // The end: for `{{{name}}}` one brace more.
            var end = start
            while end < bytes.count, !matches(close, at: end) {
                if bytes[end] == UInt8(ascii: "\n") { line += 1 }
                end += 1
            }
            guard end < bytes.count else { break }
            index = end + close.count
            if end < bytes.count, start < end, bytes[start] == UInt8(ascii: "{"), open == Array("{{".utf8),
                index < bytes.count, bytes[index] == UInt8(ascii: "}")
            {
                index += 1
            }
            while start < end, bytes[start] == UInt8(ascii: " ") { start += 1 }
            guard start < end else { continue }
            let kind = bytes[start]
            var body = bytes[(start + 1)..<end]
            while let first = body.first, first == UInt8(ascii: " ") || first == UInt8(ascii: "\t") {
                body = body.dropFirst()
            }
            while let last = body.last, last == UInt8(ascii: " ") || last == UInt8(ascii: "\t") {
                body = body.dropLast()
            }
            switch kind {
            case UInt8(ascii: "#"), UInt8(ascii: "^"), UInt8(ascii: "$"):
                depth += 1
                if depth > maximumDepth, result.tooDeepAt == nil { result.tooDeepAt = tagLine }
            case UInt8(ascii: "<"):
                depth += 1
                if depth > maximumDepth, result.tooDeepAt == nil { result.tooDeepAt = tagLine }
                result.partials.append((String(decoding: body, as: UTF8.self), tagLine))
            case UInt8(ascii: "/"):
                depth = max(0, depth - 1)
            case UInt8(ascii: ">"):
                if body.first != UInt8(ascii: "*") {
                    result.partials.append((String(decoding: body, as: UTF8.self), tagLine))
                }
            case UInt8(ascii: "="):
                // `{{=<% %>=}}`: the new delimiters, separated by spaces.
                guard body.last == UInt8(ascii: "=") else { continue }
                let parts = body.dropLast().split(whereSeparator: { $0 == UInt8(ascii: " ") })
                if parts.count == 2 {
                    open = Array(parts[0])
                    close = Array(parts[1])
                }
            default:
                continue
            }
        }
        return result
    }
}
