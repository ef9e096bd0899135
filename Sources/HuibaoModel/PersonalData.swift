/// One piece of personal data found in a text: a mobile number or a resident ID number.
public struct PersonalDataMatch: Sendable, Equatable {
    /// What was found.
    public enum Kind: Sendable, Equatable {
        case mobile
        case idNumber
        /// Shaped like an ID number with a real birth date, but its check character is wrong.
        case possiblyMistypedIDNumber
    }

    public var kind: Kind
    public var range: Range<String.Index>
    public var text: String
    /// 1-based line within the scanned text.
    public var line: Int
    /// 1-based column in Unicode scalars.
    public var column: Int
    /// How the match reads once masked.
    public var masked: String
}

/// Finds and masks mainland mobile numbers and resident ID numbers (the spec's "Personal data").
///
/// Matches stand alone: no ASCII letter or digit directly before or after them.
public enum PersonalData {
    /// The Chinese name of a kind of match, for messages.
    public static func describe(_ kind: PersonalDataMatch.Kind) -> String {
        switch kind {
        case .mobile: return "手机号"
        case .idNumber: return "身份证号"
        case .possiblyMistypedIDNumber: return "疑似输错的身份证号"
        }
    }

    /// Every match in `text`, in order. Birth dates must lie between 1900-01-01 and `asOf`.
    public static func matches(in text: String, asOf: Day) -> [PersonalDataMatch] {
        let scalars = Array(text.unicodeScalars)
        guard scalars.contains(where: { isDigit($0) }) else { return [] }
        var indices: [String.Index] = []
        indices.reserveCapacity(scalars.count + 1)
        var index = text.unicodeScalars.startIndex
        while index < text.unicodeScalars.endIndex {
            indices.append(index)
            index = text.unicodeScalars.index(after: index)
        }
        indices.append(text.unicodeScalars.endIndex)

        var result: [PersonalDataMatch] = []
        var line = 1
        var lineStart = 0
        var i = 0
        while i < scalars.count {
            let scalar = scalars[i]
            if scalar == "\n" {
                line += 1
                lineStart = i + 1
                i += 1
                continue
            }
            // A match starts only where the previous character is not an ASCII letter or digit.
            let standsAlone = i == 0 || !isASCIIAlphanumeric(scalars[i - 1])
            if standsAlone, scalar == "+" || isDigit(scalar),
                let found = match(scalars, at: i, asOf: asOf)
            {
                let text = String(String.UnicodeScalarView(scalars[i..<found.end]))
                result.append(
                    PersonalDataMatch(
                        kind: found.kind, range: indices[i]..<indices[found.end], text: text, line: line,
                        column: i - lineStart + 1, masked: found.masked))
                i = found.end
                continue
            }
            i += 1
        }
        return result
    }

    /// `text` with every match masked.
    public static func mask(_ text: String, asOf: Day) -> String {
        let found = matches(in: text, asOf: asOf)
        guard !found.isEmpty else { return text }
        var result = ""
        var position = text.startIndex
        for match in found {
            result += text[position..<match.range.lowerBound]
            result += match.masked
            position = match.range.upperBound
        }
        result += text[position...]
        return result
    }

    // MARK: - Matching

    private struct Found {
        var kind: PersonalDataMatch.Kind
        var end: Int
        var masked: String
    }

    private static func isDigit(_ s: Unicode.Scalar) -> Bool { s.value >= 0x30 && s.value <= 0x39 }
    private static func isASCIIAlphanumeric(_ s: Unicode.Scalar) -> Bool {
        isDigit(s) || (s.value >= 0x41 && s.value <= 0x5A) || (s.value >= 0x61 && s.value <= 0x7A)
    }

    /// The end of a match starting at `start` must not run into an ASCII letter or digit.
    private static func endsAlone(_ scalars: [Unicode.Scalar], _ end: Int) -> Bool {
        end >= scalars.count || !isASCIIAlphanumeric(scalars[end])
    }

    private static func match(_ scalars: [Unicode.Scalar], at start: Int, asOf: Day) -> Found? {
        if let mobile = mobile(scalars, at: start) { return mobile }
        return idNumber(scalars, at: start, asOf: asOf)
    }

