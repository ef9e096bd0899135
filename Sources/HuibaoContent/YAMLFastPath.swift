import HuibaoModel

/// Reads the YAML that front matter usually is — a block mapping of one-line plain scalars,
/// `[a, b]` lists, `- item` lists and nested mappings — straight into a `YAMLValue`, the
/// same value and positions Yams gives, at a fraction of its cost. Anything else (quotes,
/// comments, block scalars, anchors, tags, flow mappings, empty values, multi-line scalars,
/// tabs, duplicate keys, …) returns nil, and Yams reads the text, errors included.
enum YAMLFastPath {
    /// The document's root mapping, or nil when the text is not in the subset.
    static func parse(_ text: String, file: String, lineOffset: Int) -> YAMLValue? {
        var parser = Parser(bytes: Array(text.utf8), file: file, lineOffset: lineOffset)
        guard let lines = parser.splitLines(), let first = lines.first, first.indent == 0 else { return nil }
        parser.lines = lines
        var index = 0
        guard let root = parser.mapping(at: &index, indent: 0), index == lines.count else { return nil }
        return root
    }

    private struct Line {
        /// The 0-based line number in the text.
        var number: Int
        /// Byte offsets: the line's start, its first non-space byte, its end (before LF and
        /// trailing spaces).
        var start: Int
        var content: Int
        var end: Int
        var indent: Int { content - start }
    }

    private struct Parser {
        let bytes: [UInt8]
        let file: String
        let lineOffset: Int
        var lines: [Line] = []

        init(bytes: [UInt8], file: String, lineOffset: Int) {
            self.bytes = bytes
            self.file = file
            self.lineOffset = lineOffset
        }

        /// The non-blank lines; nil for any byte or line outside the subset.
        func splitLines() -> [Line]? {
            var lines: [Line] = []
            var start = 0
            var number = 0
            while start <= bytes.count {
                var end = start
                while end < bytes.count && bytes[end] != UInt8(ascii: "\n") { end += 1 }
                var content = start
                while content < end && bytes[content] == UInt8(ascii: " ") { content += 1 }
                var last = end
                while last > content && bytes[last - 1] == UInt8(ascii: " ") { last -= 1 }
                if content < last {
                    for offset in content..<last
                    where !Self.isPlainAtOnce(bytes[offset]) && !Self.isPlainByte(bytes, at: offset) {
                        return nil
                    }
                    // Directives, document markers and comments are left to Yams.
                    switch bytes[content] {
                    case UInt8(ascii: "#"), UInt8(ascii: "%"): return nil
                    case UInt8(ascii: "-") where last - content >= 3 && bytes[content + 1] == UInt8(ascii: "-"):
                        return nil
                    case UInt8(ascii: "."): return nil
                    default: break
                    }
                    lines.append(Line(number: number, start: start, content: content, end: last))
                }
                start = end + 1
                number += 1
            }
            return lines
        }

        /// Printable ASCII but `#`, and any byte of a character that starts with neither C2, E2
        /// nor EF (most Chinese): plain without `isPlainByte`'s closer look.
        @inline(__always)
        private static func isPlainAtOnce(_ byte: UInt8) -> Bool {
            byte < 0x80
                ? byte >= 0x20 && byte != 0x7F && byte != UInt8(ascii: "#")
                : byte != 0xC2 && byte != 0xE2 && byte != 0xEF
        }

        /// Bytes allowed anywhere in the subset: printable, no tab, no `#` (comments), no
        /// characters YAML treats as line breaks (NEL, LS, PS) or excludes (C1, BOM, FFFE/FFFF).
        private static func isPlainByte(_ bytes: [UInt8], at offset: Int) -> Bool {
            let byte = bytes[offset]
            if byte < 0x20 || byte == 0x7F || byte == UInt8(ascii: "#") { return false }
            if byte == 0xC2, offset + 1 < bytes.count, bytes[offset + 1] <= 0x9F { return false }  // U+0080…U+009F
            if byte == 0xE2, offset + 2 < bytes.count, bytes[offset + 1] == 0x80,
                bytes[offset + 2] == 0xA8 || bytes[offset + 2] == 0xA9
            {
                return false
            }
            if byte == 0xEF, offset + 2 < bytes.count,
                (bytes[offset + 1] == 0xBB && bytes[offset + 2] == 0xBF)
                    || (bytes[offset + 1] == 0xBF && (bytes[offset + 2] == 0xBE || bytes[offset + 2] == 0xBF))
            {
                return false
            }
            return true
        }

