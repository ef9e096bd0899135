extension ProjectTemplate {
    /// A CSV as Excel on Chinese Windows opens it without garbling: UTF-8 with a BOM.
    static func csv(_ rows: [String]) -> String { "\u{FEFF}" + rows.joined(separator: "\n") + "\n" }

    /// The units ledger the 组织建设 indicators count: one example row.
    static func unionsLedger(_ d: Dates) -> String {
        csv(["企业名称,所属街道,组建日期,会员人数,信息上报合格,备注", "示例科技有限公司,示例街道,\(d.start.isoText),25,是,示例行：请替换为真实记录"])
    }

    /// The staff roster `人员配备` names: two example people in post from the start.
    static func staffLedger(_ d: Dates) -> String {
        csv([
            "姓名,入职日期,离职日期,劳动合同签订日期,备案日期,岗位",
            "张示例,\(d.start.isoText),,\(d.start.isoText),,项目主管",
            "李示例,\(d.start.isoText),,\(d.start.isoText),,社工",
        ])
    }

    /// The expense ledger `经费结构` names: one month's pay as the example.
    static func expensesLedger(_ d: Dates) -> String {
        csv([
            "日期,科目,金额,摘要", "\(d.start.isoText),工资,12000.00,示例：首月工资", "\(d.start.isoText),社会保险,3600.00,示例：首月社保",
            "\(d.start.isoText),活动费,1500.00,示例：活动物资",
        ])
    }
}
