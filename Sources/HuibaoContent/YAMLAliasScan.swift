import CYaml

/// Finds YAML anchors and aliases (`&a`, `*a`) with libyaml's event parser, before anything
/// composes them: Yams turns an alias into a shared node, and walking ten levels of nine
/// aliases each ("billion laughs") visits 9^10 nodes. huibao has no use for them.
enum YAMLAliasScan {
    /// libyaml's 1-based line and column of the first anchor or alias, or nil when there is
    /// none (or the text stops parsing before one: Yams then reports that error).
    static func firstAnchorOrAlias(_ text: String) -> (line: Int, column: Int)? {
        // The cheap pre-check: most YAML has neither byte at all.
        guard text.utf8.contains(where: { $0 == UInt8(ascii: "&") || $0 == UInt8(ascii: "*") }) else { return nil }
        var parser = yaml_parser_t()
        guard yaml_parser_initialize(&parser) == 1 else { return nil }
        defer { yaml_parser_delete(&parser) }
        var text = text
        return text.withUTF8 { buffer -> (line: Int, column: Int)? in
            yaml_parser_set_encoding(&parser, YAML_UTF8_ENCODING)
            yaml_parser_set_input_string(&parser, buffer.baseAddress, buffer.count)
            var event = yaml_event_t()
            while yaml_parser_parse(&parser, &event) == 1 {
                defer { yaml_event_delete(&event) }
                let found: Bool
                switch event.type {
                case YAML_ALIAS_EVENT: found = true
                case YAML_SCALAR_EVENT: found = event.data.scalar.anchor != nil
                case YAML_SEQUENCE_START_EVENT: found = event.data.sequence_start.anchor != nil
                case YAML_MAPPING_START_EVENT: found = event.data.mapping_start.anchor != nil
                case YAML_STREAM_END_EVENT: return nil
                default: found = false
                }
                if found { return (Int(event.start_mark.line) + 1, Int(event.start_mark.column) + 1) }
            }
            return nil
        }
    }
}
