import HuibaoModel

/// The keys one kind of mapping accepts: each an English name with its Chinese alias.
public struct KeySchema: Sendable {
    /// One accepted key.
    public struct Key: Sendable {
        public var name: String
        public var alias: String

        /// How a message names the key: the alias, with the English name beside it.
        public var display: String { "“\(alias)”（\(name)）" }
    }

    public var keys: [Key]
    private var lookup: [String: Int]

    public init(_ pairs: [(String, String)]) {
        keys = pairs.map { Key(name: $0.0, alias: $0.1) }
        var lookup: [String: Int] = [:]
        for (index, key) in keys.enumerated() {
            lookup[key.name] = index
            lookup[key.alias] = index
        }
        self.lookup = lookup
    }

    /// The key written as `text` (English name or Chinese alias).
    public func key(for text: String) -> Key? { lookup[text].map { keys[$0] } }

    public func key(named name: String) -> Key {
        guard let key = key(for: name) else { preconditionFailure("no key \(name) in schema") }
        return key
    }

    /// The accepted key closest to `text`, for a "did you mean" hint.
    public func suggestion(for text: String) -> Key? {
        EditDistance.closest(to: text, in: keys.flatMap { [$0.name, $0.alias] }).flatMap(key(for:))
    }
}

/// The schemas of every mapping in `Content/`, from the content-format spec.
public enum Schemas {
    public static let project = KeySchema([
        ("name", "项目名称"), ("client", "甲方"), ("provider", "乙方"), ("signed", "签订日期"),
        ("period", "服务期限"), ("amount", "服务费总金额"), ("unsafe_html", "允许原始HTML"), ("public_phones", "公开电话"),
        ("articles", "稿件"), ("staffing", "人员配备"), ("budget", "经费结构"),
        ("evaluations", "评估"), ("payments", "付款计划"), ("ledger_titles", "台账名称"),
        ("evidence_required", "佐证要求"),
    ])
    public static let period = KeySchema([("start", "开始"), ("end", "结束")])
    public static let articlesSettings = KeySchema([("max_chars", "字数上限")])
    public static let staffing = KeySchema([
        ("minimum", "最少人数"), ("ledger", "台账"), ("replacement_days", "补员时限"),
    ])
    public static let budget = KeySchema([
        ("staff_share_min", "薪酬福利最低比例"), ("ledger", "台账"), ("staff_items", "薪酬福利科目"),
    ])
    public static let evaluation = KeySchema([
        ("id", "编号"), ("name", "名称"), ("kind", "类型"), ("date", "日期"), ("status", "状态"), ("score", "得分"),
    ])
    public static let installment = KeySchema([
        ("id", "编号"), ("name", "名称"), ("share", "比例"), ("amount", "金额"), ("due", "应付日期"),
        ("after", "条件评估"), ("condition", "付款条件"), ("paid_on", "支付日期"), ("paid_amount", "实付金额"),
    ])
    public static let indicatorsFile = KeySchema([("categories", "服务类别")])
    public static let category = KeySchema([("name", "名称"), ("indicators", "指标")])
    public static let indicator = KeySchema([
        ("id", "编号"), ("name", "名称"), ("unit", "单位"), ("standard", "服务标准"), ("target", "目标"),
        ("midterm_target", "中期目标"), ("from", "数据来源"),
    ])
    public static let source = KeySchema([
        ("ledger", "台账"), ("count", "计数"), ("sum", "求和"), ("where", "条件"), ("date", "日期列"),
        ("articles", "稿件"), ("evidence", "佐证列"),
    ])
    public static let activity = KeySchema([
        ("title", "标题"), ("date", "日期"), ("category", "服务类别"), ("counts", "指标"), ("location", "地点"),
        ("participants", "参与人数"), ("companies", "服务企业"), ("staff", "工作人员"), ("tags", "标签"),
        ("draft", "草稿"), ("internal", "内部"), ("slug", "网址"), ("evidence", "佐证材料"),
        ("report_photos", "报告照片"),
    ])
    public static let article = KeySchema([
        ("title", "标题"), ("date", "日期"), ("author", "作者"), ("status", "状态"), ("outlets", "报送渠道"),
        ("slug", "网址"),
    ])
    public static let outlet = KeySchema([
        ("name", "名称"), ("submitted", "报送日期"), ("published", "刊发日期"), ("url", "链接"),
    ])
    public static let scoring = KeySchema([
        ("name", "名称"), ("applies_to", "适用评估"), ("total", "总分"), ("grades", "等级"), ("pass_grade", "合格等级"),
        ("vetoes", "否决项"), ("dimensions", "一级指标"),
    ])
    public static let grade = KeySchema([("name", "名称"), ("min", "最低分")])
    public static let veto = KeySchema([("id", "编号"), ("name", "名称")])
    public static let dimension = KeySchema([("name", "名称"), ("points", "分值"), ("items", "评分项")])
    public static let scoringItem = KeySchema([
        ("id", "编号"), ("name", "名称"), ("points", "分值"), ("rule_text", "评分标准"), ("rule", "计分"),
        ("bands", "档位"), ("replacement_share", "补员期内得分比例"), ("source", "依据"), ("evidence", "需提供材料"),
        ("materials", "佐证材料"),
    ])
    public static let band = KeySchema([("min", "完成率"), ("share", "得分比例")])
    public static let scoringSource = KeySchema([
        ("indicator", "指标"), ("staffing", "人员配备"), ("budget", "经费结构"), ("evidence", "佐证"),
    ])
    public static let selfScore = KeySchema([("score", "得分"), ("note", "说明")])
    public static let monthNote = KeySchema([("title", "标题")])
}
