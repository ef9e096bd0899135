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
/// "Personal data").
///
/// A match stands alone: no ASCII letter or digit directly before or after it (Chinese
/// characters, punctuation and spaces around it are fine: `电话13800138000联系` matches,
/// the order number `A13800138000` and the 12-digit `138001380001` do not).
///
/// - A mobile number is `1[3-9]` and 9 more digits in 3-4-4 groups, optionally with one space
///   or one dash between groups (`138 0013 8000`, `138-0013-8000`), optionally after `+86` or
///   `86` (itself optionally followed by one space or dash: `+86 138 0013 8000`).
/// - An ID number is 6 digits, a real birth date YYYYMMDD from 1900-01-01 to the as-of date,
///   3 digits and a check character (digit, `X` or `x`); a wrong check character makes it
///   `possiblyMistypedIDNumber`. The old form is 15 digits: 6 digits, a real date YYMMDD
///   (19YY, not after the as-of date), 3 digits. A digit run without a real birth date is
///   not a match. ID numbers take no separators.
///
/// Masking keeps every character's place, so a masked text has as many characters (and
/// lines) as the original:
/// - mobile: the middle four digits become `****`; the prefix and the separators stay as
///   written. The 3-4-4 groups put any separator just outside the masked middle, so
///   `13800138000` → `138****8000`, `138 0013 8000` → `138 **** 8000`, `138-0013-8000` →
///   `138-****-8000`, `+86 13800138000` → `+86 138****8000`, `8613800138000` → `86138****8000`;
/// - 18-character ID: the 8 birth-date characters become `********`, the first six and the
///   last four (sequence and check character, as written) stay: `110105********002X`;
/// - 15-digit ID: the 6 birth-date digits become `******`: `110105******123`.
///
/// The scan reads the text's UTF-8 bytes once, trying a match only where one could start
/// (an ASCII digit or `+` not preceded by an ASCII letter or digit); each try looks at no
/// more than 20 bytes, so the work is linear in the text's length, with no backtracking.
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

    /// Every match in `text`, in order, none overlapping. Birth dates must lie between
    /// 1900-01-01 and `asOf`.
    public static func matches(in text: String, asOf: Day) -> [PersonalDataMatch] {
        guard mayContainMatch(text) else { return [] }
        if let found = text.utf8.withContiguousStorageIfAvailable({ scan($0, of: text, asOf: asOf) }) {
            return found
        }
        let bytes = Array(text.utf8)
        return bytes.withUnsafeBufferPointer { scan($0, of: text, asOf: asOf) }
    }

    /// `text` with every match masked (see the type's documentation for the forms).
    ///
    /// The result holds no match: where two readings overlap (`110105491231138 0013 8000` is
    /// a 15-digit ID number, and its last three digits start `138 0013 8000`), the text is
    /// scanned again after masking the first, so both are masked
    /// (`110105******138 **** 8000`). Masking a masked text changes nothing.
    public static func mask(_ text: String, asOf: Day) -> String {
        var current = text
        while true {
            let found = matches(in: current, asOf: asOf)
            guard !found.isEmpty else { return current }
            // Only a match followed by a separator and a digit can leave, once masked, its
            // visible last digits starting another match.
            let utf8 = current.utf8
            let mayOverlap = found.contains { match in
                var k = match.range.upperBound
                guard k < utf8.endIndex, isSeparator(utf8[k]) else { return false }
                k = utf8.index(after: k)
                return k < utf8.endIndex && isDigit(utf8[k])
            }
            var result = ""
            result.reserveCapacity(utf8.count)
            var position = current.startIndex
            for match in found {
                // Substring bounds are scalar-aligned, so nothing around a match is regrouped.
                // (Appending `unicodeScalars` slices instead is quadratic on long texts.)
                result += current[position..<match.range.lowerBound]
                result += match.masked
                position = match.range.upperBound
            }
            result += current[position...]
            // Each pass turns at least four digits into `*`, so this ends.
            guard mayOverlap else { return result }
            current = result
        }
    }

    /// False when `text` cannot hold a match, checked on its bytes: every match has at least
    /// 11 ASCII digits with at most one space or dash between two of them.
    static func mayContainMatch(_ text: String) -> Bool {
        var text = text
        return text.withUTF8(mayContainMatch)
    }

    /// The same check on a file's bytes, before decoding, in UTF-8 or GB18030: ASCII stays
    /// as it is in both, and the other characters' bytes can only add digits to a run.
    public static func mayContainMatch(fileBytes bytes: [UInt8]) -> Bool {
        bytes.withUnsafeBufferPointer(mayContainMatch)
    }

    private static func mayContainMatch(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let base = bytes.baseAddress else { return false }
        let raw = UnsafeRawPointer(base)
        let zero = SIMD16<UInt8>(repeating: UInt8(ascii: "0"))
        let ten = SIMD16<UInt8>(repeating: 10)
        var digits = 0
        var afterDigit = false
        var index = 0
        while index < bytes.count {
            // Outside a run of digits, 16 bytes without a digit change nothing: skip them at once
            // (most of a write-up is Chinese text, whose bytes are never ASCII digits).
            if digits == 0, index + 16 <= bytes.count {
                let chunk = raw.loadUnaligned(fromByteOffset: index, as: SIMD16<UInt8>.self)
                if !any((chunk &- zero) .< ten) {
                    index += 16
                    continue
                }
            }
            let byte = bytes[index]
            index += 1
            if byte &- UInt8(ascii: "0") < 10 {
                digits += 1
                if digits >= 11 { return true }
                afterDigit = true
            } else if afterDigit && (byte == UInt8(ascii: " ") || byte == UInt8(ascii: "-")) {
                afterDigit = false
            } else {
                digits = 0
                afterDigit = false
            }
        }
        return false
    }

    // MARK: - Scanning

    private typealias Bytes = UnsafeBufferPointer<UInt8>

    /// A match found at a byte offset: where it ends (exclusive) and its masked form.
    private struct Found {
        var kind: Kind
        var end: Int
        var masked: String
    }

    private static let lineFeed = UInt8(ascii: "\n")
    private static let carriageReturn = UInt8(ascii: "\r")
    private static let plus = UInt8(ascii: "+")

    private static func scan(_ bytes: Bytes, of text: String, asOf: Day) -> [PersonalDataMatch] {
        var result: [PersonalDataMatch] = []
        var line = 1
        var column = 1  // of the scalar starting at byte `i`
        // The String.Index of byte `indexOffset`, advanced as matches are found, so that even
        // a text without fast UTF-8 storage is walked once.
        var indexOffset = 0
        var index = text.utf8.startIndex
        var i = 0
        while i < bytes.count {
            let byte = bytes[i]
            if byte == lineFeed || byte == carriageReturn {
                i += byte == carriageReturn && i + 1 < bytes.count && bytes[i + 1] == lineFeed ? 2 : 1
                line += 1
                column = 1
                continue
            }
            if isDigit(byte) || byte == plus, i == 0 || !isASCIIAlphanumeric(bytes[i - 1]),
                let found = match(bytes, at: i, asOf: asOf)
            {
                let lower = text.utf8.index(index, offsetBy: i - indexOffset)
                let upper = text.utf8.index(lower, offsetBy: found.end - i)
                index = upper
                indexOffset = found.end
                result.append(
                    PersonalDataMatch(
                        kind: found.kind, range: lower..<upper, text: ascii(bytes, i..<found.end), line: line,
                        column: column, masked: found.masked))
                column += found.end - i  // every matched byte is an ASCII character
                i = found.end
                continue
            }
            if byte & 0xC0 != 0x80 { column += 1 }  // not a UTF-8 continuation byte
            i += 1
        }
        return result
    }

    private static func match(_ bytes: Bytes, at start: Int, asOf: Day) -> Found? {
        if let mobile = mobile(bytes, at: start) { return mobile }
        return idNumber(bytes, at: start, asOf: asOf)
    }

    // MARK: Mobile numbers

    /// A mobile number starting at `start`, with an optional `+86`/`86` prefix.
    private static func mobile(_ bytes: Bytes, at start: Int) -> Found? {
        var i = start
        let hasPlus = bytes[i] == plus
        if hasPlus { i += 1 }
        if i + 1 < bytes.count, bytes[i] == UInt8(ascii: "8"), bytes[i + 1] == UInt8(ascii: "6") {
            var bodyStart = i + 2
            if bodyStart < bytes.count, isSeparator(bytes[bodyStart]) { bodyStart += 1 }
            if let found = mobileBody(bytes, at: bodyStart, matchStart: start) { return found }
        }
        // `+` only starts a match as part of `+86`; a bare `86` may also be no prefix at all,
        // but then the number would start with 8, so only a number at `start` itself is left.
        return hasPlus ? nil : mobileBody(bytes, at: start, matchStart: start)
    }

    /// `1[3-9]` and 9 more digits in 3-4-4 groups starting at `start`, masked together with
    /// whatever prefix lies between `matchStart` and `start`.
    private static func mobileBody(_ bytes: Bytes, at start: Int, matchStart: Int) -> Found? {
        var i = start
        guard digits(bytes, &i, 3), bytes[start] == UInt8(ascii: "1"),
            (UInt8(ascii: "3")...UInt8(ascii: "9")).contains(bytes[start + 1])
        else { return nil }
        if i < bytes.count, isSeparator(bytes[i]) { i += 1 }
        let middle = i
        guard digits(bytes, &i, 4) else { return nil }
        let afterMiddle = i
        if i < bytes.count, isSeparator(bytes[i]) { i += 1 }
        guard digits(bytes, &i, 4), endsAlone(bytes, i) else { return nil }
        let masked = ascii(bytes, matchStart..<middle) + "****" + ascii(bytes, afterMiddle..<i)
        return Found(kind: .mobile, end: i, masked: masked)
    }

    // MARK: ID numbers

    private static let weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
    /// The check value (10 for X) for each weighted sum modulo 11.
    private static let checkValues = [1, 0, 10, 9, 8, 7, 6, 5, 4, 3, 2]

    /// An 18-character or 15-digit ID number starting at `start`.
    private static func idNumber(_ bytes: Bytes, at start: Int, asOf: Day) -> Found? {
        // Only runs of 15, 17 (+ X) or 18 digits can match: stop counting past 18.
        var end = start
        while end < bytes.count, end - start <= 18, isDigit(bytes[end]) { end += 1 }
        let length = end - start
        let digit = { (k: Int) in Int(bytes[start + k] &- UInt8(ascii: "0")) }
        let number = { (k: Int, count: Int) in (k..<k + count).reduce(0) { $0 * 10 + digit($1) } }

        if length == 17 || length == 18 {
            let check: Int
            if length == 17 {
                guard end < bytes.count, bytes[end] == UInt8(ascii: "X") || bytes[end] == UInt8(ascii: "x")
                else { return nil }
                check = 10
                end += 1
            } else {
                check = digit(17)
            }
            let year = number(6, 4)
            guard endsAlone(bytes, end), year >= 1900,
                let birth = Day(year: year, month: number(10, 2), day: number(12, 2)), birth <= asOf
            else { return nil }
            let sum = (0..<17).reduce(0) { $0 + digit($1) * weights[$1] }
            let kind: Kind = checkValues[sum % 11] == check ? .idNumber : .possiblyMistypedIDNumber
            let masked = ascii(bytes, start..<start + 6) + "********" + ascii(bytes, start + 14..<end)
            return Found(kind: kind, end: end, masked: masked)
        }
        if length == 15 {
            guard endsAlone(bytes, end),
                let birth = Day(year: 1900 + number(6, 2), month: number(8, 2), day: number(10, 2)), birth <= asOf
            else { return nil }
            let masked = ascii(bytes, start..<start + 6) + "******" + ascii(bytes, start + 12..<end)
            return Found(kind: .idNumber, end: end, masked: masked)
        }
        return nil
    }

    // MARK: Bytes

    private static func isDigit(_ byte: UInt8) -> Bool { byte &- UInt8(ascii: "0") < 10 }

    private static func isASCIIAlphanumeric(_ byte: UInt8) -> Bool {
        isDigit(byte) || (byte | 0x20) &- UInt8(ascii: "a") < 26
    }

    private static func isSeparator(_ byte: UInt8) -> Bool { byte == UInt8(ascii: " ") || byte == UInt8(ascii: "-") }

    /// Whether `count` ASCII digits start at `i`; if so, moves `i` past them.
    private static func digits(_ bytes: Bytes, _ i: inout Int, _ count: Int) -> Bool {
        guard i + count <= bytes.count else { return false }
        for k in i..<i + count where !isDigit(bytes[k]) { return false }
        i += count
        return true
    }

    /// Whether a match ending before `end` runs into no ASCII letter or digit.
    private static func endsAlone(_ bytes: Bytes, _ end: Int) -> Bool {
        end >= bytes.count || !isASCIIAlphanumeric(bytes[end])
    }

    /// The text of an all-ASCII byte range.
    private static func ascii(_ bytes: Bytes, _ range: Range<Int>) -> String {
        String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self)
    }
}