        /// A mapping's keys so far: searched in a list while they are few, in a set after.
        struct Keys {
            /// The first 32 keys in NFC, compared by their bytes (no hash made for a front
            /// matter's dozen keys); from the 32nd on, a set.
            private var list: [String] = []
            private var set: Set<ContentPaths.Key> = []

            /// Room for `capacity` keys before the list grows.
            init(capacity: Int) { list.reserveCapacity(min(capacity, 32)) }

            /// Whether `key` is new (then it is added).
            mutating func insert(_ key: String) -> Bool {
                let normalized = ContentLoader.normalized(key)
                if list.count < 32 {
                    guard !list.contains(where: { $0.hasSameBytes(as: normalized) }) else { return false }
                    list.append(normalized)
                    if list.count == 32 { set = Set(list.map { ContentPaths.Key(normalized: $0) }) }
                    return true
                }
                return set.insert(ContentPaths.Key(normalized: normalized)).inserted
            }
        }

        /// A block mapping whose keys start at `indent`, from `lines[index]` on.
        func mapping(at index: inout Int, indent: Int) -> YAMLValue? {
            let start = position(lines[index], lines[index].content)
            // Room for every line left, at most 16 (a front matter's keys, or a nested map's
            // few), so the list seldom grows entry by entry.
            let room = min(lines.count - index, 16)
            var pairs: [YAMLPair] = []
            pairs.reserveCapacity(room)
            // Keys told apart as `Set<String>` does (canonically equivalent ones are the same),
            // compared by hash and bytes: a Chinese key (佐证材料's kinds) would normalize to
            // hash, and a front matter's few keys need no set of their own.
            var keys = Keys(capacity: room)
            while index < lines.count && lines[index].indent >= indent {
                let line = lines[index]
                guard line.indent == indent, !isSequenceEntry(line) else { return nil }
                // The key ends at the first `: ` or a final `:`.
                var colon = line.content
                while colon < line.end,
                    !(bytes[colon] == UInt8(ascii: ":")
                        && (colon + 1 == line.end || bytes[colon + 1] == UInt8(ascii: " ")))
                {
                    colon += 1
                }
                guard colon < line.end, let key = plainScalar(line.content..<colon, flow: false),
                    keys.insert(key)
                else { return nil }
                var valueStart = colon + 1
                while valueStart < line.end && bytes[valueStart] == UInt8(ascii: " ") { valueStart += 1 }
                index += 1
                let value: YAMLValue
                if valueStart < line.end {
                    // A value on the key's line: nothing may continue it on deeper lines.
                    if index < lines.count && lines[index].indent > indent { return nil }
                    if bytes[valueStart] == UInt8(ascii: "[") {
                        guard let list = flowSequence(line, from: valueStart) else { return nil }
                        value = list
                    } else {
                        guard let text = plainScalar(valueStart..<line.end, flow: false) else { return nil }
                        value = .scalar(YAMLScalar(text: text, quoted: false, position: position(line, valueStart)))
                    }
                } else {
                    // The value is the block below: deeper, or a `- ` list at the same indentation.
                    guard index < lines.count else { return nil }
                    let next = lines[index]
                    if isSequenceEntry(next) && next.indent >= indent {
                        guard let list = sequence(at: &index, indent: next.indent) else { return nil }
                        value = list
                    } else if next.indent > indent {
                        guard let nested = mapping(at: &index, indent: next.indent) else { return nil }
                        value = nested
                    } else {
                        return nil  // an empty value: Yams places its null where the next token is
                    }
                }
                pairs.append(YAMLPair(key: key, keyPosition: position(line, line.content), value: value))
            }
            return .mapping(pairs, start)
        }

