import HuibaoContent

/// Parses the input's front matter (seeds full of anchors and aliases) and checks that no
/// alias ever expands: a parsed value has at most as many nodes as the text has bytes, and
/// an error lies inside the front matter.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    guard let text = TextDecoding.decode(Array(UnsafeBufferPointer(start: data, count: size)))?.text,
        case .success(let split) = FrontMatter.split(text), let yaml = split.yaml
    else { return 0 }
    let habits = InputHabits.normalize(yaml, file: "fuzz.md", firstLine: split.yamlFirstLine)
    let lastLine = split.yamlFirstLine + habits.text.utf8.reduce(0) { $0 + ($1 == UInt8(ascii: "\n") ? 1 : 0) }
    switch YAMLParsing.parse(habits.text, file: "fuzz.md", firstLine: split.yamlFirstLine) {
    case .failure(let diagnostic):
        precondition(diagnostic.severity == .error, "a parse failure is an error")
        precondition(
            (split.yamlFirstLine...lastLine).contains(diagnostic.position.line), "the error is inside the front matter")
    case .success(let value):
        guard let value else { return 0 }
        var budget = 2 * habits.text.utf8.count + 2
        count(value, budget: &budget)
    }
    return 0
}

/// Counts the nodes down from `budget`, stopping at the first one over it.
private func count(_ value: YAMLValue, budget: inout Int) {
    budget -= 1
    precondition(budget >= 0, "more nodes than bytes: an alias was expanded")
    switch value {
    case .scalar: break
    case .sequence(let items, _):
        for item in items { count(item, budget: &budget) }
    case .mapping(let pairs, _):
        for pair in pairs { count(pair.value, budget: &budget) }
    }
}
