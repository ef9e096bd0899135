/// One piece of personal data found in a text: a mobile number or a resident ID number.
public struct PersonalDataMatch: Sendable, Equatable {
    /// What was found.
    public enum Kind: Sendable, Equatable {
        /// A mainland mobile number, with its `+86`/`86` prefix and separators when written.
        case mobile
        /// A resident ID number: 18 characters with a correct GB 11643 check character, or
        /// the old 15-digit form (which has no check character).
        case idNumber
        /// Shaped like an 18-character ID number with a real birth date, but its check
        /// character is wrong. Reported apart, treated (masked) the same.
        case possiblyMistypedIDNumber
    }

    public var kind: Kind
    /// Where the match is in the scanned text (scalar-aligned; all matched characters are ASCII).
    public var range: Range<String.Index>
    /// The match as written.
    public var text: String
    /// 1-based line within the scanned text (LF, CRLF and a lone CR each end a line).
    public var line: Int
    /// 1-based column of the match's first character, counted in Unicode scalars.
    public var column: Int
    /// How the match reads once masked: always as many characters as `text`.
    public var masked: String

    public init(kind: Kind, range: Range<String.Index>, text: String, line: Int, column: Int, masked: String) {
        self.kind = kind
        self.range = range
        self.text = text
        self.line = line
        self.column = column
        self.masked = masked
    }
}

/// Finds and masks mainland mobile numbers and resident ID numbers (content-format spec,
/// "Personal data"). Matching never depends on the as-of date.
///
/// Characters are read as `PersonalData.unit(_:at:)` reads them: full-width digits and
/// letters as ASCII (NFKC), `%XX` sequences as the character they encode (a link target or a
/// file name in an `href`). Between any two digits of a number may stand a gap of at most four
/// separators: spaces of any width and zero-width characters, with at most one dash or dot
/// (`-`, `－`, `–`, `.`, `．`) among them (` - ` is one gap); parentheses may enclose the
/// first group (`(138)0013-8000`, `+86 (138) 0013 8000`). So every grouping matches:
/// `138 0013 8000`, `1380 0138 000`, `１３８００１３８０００`, `138.0013.8000`,
/// `110105 19491231 002X`, `1101 0519 4912 3100 2X`.
///
/// A match stands alone: no ASCII letter or digit (after folding) directly before or after
/// it (Chinese characters, punctuation and separators around it are fine:
/// `电话13800138000联系` matches, the order number `A13800138000` and the 12-digit
/// `138001380001` do not).
///
/// - A mobile number is `1[3-9]` and 9 more digits, optionally after `+86`, `86` or `0086`.
/// - An ID number is 6 digits, a real birth date YYYYMMDD from 1900-01-01 to 2099-12-31,
///   3 digits and a check character (digit, `X` or `x`); a wrong check character makes it
///   `possiblyMistypedIDNumber`. The old form is 15 digits: 6 digits, a real date YYMMDD
///   (19YY), 3 digits. A digit run without a real birth date is not a match.
///
/// Masking replaces the hidden digits, each by one `*`, and keeps everything else as
/// written (prefix, separators, the visible digits), so lines stay where they were:
/// - mobile: the middle four digits: `13800138000` → `138****8000`, `138 0013 8000` →
///   `138 **** 8000`, `+86 13800138000` → `+86 138****8000`;
/// - 18-character ID: the 8 birth-date digits: `110105********002X`;
/// - 15-digit ID: the 6 birth-date digits: `110105******123`.
///
/// The scan tries a match only where one could start (a digit, `+` or `(` not preceded by a
/// letter or digit); each try reads at most 19 digits with bounded gaps, so the work is
/// linear in the text's length, with no backtracking.
public enum PersonalData {
    public typealias Kind = PersonalDataMatch.Kind

    /// The Chinese name of a kind of match, for messages.
    public static func describe(_ kind: Kind) -> String {
        switch kind {
        case .mobile: return "手机号"
        case .idNumber: return "身份证号"
        case .possiblyMistypedIDNumber: return "疑似输错的身份证号"
        }
    }

    /// Every match in `text`, in order, none overlapping.
    public static func matches(in text: String) -> [PersonalDataMatch] {
        guard mayContainMatch(text) else { return [] }
        if let found = text.utf8.withContiguousStorageIfAvailable({ scan($0, of: text) }) {
            return found
        }
        let bytes = Array(text.utf8)
        return bytes.withUnsafeBufferPointer { scan($0, of: text) }
    }

    /// `text` with every match masked (see the type's documentation for the forms).
    ///
    /// The result holds no match: where two readings overlap (`110105491231138 0013 8000` is
    /// a 15-digit ID number, and its last three digits start `138 0013 8000`), the text is
    /// scanned again after masking the first, so both are masked
    /// (`110105******138 **** 8000`). Masking a masked text changes nothing.
    public static func mask(_ text: String) -> String { mask(text, keeping: .none) }

