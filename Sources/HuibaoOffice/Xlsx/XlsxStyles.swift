/// The workbook's one styles part: two fonts (regular, bold), the number formats huibao
/// writes, and every combination of format, font and wrapping as a cell style, in a fixed
/// order, so a style's index is computed, never looked up.
enum XlsxStyles {
    /// A cell's number format.
    enum Format: Int, CaseIterable {
        case general, money, score, percent, date

        /// Built-in ids where Excel has one (`#,##0.00` is 4, `0.00` is 2), 164 and up otherwise.
        var id: Int {
            switch self {
            case .general: return 0
            case .money: return 4
            case .score: return 2
            case .percent: return 164
            case .date: return 165
            }
        }
    }

    /// The custom number formats (id, code).
    static let customFormats: [(Int, String)] = [(164, "0.0%"), (165, "yyyy-mm-dd")]

    /// The `s` attribute of a cell: formats × {regular, bold} × {no wrap, wrap}.
    static func index(_ format: Format, bold: Bool, wrap: Bool) -> Int {
        format.rawValue * 4 + (bold ? 2 : 0) + (wrap ? 1 : 0)
    }

    /// `xl/styles.xml`. The font is 等线 (Excel's default for Chinese), with GB2312 charset so
    /// Excel and WPS on Chinese Windows pick it for CJK text.
    static var xml: [UInt8] {
        var writer = XMLWriter()
        writer.open("styleSheet", [("xmlns", "http://schemas.openxmlformats.org/spreadsheetml/2006/main")])
        writer.open("numFmts", [("count", String(customFormats.count))])
        for (id, code) in customFormats {
            writer.empty("numFmt", [("numFmtId", String(id)), ("formatCode", code)])
        }
        writer.close("numFmts")
        writer.open("fonts", [("count", "2")])
        for bold in [false, true] {
            writer.open("font")
            if bold { writer.empty("b") }
            writer.empty("sz", [("val", "11")])
            writer.empty("name", [("val", "等线")])
            writer.empty("family", [("val", "2")])
            writer.empty("charset", [("val", "134")])
            writer.close("font")
        }
        writer.close("fonts")
        writer.raw(
            "<fills count=\"2\"><fill><patternFill patternType=\"none\"/></fill>"
                + "<fill><patternFill patternType=\"gray125\"/></fill></fills>"
                + "<borders count=\"1\"><border><left/><right/><top/><bottom/><diagonal/></border></borders>"
                + "<cellStyleXfs count=\"1\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\">"
                + "<alignment vertical=\"top\"/></xf></cellStyleXfs>"
        )
        writer.open("cellXfs", [("count", String(Format.allCases.count * 4))])
        for format in Format.allCases {
            for bold in [false, true] {
                for wrap in [false, true] {
                    var attributes = [
                        ("numFmtId", String(format.id)), ("fontId", bold ? "1" : "0"), ("fillId", "0"),
                        ("borderId", "0"), ("xfId", "0"),
                    ]
                    if format != .general { attributes.append(("applyNumberFormat", "1")) }
                    if bold { attributes.append(("applyFont", "1")) }
                    // Top-aligned, so a row grown for a wrapped text reads from its top line.
                    attributes.append(("applyAlignment", "1"))
                    writer.open("xf", attributes)
                    writer.empty("alignment", [("vertical", "top")] + (wrap ? [("wrapText", "1")] : []))
                    writer.close("xf")
                }
            }
        }
        writer.close("cellXfs")
        writer.raw(
            "<cellStyles count=\"1\"><cellStyle name=\"Normal\" xfId=\"0\" builtinId=\"0\"/></cellStyles>"
                + "<dxfs count=\"0\"/><tableStyles count=\"0\"/>")
        writer.close("styleSheet")
        return writer.bytes
    }
}
