import Foundation
import HuibaoContent
import HuibaoModel

/// A draft scoring.yml from a 评分细则 table (一级指标, 评分项, 分值, 评分标准, 需提供材料): the
/// dimensions in order, their points the sums of their items', every rule 人工 for the team
/// to choose; the guessed lines (name, grades) marked `# 请核对`. Pure.
public enum ScoringDraft {
    public static let columns = ["一级指标", "评分项", "分值", "评分标准", "需提供材料"]

    struct Item: Equatable {
        var name: String
        var points: Score
        var rule: String
        var materials: [String]
    }

    struct Dimension: Equatable {
        var name: String
        /// The points the table writes after the name (`服务产出（45分）`), when it does.
        var stated: Score? = nil
        var items: [Item]
        var points: Score { Score.sum(items.map(\.points)) }
    }

    /// The scoring.yml text for `sheet`, read from the file named `source`, or every problem
    /// that stops it.
    public static func text(from sheet: WorkbookSheet, source: String) throws(DraftFailure) -> String {
        render(try dimensions(from: sheet), source: source)
    }

    static func dimensions(from sheet: WorkbookSheet) throws(DraftFailure) -> [Dimension] {
        let header = try TableHeader.find(
            in: sheet, names: columns, required: ["一级指标", "评分项", "分值", "评分标准"], table: "评分细则表")
        var problems: [DraftProblem] = []
        var dimensions: [Dimension] = []
        var dimensionCells: [String] = []
        for row in header.body {
            let dimension = header.text(row, "一级指标")
            let name = header.text(row, "评分项")
            let pointsText = header.text(row, "分值")
            let rule = header.text(row, "评分标准")
            if name.isEmpty && pointsText.isEmpty && rule.isEmpty { continue }
            func problem(_ column: String, _ message: String) {
                problems.append(DraftProblem(row: row.number, column: header.columns[column]!, message))
            }
            if dimension.isEmpty {
                problem("一级指标", "这一行有评分项，但没有一级指标；是不是合并单元格没有包住这一行？请填上这一行的一级指标")
            }
            if name.isEmpty { problem("评分项", "评分项名称是空的；请照评分细则填上这一项的名称") }
            var points: Score?
            let number = pointsText.hasSuffix("分") ? String(pointsText.dropLast()) : pointsText
            switch Score.parse(number.trimmingCharacters(in: .whitespaces)) {
            case .score(let score) where score > .zero && score <= .maximum: points = score
            case .tooManyDecimals:
                problem("分值", "分值“\(pointsText)”的小数超过两位；请照评分细则写，最多两位小数（如 2.68）")
            default:
                problem("分值", "分值“\(pointsText)”不是大于 0 的数；请写这一项的分数，如 4 或 2.5")
            }
            if rule.isEmpty { problem("评分标准", "评分标准是空的；请把评分细则里这一项的评分标准照原文抄进来") }
            guard !dimension.isEmpty, !name.isEmpty, let points, !rule.isEmpty else { continue }
            let item = Item(
                name: name, points: points, rule: NumberedItems.clean(rule),
                materials: materials(header.text(row, "需提供材料")))
            if let last = dimensions.indices.last, dimensionCells[last] == dimension {
                dimensions[last].items.append(item)
            } else {
                let (name, stated) = statedPoints(dimension)
                dimensions.append(Dimension(name: name, stated: stated, items: [item]))
                dimensionCells.append(dimension)
            }
        }
        if problems.isEmpty, dimensions.isEmpty {
            problems.append(
                DraftProblem(
                    row: header.row + 1, column: header.columns["评分项"]!,
                    "表头下面没有评分项；请在表头下面每行写一个评分项：一级指标、评分项、分值、评分标准"))
        }
        guard problems.isEmpty else { throw DraftFailure(sorting: problems) }
        return dimensions
    }

    /// `服务产出（45分）` → (服务产出, 45); a name without points as it is.
    static func statedPoints(_ cell: String) -> (name: String, points: Score?) {
        guard cell.hasSuffix("分）") || cell.hasSuffix("分)"),
            let open = cell.lastIndex(where: { $0 == "（" || $0 == "(" })
        else { return (cell, nil) }
        let number = cell[cell.index(after: open)...].dropLast(2).trimmingCharacters(in: .whitespaces)
        let name = cell[..<open].trimmingCharacters(in: .whitespaces)
        guard case .score(let points) = Score.parse(number), !name.isEmpty else { return (cell, nil) }
        return (name, points)
    }

    /// The kinds of material in a cell: split at `、，,；;` and line breaks.
    static func materials(_ text: String) -> [String] {
        text.split(whereSeparator: { "、，,；;".contains($0) || $0.isNewline })
            .map { $0.trimmingCharacters(in: .whitespaces) }
            .filter { !$0.isEmpty }
    }

    static func render(_ dimensions: [Dimension], source: String) -> String {
        let check = "  # 请核对"
        let total = Score.sum(dimensions.map(\.points))
        var lines = [
            "# 评分细则（scoring.yml）：由 huibao init 从 \(source) 起草。",
            "# 评分标准照抄原文；每一项的“计分”先写作“人工”（得分写在 scores/<评估编号>.yml），",
            "# 能由 huibao 算分的项请改成 比例、档位、履约或佐证，并写上“依据”（写法见使用说明）。",
            "# 标了“# 请核对”的行是猜的或默认的，请对照评分细则核对、修改，核对好后删掉那个注释。",
            "# 一级指标的分值和总分是评分项分值的合计。",
            "名称: 项目评估评分细则\(check)",
            "总分: \(total.shortText)",
            "等级:\(check)",
            "  - {名称: 优秀, 最低分: 90}",
            "  - {名称: 良好, 最低分: 80}",
            "  - {名称: 合格, 最低分: 60}",
            "  - {名称: 不合格, 最低分: 0}",
            "合格等级: 合格\(check)",
            "",
            "一级指标:",
        ]
        for (dimensionIndex, dimension) in dimensions.enumerated() {
            lines.append("  - 名称: \(NewContentFile.yamlText(dimension.name))")
            if let stated = dimension.stated, stated != dimension.points {
                lines.append(
                    "    分值: \(dimension.points.shortText)  # 请核对：表格写 \(stated.shortText) 分，评分项合计 \(dimension.points.shortText) 分")
            } else {
                lines.append("    分值: \(dimension.points.shortText)")
            }
            lines.append("    评分项:")
            for (itemIndex, item) in dimension.items.enumerated() {
                lines.append("      - 编号: D\(dimensionIndex + 1).\(itemIndex + 1)")
                lines.append("        名称: \(NewContentFile.yamlText(item.name))")
                lines.append("        分值: \(item.points.shortText)")
                lines.append("        评分标准: \(NewContentFile.yamlText(item.rule))")
                lines.append("        计分: 人工")
                if !item.materials.isEmpty {
                    lines.append("        需提供材料: [\(item.materials.map(flowText).joined(separator: ", "))]")
                }
            }
            lines.append("")
        }
        return lines.joined(separator: "\n")
    }

    /// A scalar inside a flow sequence: quoted also when it holds `,`, `[` or `]`.
    static func flowText(_ text: String) -> String {
        let plain = NewContentFile.yamlText(text)
        guard plain == text, !text.contains(where: { ",[]{}".contains($0) }) else {
            return "\"" + text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\""
        }
        return plain
    }
}
