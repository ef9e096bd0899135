import HuibaoContent

/// Renders the input as a Markdown body, safe and unsafe, rewriting every image URL, and
/// checks that every reported position lies inside the text.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    guard let text = TextDecoding.decode(Array(UnsafeBufferPointer(start: data, count: size)))?.text else { return 0 }
    let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
    let unsafe = size > 0 && data[0] & 1 == 1
    let rendered = Markdown.render(text, unsafeHTML: unsafe, rewriteImageURL: { "../media/" + $0 })
    let places = rendered.images.map { ($0.line, $0.column) } + rendered.rawHTML.map { ($0.line, $0.column) }
    for (line, column) in places {
        precondition(line >= 1 && line <= lines.count, "line out of range")
        precondition(column >= 1 && column <= lines[line - 1].unicodeScalars.count + 1, "column out of range")
    }
    return 0
}
