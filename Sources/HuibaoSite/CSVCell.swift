/// One cell of a CSV file huibao writes, quoted as RFC 4180 wants and safe to open in Excel or
/// WPS: text starting with `=`, `+`, `-`, `@`, tab or CR gets a leading `'` so it is never run
/// as a formula. A `.number` is a figure huibao formatted itself (digits, one `.`, a leading
/// `-`, a trailing `%`) and stays a number; anything else given as a number is treated as text.
enum CSVCell {
    case text(String)
    case number(String)

    /// The cell as written in the file.
    var field: String {
        switch self {
        case .text(let text): return Self.quoted(Self.neutralised(text))
        case .number(let text): return Self.isPlainNumber(text) ? text : Self.quoted(Self.neutralised(text))
        }
    }

    static func neutralised(_ text: String) -> String {
        guard let first = text.unicodeScalars.first else { return text }
        switch first {
        case "=", "+", "-", "@", "\t", "\r", "＝", "＋", "－", "＠": return "'" + text
        default: return text
        }
    }

    static func quoted(_ text: String) -> String {
        guard text.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return text }
        var result = "\""
        for character in text {
            if character == "\"" { result += "\"\"" } else { result.append(character) }
        }
        return result + "\""
    }

    /// `-?[0-9]+(\.[0-9]+)?%?`, or empty.
    static func isPlainNumber(_ text: String) -> Bool {
        var bytes = Substring(text).utf8[...]
        if bytes.isEmpty { return true }
        if bytes.first == UInt8(ascii: "-") { bytes = bytes.dropFirst() }
        if bytes.last == UInt8(ascii: "%") { bytes = bytes.dropLast() }
        let parts = bytes.split(separator: UInt8(ascii: "."), omittingEmptySubsequences: false)
        guard parts.count <= 2 else { return false }
        return parts.allSatisfy { part in !part.isEmpty && part.allSatisfy { $0 >= 0x30 && $0 <= 0x39 } }
    }
}
