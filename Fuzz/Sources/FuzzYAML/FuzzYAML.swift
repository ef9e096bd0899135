import HuibaoContent

/// Loads the input as a YAML file is loaded (decoding, the input-method habits, then Yams with
/// its size and depth limits) and checks that every position lies inside the text.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    guard let decoded = TextDecoding.decode(Array(UnsafeBufferPointer(start: data, count: size))) else { return 0 }
    // As in front matter, the YAML starts on a later line of the file.
    let firstLine = 2
    let habits = InputHabits.normalize(decoded.text, file: "fuzz.yml", firstLine: firstLine)
    let lastLine = firstLine + habits.text.utf8.reduce(0) { $0 + ($1 == UInt8(ascii: "\n") ? 1 : 0) }
    for warning in habits.warnings {
        precondition((firstLine...lastLine).contains(warning.position.line), "warning line out of range")
    }
    switch YAMLParsing.parse(habits.text, file: "fuzz.yml", firstLine: firstLine) {
    case .failure(let diagnostic):
        precondition(diagnostic.severity == .error, "a parse failure is an error")
        precondition(diagnostic.position.line >= firstLine, "diagnostic before the YAML")
    case .success(let value):
        if let value { checkPositions(value, firstLine: firstLine, lastLine: lastLine) }
    }
    return 0
}

private func checkPositions(_ value: YAMLValue, firstLine: Int, lastLine: Int) {
    let position = value.position
    precondition(position.line >= firstLine && position.line <= lastLine + 1, "node line out of range")
    precondition(position.column >= 1, "node column below 1")
    switch value {
    case .scalar: break
    case .sequence(let items, _):
        for item in items { checkPositions(item, firstLine: firstLine, lastLine: lastLine) }
    case .mapping(let pairs, _):
        for pair in pairs { checkPositions(pair.value, firstLine: firstLine, lastLine: lastLine) }
    }
}
