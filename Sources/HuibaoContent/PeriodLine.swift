import HuibaoModel

/// The service period written on one line as a contract words it (`2026-07-01 至 2027-06-30`),
/// read as the `开始`/`结束` mapping it stands for, so every check of the period applies alike.
enum PeriodLine {
    /// The words and marks between the two dates. An ASCII `-` also joins the parts of a date,
    /// so a line is split only where both sides are dates; with dates of three parts each
    /// (`2026-07-01-2027-06-30`) exactly one place does.
    static let separators = ["至", "到", "~", "～", "——", "—", "–", "－", "-"]

    /// How a message shows the accepted forms.
    static let hint = "请写成“开始: …”和“结束: …”两行，或一行“2026-07-01 至 2027-06-30”"

    /// `value` itself when it is not a single value; the mapping `{start, end}` for a one-line
    /// period; nil, after an error naming the keys, for any other single value.
    static func mapping(_ pair: YAMLPair, into reader: inout FieldReader) -> YAMLValue? {
        guard case .scalar(let scalar) = pair.value else { return pair.value }
        let text = reader.digits(scalar)
        guard let (start, end) = split(text) else {
            reader.error(
                "type.period", "“\(pair.key)”应为开始和结束两个日期，这里写的是“\(scalar.text)”；\(hint)", at: scalar.position)
            return nil
        }
        func part(_ key: String, _ part: Part) -> YAMLPair {
            var position = scalar.position
            position.column += part.offset + (scalar.quoted ? 1 : 0)
            return YAMLPair(
                key: key, keyPosition: position,
                value: .scalar(YAMLScalar(text: part.text, quoted: false, position: position)))
        }
        return .mapping([part("开始", start), part("结束", end)], scalar.position)
    }

    /// One date's text and its distance in characters from the start of the line's value.
    struct Part: Equatable {
        var text: String
        var offset: Int
    }

    /// The two date texts of `text`, when exactly one way of splitting it at a separator gives
    /// two texts shaped as dates.
    static func split(_ text: String) -> (Part, Part)? {
        var found: [(Part, Part)] = []
        func part(_ piece: Substring) -> Part {
            let leading = piece.prefix(while: { $0.isWhitespace }).count
            return Part(
                text: piece.trimming(.whitespaces), offset: text.distance(from: text.startIndex, to: piece.startIndex) + leading)
        }
        for separator in separators {
            var from = text.startIndex
            while let range = text.range(of: separator, range: from..<text.endIndex) {
                let left = part(text[..<range.lowerBound])
                let right = part(text[range.upperBound...])
                if DateShape.looksLikeDate(left.text), DateShape.looksLikeDate(right.text),
                    !found.contains(where: { $0.0 == left && $0.1 == right })
                {
                    found.append((left, right))
                }
                from = range.upperBound
            }
        }
        return found.count == 1 ? found[0] : nil
    }
}
