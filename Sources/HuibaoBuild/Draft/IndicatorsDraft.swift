import Foundation
import HuibaoContent

/// A draft indicators.yml from the contract's 服务指标 table (序号, 服务类别, 服务内容, 服务标准):
/// one category per 服务类别, one indicator per numbered standard, split where a standard
/// states several quantities to reach; every guessed line marked `# 请核对`. Pure.
public enum IndicatorsDraft {
    public static let columns = ["序号", "服务类别", "服务内容", "服务标准"]

    /// One drafted indicator.
    struct Indicator: Equatable {
        var id: String
        var name: String
        var target: Int?
        var unit: String?
        var standard: String
    }

    struct Category: Equatable {
        var name: String
        var indicators: [Indicator]
    }

    /// A drafted indicators.yml and where the sample write-up can count.
    public struct Result: Sendable, Equatable {
        public var text: String
        public var firstCategory: String
        public var firstIndicator: String
    }

    /// The indicators.yml for `sheet`, read from the file named `source` (shown in the file's
    /// heading), or every problem that stops it.
    public static func draft(from sheet: WorkbookSheet, source: String) throws(DraftFailure) -> Result {
        let categories = try categories(from: sheet)
        return Result(
            text: render(categories, source: source), firstCategory: categories[0].name,
            firstIndicator: categories[0].indicators[0].id)
    }

    static func categories(from sheet: WorkbookSheet) throws(DraftFailure) -> [Category] {
        let header = try TableHeader.find(
            in: sheet, names: columns, required: ["服务类别", "服务标准"], table: "服务指标表")
        let categoryColumn = header.columns["服务类别"]!
        let standardColumn = header.columns["服务标准"]!
        var problems: [DraftProblem] = []
        var order: [String] = []
        var items: [String: [NumberedItems.Item]] = [:]
        var firstStandard: (row: Int, column: Int)?
        for row in header.body {
            let category = header.text(row, "服务类别")
            let standard = header.text(row, "服务标准")
            if category.isEmpty && standard.isEmpty { continue }
            if category.isEmpty {
                problems.append(
                    DraftProblem(
                        row: row.number, column: categoryColumn,
                        "这一行有服务标准，但没有服务类别；是不是合并单元格没有包住这一行？请填上这一行的服务类别"))
                continue
            }
            if standard.isEmpty {
                problems.append(
                    DraftProblem(
                        row: row.number, column: standardColumn,
                        "服务类别“\(category)”这一行的服务标准是空的；请把合同附件里这一类的服务标准照原文抄进来"))
                continue
            }
            if firstStandard == nil { firstStandard = (row.number, standardColumn) }
            if items[category] == nil { order.append(category) }
            items[category, default: []] += NumberedItems.split(standard)
        }
        do {
            if let firstStandard, !items.values.joined().contains(where: \.numbered) {
                problems.append(
                    DraftProblem(
                        row: firstStandard.row, column: firstStandard.column,
                        "服务标准里没有一条带编号（①②③…）；是不是选错了列或表格？"
                            + "请确认“服务标准”列照抄的是合同附件的原文，每条标准前有①②③这样的编号"))
            } else if firstStandard == nil, problems.isEmpty {
                problems.append(
                    DraftProblem(
                        row: header.row + 1, column: standardColumn,
                        "表头下面没有服务指标；请在表头下面每行写一个服务类别和它的服务标准"))
            }
        }
        guard problems.isEmpty else { throw DraftFailure(sorting: problems) }

        var names = UniqueNames()
        return order.enumerated().map { categoryIndex, name in
            var indicators: [Indicator] = []
            for item in items[name]! {
                let quantities = QuantityScan.quantities(in: item.text)
                func add(_ guessed: String, _ quantity: QuantityScan.Quantity?) {
                    indicators.append(
                        Indicator(
                            id: "c\(categoryIndex + 1)_i\(indicators.count + 1)", name: names.unique(guessed),
                            target: quantity?.target, unit: quantity?.unit, standard: item.text))
                }
                if quantities.isEmpty {
                    add(IndicatorName.guess(item.text, around: nil), nil)
                }
                for quantity in quantities {
                    add(IndicatorName.guess(item.text, around: quantity.range), quantity)
                }
            }
            return Category(name: name, indicators: indicators)
        }
    }

    static func render(_ categories: [Category], source: String) -> String {
        let check = "  # 请核对"
        var lines = [
            "# 服务指标（indicators.yml）：由 huibao init 从 \(source) 起草。",
            "# 标了“# 请核对”的行（指标名称、单位、目标）是按合同原文猜的：请逐条对照合同核对、修改，核对好后删掉那个注释。",
            "# 服务标准照抄合同原文；没有目标的是定性指标（只看是否开展）。",
            "# 编号按顺序生成（c1_i2 是第 1 个类别的第 2 个指标）；活动记录里写编号或名称计数，例如“c1_i1: 1”。",
            "# 完成数默认由活动记录累加；要从台账或稿件计数，加“数据来源”（写法见使用说明）。",
            "",
            "服务类别:",
        ]
        for category in categories {
            lines.append("  - 名称: \(NewContentFile.yamlText(category.name))")
            lines.append("    指标:")
            for indicator in category.indicators {
                lines.append("      - 编号: \(indicator.id)")
                lines.append("        名称: \(NewContentFile.yamlText(indicator.name))\(check)")
                if let unit = indicator.unit { lines.append("        单位: \(NewContentFile.yamlText(unit))\(check)") }
                if let target = indicator.target { lines.append("        目标: \(target)\(check)") }
                lines.append("        服务标准: \(NewContentFile.yamlText(indicator.standard))")
            }
            lines.append("")
        }
        return lines.joined(separator: "\n")
    }
}

/// Names made unique across one file: a repeated name gets `（2）`, `（3）`….
struct UniqueNames {
    private var used: Set<String> = []

    mutating func unique(_ name: String) -> String {
        var candidate = name
        var number = 2
        while used.contains(candidate) {
            candidate = "\(name)（\(number)）"
            number += 1
        }
        used.insert(candidate)
        return candidate
    }
}