        /// A block sequence of one-line plain scalars whose `-` are at `indent`.
        func sequence(at index: inout Int, indent: Int) -> YAMLValue? {
            let start = position(lines[index], lines[index].content)
            var items: [YAMLValue] = []
            while index < lines.count && lines[index].indent == indent && isSequenceEntry(lines[index]) {
                let line = lines[index]
                var itemStart = line.content + 1
                while itemStart < line.end && bytes[itemStart] == UInt8(ascii: " ") { itemStart += 1 }
                guard itemStart < line.end, let text = plainScalar(itemStart..<line.end, flow: false) else {
                    return nil
                }
                items.append(.scalar(YAMLScalar(text: text, quoted: false, position: self.position(line, itemStart))))
                index += 1
                if index < lines.count && lines[index].indent > indent { return nil }
            }
            return .sequence(items, start)
        }

        /// `[a, b]` on one line, starting at `start`: plain items, no nesting, no empty item.
        func flowSequence(_ line: Line, from start: Int) -> YAMLValue? {
            guard bytes[line.end - 1] == UInt8(ascii: "]") else { return nil }
            var items: [YAMLValue] = []
            var itemStart = start + 1
            var cursor = itemStart
            let close = line.end - 1
            while true {
                while cursor < close && bytes[cursor] != UInt8(ascii: ",") { cursor += 1 }
                var first = itemStart
                while first < cursor && bytes[first] == UInt8(ascii: " ") { first += 1 }
                var last = cursor
                while last > first && bytes[last - 1] == UInt8(ascii: " ") { last -= 1 }
                if first == last {
                    // `[]` is an empty list; an empty item anywhere else is left to Yams.
                    guard items.isEmpty && cursor == close else { return nil }
                    break
                }
                guard let text = plainScalar(first..<last, flow: true) else { return nil }
                items.append(.scalar(YAMLScalar(text: text, quoted: false, position: position(line, first))))
                if cursor == close { break }
                cursor += 1
                itemStart = cursor
            }
            return .sequence(items, position(line, start))
        }

        /// The text of a one-line plain scalar, nil when the bytes need more of YAML than that.
        func plainScalar(_ range: Range<Int>, flow: Bool) -> String? {
            guard !range.isEmpty else { return nil }
            switch bytes[range.lowerBound] {
            case UInt8(ascii: "-"), UInt8(ascii: "?"), UInt8(ascii: ":"), UInt8(ascii: ","), UInt8(ascii: "["),
                UInt8(ascii: "]"), UInt8(ascii: "{"), UInt8(ascii: "}"), UInt8(ascii: "&"), UInt8(ascii: "*"),
                UInt8(ascii: "!"), UInt8(ascii: "|"), UInt8(ascii: ">"), UInt8(ascii: "'"), UInt8(ascii: "\""),
                UInt8(ascii: "%"), UInt8(ascii: "@"), UInt8(ascii: "`"), UInt8(ascii: " "):
                return nil
            default:
                break
            }
            for offset in range {
                switch bytes[offset] {
                case UInt8(ascii: ":"):
                    if flow || offset + 1 == range.upperBound || bytes[offset + 1] == UInt8(ascii: " ") { return nil }
                case UInt8(ascii: ","), UInt8(ascii: "["), UInt8(ascii: "]"), UInt8(ascii: "{"), UInt8(ascii: "}"):
                    if flow { return nil }
                default:
                    break
                }
            }
            guard bytes[range.upperBound - 1] != UInt8(ascii: " ") else { return nil }
            return String(decoding: bytes[range], as: UTF8.self)
        }

        /// `-` followed by a space or the line's end.
        func isSequenceEntry(_ line: Line) -> Bool {
            bytes[line.content] == UInt8(ascii: "-")
                && (line.content + 1 == line.end || bytes[line.content + 1] == UInt8(ascii: " "))
        }

        /// The position of byte `offset` of `line` in the user's file: columns in Unicode scalars.
        func position(_ line: Line, _ offset: Int) -> SourcePosition {
            var column = 1
            for index in line.start..<offset where bytes[index] & 0xC0 != 0x80 { column += 1 }
            return SourcePosition(file: file, line: line.number + 1 + lineOffset, column: column)
        }
    }
}
