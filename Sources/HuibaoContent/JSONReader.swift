import HuibaoModel

/// A strict RFC 8259 reader for the JSON files huibao writes into `Content/` (the month
/// records): every value with its line and column, numbers kept as their text (so they stay
/// exact), nesting and size bounded; a syntax error is a position and a Chinese reason.
struct JSONReader {
    /// One value and where it starts.
    struct Node: Sendable {
        indirect enum Value: Sendable {
            case string(String)
            case number(String)
            case bool(Bool)
            case null
            case array([Node])
            case object([(key: String, value: Node)])
        }
        var value: Value
        var line: Int
        var column: Int

        /// The member `key` of an object; nil when this is not an object or has no such key.
        subscript(key: String) -> Node? {
            guard case .object(let members) = value else { return nil }
            return members.first { $0.key == key }?.value
        }
    }

    /// Where and why the text is not JSON.
    struct Failure: Error {
        var line: Int
        var column: Int
        var reason: String
    }

    static let maximumDepth = 32

    private let bytes: [UInt8]
    private var index = 0
    private var line = 1
    private var lineStart = 0

    private init(_ bytes: [UInt8]) { self.bytes = bytes }

    /// The one value of `bytes` (a UTF-8 BOM skipped), or the first syntax error.
    static func parse(_ bytes: [UInt8]) -> Result<Node, Failure> {
        var reader = JSONReader(bytes)
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) {
            reader.index = 3
            reader.lineStart = 3
        }
        do {
            reader.skipSpace()
            let node = try reader.value(depth: 0)
            reader.skipSpace()
            guard reader.index == bytes.count else { throw reader.failure("JSON 值之后还有多余的内容") }
            return .success(node)
        } catch let failure as Failure {
            return .failure(failure)
        } catch {
            return .failure(Failure(line: reader.line, column: reader.column, reason: "无法读取"))
        }
    }

    private var column: Int {
        var count = 1
        var position = lineStart
        while position < min(index, bytes.count) {
            if bytes[position] & 0xC0 != 0x80 { count += 1 }
            position += 1
        }
        return count
    }

    private func failure(_ reason: String) -> Failure { Failure(line: line, column: column, reason: reason) }

    private mutating func skipSpace() {
        while index < bytes.count {
            switch bytes[index] {
            case 0x20, 0x09, 0x0D: index += 1
            case 0x0A:
                index += 1
                line += 1
                lineStart = index
            default: return
            }
        }
    }

    private mutating func value(depth: Int) throws -> Node {
        guard depth <= Self.maximumDepth else { throw failure("嵌套超过 \(Self.maximumDepth) 层") }
        guard index < bytes.count else { throw failure("文件在这里意外结束（缺少值）") }
        let startLine = line
        let startColumn = column
        func node(_ value: Node.Value) -> Node { Node(value: value, line: startLine, column: startColumn) }
        switch bytes[index] {
        case UInt8(ascii: "{"):
            index += 1
            var members: [(key: String, value: Node)] = []
            skipSpace()
            if index < bytes.count, bytes[index] == UInt8(ascii: "}") {
                index += 1
                return node(.object(members))
            }
            while true {
                skipSpace()
                guard index < bytes.count, bytes[index] == UInt8(ascii: "\"") else { throw failure("这里应为用双引号括起的键") }
                let key = try string()
                if members.contains(where: { $0.key == key }) { throw failure("键“\(key)”重复") }
                skipSpace()
                guard index < bytes.count, bytes[index] == UInt8(ascii: ":") else { throw failure("键之后应为冒号“:”") }
                index += 1
                skipSpace()
                members.append((key, try value(depth: depth + 1)))
                skipSpace()
                guard index < bytes.count else { throw failure("文件在这里意外结束（缺少“}”）") }
                if bytes[index] == UInt8(ascii: ",") {
                    index += 1
                    continue
                }
                guard bytes[index] == UInt8(ascii: "}") else { throw failure("这里应为逗号“,”或“}”") }
                index += 1
                return node(.object(members))
            }
        case UInt8(ascii: "["):
            index += 1
            var items: [Node] = []
            skipSpace()
            if index < bytes.count, bytes[index] == UInt8(ascii: "]") {
                index += 1
                return node(.array(items))
            }
            while true {
                skipSpace()
                items.append(try value(depth: depth + 1))
                skipSpace()
                guard index < bytes.count else { throw failure("文件在这里意外结束（缺少“]”）") }
                if bytes[index] == UInt8(ascii: ",") {
                    index += 1
                    continue
                }
                guard bytes[index] == UInt8(ascii: "]") else { throw failure("这里应为逗号“,”或“]”") }
                index += 1
                return node(.array(items))
            }
        case UInt8(ascii: "\""):
            return node(.string(try string()))
        case UInt8(ascii: "t"):
            try literal("true")
            return node(.bool(true))
        case UInt8(ascii: "f"):
            try literal("false")
            return node(.bool(false))
        case UInt8(ascii: "n"):
            try literal("null")
            return node(.null)
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"):
            return node(.number(try number()))
        default:
            throw failure("这里应为一个 JSON 值")
        }
    }

    private mutating func literal(_ word: String) throws {
        let expected = Array(word.utf8)
        guard bytes.count - index >= expected.count, Array(bytes[index..<index + expected.count]) == expected else {
            throw failure("这里应为一个 JSON 值")
        }
        index += expected.count
    }

    /// `-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?`, as written.
    private mutating func number() throws -> String {
        let start = index
        func digits() -> Int {
            let from = index
            while index < bytes.count, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(bytes[index]) { index += 1 }
            return index - from
        }
        if bytes[index] == UInt8(ascii: "-") { index += 1 }
        let first = index < bytes.count ? bytes[index] : 0
        let whole = digits()
        guard whole > 0, first != UInt8(ascii: "0") || whole == 1 else { throw failure("数字的写法不对") }
        if index < bytes.count, bytes[index] == UInt8(ascii: ".") {
            index += 1
            guard digits() > 0 else { throw failure("数字的写法不对") }
        }
        if index < bytes.count, bytes[index] == UInt8(ascii: "e") || bytes[index] == UInt8(ascii: "E") {
            index += 1
            if index < bytes.count, bytes[index] == UInt8(ascii: "+") || bytes[index] == UInt8(ascii: "-") {
                index += 1
            }
            guard digits() > 0 else { throw failure("数字的写法不对") }
        }
        return String(decoding: bytes[start..<index], as: UTF8.self)
    }

    private mutating func string() throws -> String {
        index += 1  // the opening quote
        var out: [UInt8] = []
        while true {
            guard index < bytes.count else { throw failure("字符串没有结束（缺少右引号）") }
            let byte = bytes[index]
            switch byte {
            case UInt8(ascii: "\""):
                index += 1
                guard let text = String(validating: out, as: UTF8.self) else { throw failure("字符串不是有效的 UTF-8") }
                return text
            case UInt8(ascii: "\\"):
                index += 1
                guard index < bytes.count else { throw failure("字符串没有结束（缺少右引号）") }
                let escape = bytes[index]
                index += 1
                switch escape {
                case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): out.append(escape)
                case UInt8(ascii: "b"): out.append(0x08)
                case UInt8(ascii: "f"): out.append(0x0C)
                case UInt8(ascii: "n"): out.append(0x0A)
                case UInt8(ascii: "r"): out.append(0x0D)
                case UInt8(ascii: "t"): out.append(0x09)
                case UInt8(ascii: "u"):
                    var scalar = try hex4()
                    if (0xD800...0xDBFF).contains(scalar) {
                        guard bytes.count - index >= 6, bytes[index] == UInt8(ascii: "\\"),
                            bytes[index + 1] == UInt8(ascii: "u")
                        else { throw failure("\\u 转义不完整（缺少低位代理）") }
                        index += 2
                        let low = try hex4()
                        guard (0xDC00...0xDFFF).contains(low) else { throw failure("\\u 转义不是有效的代理对") }
                        scalar = 0x10000 + ((scalar - 0xD800) << 10) + (low - 0xDC00)
                    }
                    guard let value = Unicode.Scalar(scalar) else { throw failure("\\u 转义不是有效的字符") }
                    out.append(contentsOf: Array(String(Character(value)).utf8))
                default: throw failure("字符串中有无效的转义")
                }
            case 0..<0x20:
                throw failure("字符串中有未转义的控制字符")
            default:
                out.append(byte)
                index += 1
            }
        }
    }

    private mutating func hex4() throws -> UInt32 {
        guard bytes.count - index >= 4 else { throw failure("\\u 转义应有四位十六进制数") }
        var value: UInt32 = 0
        for _ in 0..<4 {
            let byte = bytes[index]
            let digit: UInt32
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = UInt32(byte - 48)
            case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = UInt32(byte - 87)
            case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = UInt32(byte - 55)
            default: throw failure("\\u 转义应有四位十六进制数")
            }
            value = value * 16 + digit
            index += 1
        }
        return value
    }
}
