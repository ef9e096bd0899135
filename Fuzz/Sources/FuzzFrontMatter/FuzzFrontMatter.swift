import HuibaoContent

/// Decodes the input as a user's file would be, splits off its front matter, and checks that
/// the parts and their first lines describe the text exactly.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    guard let text = TextDecoding.decode(bytes)?.text else {
        _ = TextDecoding.firstInvalidUTF8Line(bytes)
        return 0
    }
    switch FrontMatter.split(text) {
    case .failure(let error):
        precondition(error.line == 1, "an unclosed front matter opens on line 1")
    case .success(let split):
        precondition(text.hasSuffix(split.body), "the body is the end of the text")
        let before = text.utf8.dropLast(split.body.utf8.count)
        let newlines = before.reduce(0) { $0 + ($1 == UInt8(ascii: "\n") ? 1 : 0) }
        // An empty body after a closing line without a line break starts on the line after it.
        precondition(
            split.bodyFirstLine == newlines + 1 || (split.body.isEmpty && split.bodyFirstLine == newlines + 2),
            "the body starts on the line after the closing ---")
        if let yaml = split.yaml {
            precondition(split.yamlFirstLine == 2, "the YAML starts on line 2")
            // The text before the body is: the opening line, the YAML, the closing line.
            var lines = String(decoding: before, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
            if lines.last == "" { lines.removeLast() }
            precondition(lines.count >= 2, "an opening and a closing line")
            precondition(lines[0].hasPrefix("---"), "front matter opens with ---")
            let closing = lines[lines.count - 1]
            precondition(closing.hasPrefix("---") || closing.hasPrefix("..."), "front matter closes with --- or ...")
            precondition(
                lines[1..<(lines.count - 1)].map { $0 + "\n" }.joined() == yaml, "the YAML is all between the two lines"
            )
        } else {
            precondition(split.body == text && split.bodyFirstLine == 1, "no front matter leaves the text whole")
        }
    }
    return 0
}
