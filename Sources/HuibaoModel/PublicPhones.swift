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

    /// `text` masked, except `keeping`'s public numbers.
    public static func mask(_ text: String, keeping: PublicPhones) -> String {
        guard !keeping.numbers.isEmpty else { return mask(text) }
        var current = text
        while true {
            let found = matches(in: current, keeping: keeping)
            guard !found.isEmpty else { return current }
            var result = ""
            result.reserveCapacity(current.utf8.count)
            var position = current.startIndex
            for match in found {
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