    /// Kept for callers written before matching stopped depending on the as-of date: `asOf`
    /// is ignored.
    public static func matches(in text: String, asOf: Day) -> [PersonalDataMatch] { matches(in: text) }

    /// Kept for callers written before matching stopped depending on the as-of date: `asOf`
    /// is ignored.
    public static func mask(_ text: String, asOf: Day) -> String { mask(text) }

    // MARK: - Scanning

    /// One digit (or check character) of a candidate number: its value (10 for X), its
    /// bytes, and whether a letter or digit follows it directly.
    struct Symbol {
        var value: UInt8
        var start: Int
        var end: Int
        var touchesNext: Bool
    }

    /// A match found at a byte offset: where it starts and ends, and which symbols to mask.
    private struct Found {
        var kind: Kind
        var start: Int
        var end: Int
        var masked: Range<Int>
    }

    private static func scan(_ bytes: Bytes, of text: String) -> [PersonalDataMatch] {
        var result: [PersonalDataMatch] = []
        var symbols: [Symbol] = []
        symbols.reserveCapacity(20)
        var line = 1
        var column = 1  // of the scalar starting at byte `i`
        // The String.Index of byte `indexOffset`, advanced as matches are found, so that even
        // a text without fast UTF-8 storage is walked once.
        var indexOffset = 0
        var index = text.utf8.startIndex
        var previousIsAlphanumeric = false
        var i = 0
        while i < bytes.count {
            let byte = bytes[i]
            if byte == lineFeed || byte == carriageReturn {
                i += byte == carriageReturn && i + 1 < bytes.count && bytes[i + 1] == lineFeed ? 2 : 1
                line += 1
                column = 1
                previousIsAlphanumeric = false
                continue
            }
            // Most characters can start nothing and are no letter: CJK (lead bytes E4–EE) and
            // ASCII punctuation are passed over without decoding.
            if byte &- 0xE4 <= 0xEE - 0xE4, i + 2 < bytes.count {
                previousIsAlphanumeric = false
                column += 1
                i += 3
                continue
            }
            if byte < 0x80, !Self.asciiMayMatter[Int(byte)] {
                previousIsAlphanumeric = false
                column += 1
                i += 1
                continue
            }
            let unit = unit(bytes, at: i)
            if !previousIsAlphanumeric, unit.kind == .digit || unit.kind == .plus || unit.kind == .open,
                let found = match(bytes, at: i, first: unit, symbols: &symbols)
            {
                column += scalarCount(bytes, i..<found.start)
                let lower = text.utf8.index(index, offsetBy: found.start - indexOffset)
                let upper = text.utf8.index(lower, offsetBy: found.end - found.start)
                index = upper
                indexOffset = found.end
                var masked = ""
                var k = found.start
                for (n, symbol) in symbols.enumerated() where found.masked.contains(n) {
                    masked += bytesText(bytes, k..<symbol.start) + "*"
                    k = symbol.end
                }
                masked += bytesText(bytes, k..<found.end)
                result.append(
                    PersonalDataMatch(
                        kind: found.kind, range: lower..<upper, text: bytesText(bytes, found.start..<found.end),
                        line: line, column: column, masked: masked))
                column += scalarCount(bytes, found.start..<found.end)
                i = found.end
                previousIsAlphanumeric = true
                continue
            }
            previousIsAlphanumeric = unit.kind.isAlphanumeric
            column += scalarCount(bytes, i..<unit.end)
            i = unit.end
        }
        return result
    }

    /// The number starting at `start` (whose character is `first`), if any. `symbols` holds
    /// its digits afterwards.
    private static func match(_ bytes: Bytes, at start: Int, first: Unit, symbols: inout [Symbol]) -> Found? {
        symbols.removeAll(keepingCapacity: true)
        var j = start
        var current = first
        var hasPlus = false
        var openAt: Int?  // the byte after a leading `(`
        var opened = false
        var closedAfter: Int?  // the symbol a `)` follows
        // `+` and `(` before the first digit, each at most once, in either order.
        while current.kind == .plus || current.kind == .open {
            if current.kind == .plus {
                guard !hasPlus else { return nil }
                hasPlus = true
            } else {
                guard !opened else { return nil }
                opened = true
                if j == start { openAt = current.end }
            }
            j = current.end
            guard j < bytes.count else { return nil }
            current = unit(bytes, at: j)
        }
        guard current.kind == .digit else { return nil }
        while symbols.count < 19 {
            symbols.append(Symbol(value: current.value, start: j, end: current.end, touchesNext: false))
            j = current.end
            guard j < bytes.count else { break }
            current = unit(bytes, at: j)
            if current.kind == .digit || (current.kind == .letterX && symbols.count == 17) {
                symbols[symbols.count - 1].touchesNext = true
                if current.kind == .letterX {
                    symbols.append(Symbol(value: 10, start: j, end: current.end, touchesNext: false))
                    j = current.end
                    if j < bytes.count { symbols[17].touchesNext = unit(bytes, at: j).kind.isAlphanumeric }
                    break
                }
                continue
            }
            symbols[symbols.count - 1].touchesNext = current.kind.isAlphanumeric
            // A gap: at most four separators, one of them a dash or dot, and a bracket.
            var k = j
            var length = 0
            var dashes = 0
            var next = current
            var closedHere = false
            while length < 4 {
                if next.kind == .space || (next.kind == .punct && dashes == 0) {
                    if next.kind == .punct { dashes += 1 }
                } else if next.kind == .close, opened, closedAfter == nil, !closedHere {
                    closedHere = true
                } else if next.kind == .open, !opened {
                    opened = true
                } else {
                    break
                }
                length += 1
                k = next.end
                guard k < bytes.count else { break }
                next = unit(bytes, at: k)
            }
            guard length > 0, k < bytes.count, next.kind == .digit else { break }
            if closedHere { closedAfter = symbols.count - 1 }
            j = k
            current = next
        }
        return evaluate(symbols, start: start, hasPlus: hasPlus, openAt: openAt, closedAfter: closedAfter)
    }

