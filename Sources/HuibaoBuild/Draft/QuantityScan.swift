/// The quantities to reach in a standard's text: a number followed by a unit of count
/// (`组建工会 70 家`, `新建1家女职工关爱室`, `不少于 3 场`), not limits (`不多于3人`), years
/// (`2025年度`), ordinals (`第3场`) or numbers without a unit (`12351`).
enum QuantityScan {
    /// One quantity: the target, its unit, and where the number and unit lie in the text's
    /// characters (for the name guessed around it).
    struct Quantity: Equatable {
        var target: Int
        var unit: String
        var range: Range<Int>
    }

    static let units: Set<Character> = ["家", "人", "篇", "场", "个", "次", "期", "项", "件", "名", "户", "所", "支"]
    /// Words before a number that make it a limit, not a target.
    static let limits = ["不多于", "不超过", "不高于", "不大于", "最多", "至多", "上限"]
    /// Words after the unit that make it a limit.
    static let limitsAfter = ["以内", "以下"]

    static func quantities(in text: String) -> [Quantity] {
        let chars = Array(text)
        var found: [Quantity] = []
        var index = 0
        while index < chars.count {
            guard let first = digit(chars[index]) else {
                index += 1
                continue
            }
            let start = index
            var value = first
            index += 1
            while index < chars.count, let next = digit(chars[index]) {
                if value < 100_000_000 { value = value * 10 + next }
                index += 1
            }
            let afterNumber = index
            // A decimal, a letter or digit glued before it (G20, 3.5): not a count.
            if afterNumber < chars.count, chars[afterNumber] == "." || chars[afterNumber] == "．" { continue }
            if start > 0, chars[start - 1].isASCII && chars[start - 1].isLetter || ".．第".contains(chars[start - 1]) {
                continue
            }
            var unitIndex = afterNumber
            while unitIndex < chars.count, chars[unitIndex] == " " || chars[unitIndex] == "\u{3000}" { unitIndex += 1 }
            guard unitIndex < chars.count, units.contains(chars[unitIndex]) else { continue }
            var unit = String(chars[unitIndex])
            var end = unitIndex + 1
            if unit == "人", end < chars.count, chars[end] == "次" {
                unit = "人次"
                end += 1
            }
            var before = start
            while before > 0, chars[before - 1] == " " || chars[before - 1] == "\u{3000}" { before -= 1 }
            let preceding = String(chars[max(0, before - 3)..<before])
            let following = String(chars[end..<min(chars.count, end + 2)])
            let isLimit = limits.contains { preceding.hasSuffix($0) } || limitsAfter.contains { following.hasPrefix($0) }
            if !isLimit, value >= 1, value < 100_000_000 {
                found.append(Quantity(target: value, unit: unit, range: start..<end))
            }
            index = end
        }
        return found
    }

    /// The value of an ASCII or full-width digit.
    static func digit(_ character: Character) -> Int? {
        guard let scalar = character.unicodeScalars.first, character.unicodeScalars.count == 1 else { return nil }
        switch scalar.value {
        case 0x30...0x39: return Int(scalar.value - 0x30)
        case 0xFF10...0xFF19: return Int(scalar.value - 0xFF10)
        default: return nil
        }
    }
}
