import Foundation

/// A short indicator name guessed from a standard's text: the clause around its quantity
/// without the number, the unit, `不少于` and `服务期`-like lead words (`组建工会 70 家` → 组建工会).
enum IndicatorName {
    static let clauseEnds: Set<Character> = ["。", "；", ";", "，", ",", "！", "？", "（", "(", "）", ")"]
    static let fillers = ["不少于", "不低于", "至少", "达到", "累计"]
    static let leads = ["服务期内", "服务期", "全年", "每年", "年度内"]
    static let maximumLength = 20

    /// The name for the quantity at `range` in `text`, or for the text's first clause when nil.
    static func guess(_ text: String, around range: Range<Int>?) -> String {
        let chars = Array(text)
        let position = range?.lowerBound ?? 0
        var start = position
        while start > 0, !clauseEnds.contains(chars[start - 1]) { start -= 1 }
        var end = range?.upperBound ?? 0
        while end < chars.count, !clauseEnds.contains(chars[end]) { end += 1 }
        var name = ""
        if let range {
            name = String(chars[start..<range.lowerBound]) + String(chars[range.upperBound..<end])
        } else {
            name = String(chars[start..<end])
        }
        name = name.filter { $0 != " " && $0 != "\u{3000}" }
        for filler in fillers { name = name.replacingOccurrences(of: filler, with: "") }
        for lead in leads where name.hasPrefix(lead) && name.count > lead.count + 1 {
            name = String(name.dropFirst(lead.count))
            break
        }
        while let last = name.last, "：:、。.".contains(last) { name.removeLast() }
        if name.isEmpty { name = String(text.prefix(maximumLength)) }
        return String(name.prefix(maximumLength))
    }
}