    private static func evaluate(
        _ s: [Symbol], start: Int, hasPlus: Bool, openAt: Int?, closedAfter: Int?
    ) -> Found? {
        let count = s.count
        func digitsOnly(_ range: Range<Int>) -> Bool { range.allSatisfy { s[$0].value < 10 } }
        func number(_ from: Int, _ length: Int) -> Int { (from..<from + length).reduce(0) { $0 * 10 + Int(s[$1].value) } }
        // A leading `(` belongs to the match only when its `)` does.
        func begin(last: Int) -> Int {
            guard let openAt else { return start }
            if let closedAfter, closedAfter < last { return start }
            return hasPlus ? start : openAt
        }
        if !hasPlus, count >= 18, digitsOnly(0..<17), !s[17].touchesNext,
            (1900...2099).contains(number(6, 4)), Day(year: number(6, 4), month: number(10, 2), day: number(12, 2)) != nil
        {
            let sum = (0..<17).reduce(0) { $0 + Int(s[$1].value) * weights[$1] }
            let kind: Kind = checkValues[sum % 11] == Int(s[17].value) ? .idNumber : .possiblyMistypedIDNumber
            return Found(kind: kind, start: begin(last: 17), end: s[17].end, masked: 6..<14)
        }
        for prefix in [0, 2, 4] {
            guard count >= prefix + 11, digitsOnly(0..<prefix + 11) else { continue }
            switch prefix {
            case 0: guard !hasPlus else { continue }
            case 2: guard s[0].value == 8, s[1].value == 6 else { continue }
            default: guard !hasPlus, s[0].value == 0, s[1].value == 0, s[2].value == 8, s[3].value == 6 else { continue }
            }
            guard s[prefix].value == 1, (3...9).contains(s[prefix + 1].value), !s[prefix + 10].touchesNext
            else { continue }
            return Found(
                kind: .mobile, start: begin(last: prefix + 10), end: s[prefix + 10].end,
                masked: prefix + 3..<prefix + 7)
        }
        if !hasPlus, count >= 15, digitsOnly(0..<15), !s[14].touchesNext,
            Day(year: 1900 + number(6, 2), month: number(8, 2), day: number(10, 2)) != nil
        {
            return Found(kind: .idNumber, start: begin(last: 14), end: s[14].end, masked: 6..<12)
        }
        return nil
    }

    /// The ASCII bytes the scan must decode: digits, letters, `%` (percent-encoding), `+`,
    /// brackets, separators. Any other ASCII byte is a plain non-letter.
    private static let asciiMayMatter: [Bool] = (0..<128).map { byte in
        let scalar = UInt8(byte)
        return (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(scalar)
            || (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(scalar)
            || (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(scalar)
            || "%+() -.".utf8.contains(scalar)
    }

    // MARK: ID numbers

    private static let weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
    /// The check value (10 for X) for each weighted sum modulo 11.
    private static let checkValues = [1, 0, 10, 9, 8, 7, 6, 5, 4, 3, 2]

    // MARK: Bytes

    private static let lineFeed = UInt8(ascii: "\n")
    private static let carriageReturn = UInt8(ascii: "\r")

    /// How many scalars the (well-formed or not) UTF-8 bytes in `range` start.
    @inline(__always)
    private static func scalarCount(_ bytes: Bytes, _ range: Range<Int>) -> Int {
        var count = 0
        for k in range where bytes[k] & 0xC0 != 0x80 { count += 1 }
        return count
    }

    /// The text of a byte range that starts and ends on scalar boundaries.
    private static func bytesText(_ bytes: Bytes, _ range: Range<Int>) -> String {
        String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self)
    }
}
