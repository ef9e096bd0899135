/// A minimal JSON value and writer with a fixed key order and formatting, so that the same
/// figures always give the same bytes.
public indirect enum JSONValue: Sendable {
    case string(String)
    /// A number already formatted (integers, or decimals such as `12.5`).
    case number(String)
    case bool(Bool)
    case null
    case array([JSONValue])
    case object([(String, JSONValue)])
    /// A value already serialized by ``serializedBytes(depth:)`` at the depth it is written.
    case raw([UInt8])

    public static func optional(_ text: String?) -> JSONValue { text.map(JSONValue.string) ?? .null }

    /// Pretty-printed with two-space indentation and a final newline.
    public func serialized() -> String {
        String(decoding: serializedBytes(), as: UTF8.self)
    }

    /// ``serialized()`` as UTF-8 bytes, written without going through `String`.
    public func serializedBytes() -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(4096)
        write(into: &out, indent: 0)
        out.append(UInt8(ascii: "\n"))
        return out
    }

    /// The value alone, laid out as if it sat `depth` levels deep, with no final newline:
    /// what ``raw(_:)`` takes.
    public func serializedBytes(depth: Int) -> [UInt8] {
        var out: [UInt8] = []
        write(into: &out, indent: depth)
        return out
    }

    private static func indentation(_ depth: Int, into out: inout [UInt8]) {
        for _ in 0..<(depth * 2) { out.append(UInt8(ascii: " ")) }
    }

    private func write(into out: inout [UInt8], indent: Int) {
        switch self {
        case .string(let text): JSONValue.writeString(text, into: &out)
        case .number(let text): out.append(contentsOf: text.utf8)
        case .bool(let value): out.append(contentsOf: (value ? "true" : "false").utf8)
        case .null: out.append(contentsOf: "null".utf8)
        case .raw(let bytes): out.append(contentsOf: bytes)
        case .array(let items):
            if items.isEmpty {
                out.append(contentsOf: "[]".utf8)
                return
            }
            out.append(contentsOf: "[\n".utf8)
            for (index, item) in items.enumerated() {
                JSONValue.indentation(indent + 1, into: &out)
                item.write(into: &out, indent: indent + 1)
                if index + 1 < items.count { out.append(UInt8(ascii: ",")) }
                out.append(UInt8(ascii: "\n"))
            }
            JSONValue.indentation(indent, into: &out)
            out.append(UInt8(ascii: "]"))
        case .object(let pairs):
            if pairs.isEmpty {
                out.append(contentsOf: "{}".utf8)
                return
            }
            out.append(contentsOf: "{\n".utf8)
            for (index, (key, value)) in pairs.enumerated() {
                JSONValue.indentation(indent + 1, into: &out)
                JSONValue.writeString(key, into: &out)
                out.append(contentsOf: ": ".utf8)
                value.write(into: &out, indent: indent + 1)
                if index + 1 < pairs.count { out.append(UInt8(ascii: ",")) }
                out.append(UInt8(ascii: "\n"))
            }
            JSONValue.indentation(indent, into: &out)
            out.append(UInt8(ascii: "}"))
        }
    }

    /// Escapes per RFC 8259 on UTF-8 bytes; non-ASCII characters stay as UTF-8, `<` is escaped
    /// so the text can sit inside an HTML `<script>` block, and so are U+2028 and U+2029.
    public static func writeString(_ text: String, into out: inout [UInt8]) {
        out.append(UInt8(ascii: "\""))
        var text = text
        text.withUTF8 { bytes in
            var index = 0
            let count = bytes.count
            var start = 0
            while index < count {
                let byte = bytes[index]
                var escape: String?
                var length = 1
                switch byte {
                case UInt8(ascii: "\""): escape = "\\\""
                case UInt8(ascii: "\\"): escape = "\\\\"
                case UInt8(ascii: "\n"): escape = "\\n"
                case UInt8(ascii: "\r"): escape = "\\r"
                case UInt8(ascii: "\t"): escape = "\\t"
                case UInt8(ascii: "<"): escape = "\\u003c"
                case 0..<0x20: escape = hexEscape(UInt32(byte))
                case 0xE2 where index + 2 < count && bytes[index + 1] == 0x80
                    && (bytes[index + 2] == 0xA8 || bytes[index + 2] == 0xA9):
                    escape = bytes[index + 2] == 0xA8 ? "\\u2028" : "\\u2029"
                    length = 3
                default: break
                }
                if let escape {
                    out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[start..<index]))
                    out.append(contentsOf: escape.utf8)
                    index += length
                    start = index
                } else {
                    index += 1
                }
            }
            out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[start..<count]))
        }
        out.append(UInt8(ascii: "\""))
    }

    private static func hexEscape(_ value: UInt32) -> String {
        let hex = String(value, radix: 16)
        return "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
    }
}
