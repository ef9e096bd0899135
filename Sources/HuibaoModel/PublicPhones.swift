/// `public_phones` (公开电话) in project.yml: numbers meant to be public (a hotline, the
/// office's contact line), never masked nor warned about, however they are written.
public struct PublicPhones: Sendable, Equatable {
    /// Each number's last 11 digits (a `+86`/`86`/`0086` prefix dropped), as ASCII.
    public private(set) var numbers: Set<String> = []

    public static let none = PublicPhones()

    public init(_ written: [String] = []) {
        for text in written {
            let digits = PersonalData.digits(of: text)
            if !digits.isEmpty { numbers.insert(String(digits.suffix(11))) }
        }
    }

    /// Whether `match` is one of the listed numbers (only mobile numbers can be).
    public func contains(_ match: PersonalDataMatch) -> Bool {
        guard !numbers.isEmpty, match.kind == .mobile else { return false }
        return numbers.contains(String(PersonalData.digits(of: match.text).suffix(11)))
    }
}

extension PersonalData {
    /// The matches in `text` that are not `keeping`'s public numbers.
    public static func matches(in text: String, keeping: PublicPhones) -> [PersonalDataMatch] {
        let found = matches(in: text)
        return keeping.numbers.isEmpty ? found : found.filter { !keeping.contains($0) }
    }

    /// `text` masked (see ``mask(_:)``), except `keeping`'s public numbers.
    ///
    /// The result holds no match: where two readings overlap (`110105491231138 0013 8000` is
    /// a 15-digit ID number, and its last three digits start `138 0013 8000`), the text is
    /// scanned again after masking the first, so both are masked
    /// (`110105******138 **** 8000`). Masking a masked text changes nothing.
    public static func mask(_ text: String, keeping: PublicPhones) -> String {
        var current = text
        while true {
            let found = matches(in: current, keeping: keeping)
            guard !found.isEmpty else { return current }
            var result = ""
            result.reserveCapacity(current.utf8.count)
            var position = current.startIndex
            for match in found {
                // Substring bounds are scalar-aligned, so nothing around a match is regrouped.
                // (Appending `unicodeScalars` slices instead is quadratic on long texts.)
                result += current[position..<match.range.lowerBound]
                result += match.masked
                position = match.range.upperBound
            }
            result += current[position...]
            // Each pass masks at least one number that is not kept, so this ends.
            current = result
        }
    }
}