    /// `1[3-9]` and 9 more digits in 3-4-4 groups, optionally separated by one space or dash,
    /// optionally after `+86` or `86` (with an optional separator).
    private static func mobile(_ scalars: [Unicode.Scalar], at start: Int) -> Found? {
        var i = start
        var prefix = ""
        if scalars[i] == "+" {
            guard i + 2 < scalars.count, scalars[i + 1] == "8", scalars[i + 2] == "6" else { return nil }
            prefix = "+86"
            i += 3
        } else if i + 2 < scalars.count, scalars[i] == "8", scalars[i + 1] == "6", scalars[i + 2] != "0" {
            // "86" only counts as a prefix when a mobile number follows it.
            var j = i + 2
            if j < scalars.count, scalars[j] == " " || scalars[j] == "-" { j += 1 }
            if let rest = mobileBody(scalars, at: j) {
                let separator = j > i + 2 ? String(scalars[i + 2]) : ""
                return Found(kind: .mobile, end: rest.end, masked: "86" + separator + rest.masked)
            }
        }
        if !prefix.isEmpty {
            var separator = ""
            if i < scalars.count, scalars[i] == " " || scalars[i] == "-" {
                separator = String(scalars[i])
                i += 1
            }
            guard let rest = mobileBody(scalars, at: i) else { return nil }
            return Found(kind: .mobile, end: rest.end, masked: prefix + separator + rest.masked)
        }
        return mobileBody(scalars, at: i)
    }

    private static func mobileBody(_ scalars: [Unicode.Scalar], at start: Int) -> Found? {
        var digits: [Unicode.Scalar] = []
        var separators: [String] = []
        var i = start
        for group in [3, 4, 4] {
            if group != 3 {
                if i < scalars.count, scalars[i] == " " || scalars[i] == "-" {
                    separators.append(String(scalars[i]))
                    i += 1
                } else {
                    separators.append("")
                }
            }
            for _ in 0..<group {
                guard i < scalars.count, isDigit(scalars[i]) else { return nil }
                digits.append(scalars[i])
                i += 1
            }
        }
        guard digits[0] == "1", ("3"..."9").contains(digits[1]), endsAlone(scalars, i) else { return nil }
        // A separator must not be followed by more digits of a longer number.
        let text = String(String.UnicodeScalarView(digits))
        let first = text.prefix(3)
        let last = text.suffix(4)
        return Found(kind: .mobile, end: i, masked: first + separators[0] + "****" + separators[1] + last)
    }

    /// 18 characters (6 digits, a real birth date, 3 digits, a check character) or the old
    /// 15-digit form (6 digits, YYMMDD a real date, 3 digits).
    private static func idNumber(_ scalars: [Unicode.Scalar], at start: Int, asOf: Day) -> Found? {
        var run = start
        while run < scalars.count, isDigit(scalars[run]) { run += 1 }
        let digitCount = run - start
        let digits = scalars[start..<run].map { Int($0.value - 0x30) }
        if digitCount == 17, run < scalars.count, scalars[run] == "X" || scalars[run] == "x",
            endsAlone(scalars, run + 1)
        {
            return eighteen(digits, check: 10, scalars: scalars, start: start, end: run + 1, asOf: asOf)
        }
        if digitCount == 18, endsAlone(scalars, run) {
            return eighteen(
                Array(digits[0..<17]), check: digits[17], scalars: scalars, start: start, end: run, asOf: asOf)
        }
        if digitCount == 15, endsAlone(scalars, run) {
            let year = 1900 + digits[6] * 10 + digits[7]
            guard let birth = Day(year: year, month: digits[8] * 10 + digits[9], day: digits[10] * 10 + digits[11]),
                birth <= asOf
            else { return nil }
            let text = String(String.UnicodeScalarView(scalars[start..<run]))
            return Found(kind: .idNumber, end: run, masked: text.prefix(6) + "******" + text.suffix(3))
        }
        return nil
    }

    private static let weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
    private static let checkCharacters = [1, 0, 10, 9, 8, 7, 6, 5, 4, 3, 2]

    private static func eighteen(
        _ digits: [Int], check: Int, scalars: [Unicode.Scalar], start: Int, end: Int, asOf: Day
    ) -> Found? {
        let year = digits[6] * 1000 + digits[7] * 100 + digits[8] * 10 + digits[9]
        guard year >= 1900,
            let birth = Day(year: year, month: digits[10] * 10 + digits[11], day: digits[12] * 10 + digits[13]),
            birth <= asOf
        else { return nil }
        let sum = zip(digits, weights).reduce(0) { $0 + $1.0 * $1.1 }
        let kind: PersonalDataMatch.Kind = checkCharacters[sum % 11] == check ? .idNumber : .possiblyMistypedIDNumber
        let text = String(String.UnicodeScalarView(scalars[start..<end]))
        return Found(kind: kind, end: end, masked: text.prefix(6) + "********" + text.suffix(4))
    }
}
