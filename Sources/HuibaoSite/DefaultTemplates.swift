/// The default templates and stylesheet, embedded in the binary from `Templates/`.
enum DefaultTemplates {
    static func text(named file: String) -> String {
        guard let bytes = table[file] else { preconditionFailure("no default template \(file)") }
        return String(decoding: bytes, as: UTF8.self)
    }

    private static let table: [String: [UInt8]] = [
        "layout.mustache": PackageResources.layout_mustache,
        "dashboard.mustache": PackageResources.dashboard_mustache,
        "indicators.mustache": PackageResources.indicators_mustache,
        "indicator.mustache": PackageResources.indicator_mustache,
        "categories.mustache": PackageResources.categories_mustache,
        "category.mustache": PackageResources.category_mustache,
        "activities.mustache": PackageResources.activities_mustache,
        "activity.mustache": PackageResources.activity_mustache,
        "months.mustache": PackageResources.months_mustache,
        "month.mustache": PackageResources.month_mustache,
        "payments.mustache": PackageResources.payments_mustache,
        "ledger.mustache": PackageResources.ledger_mustache,
        "articles.mustache": PackageResources.articles_mustache,
        "article.mustache": PackageResources.article_mustache,
        "indicator-table.mustache": PackageResources.indicator_table_mustache,
        "activity-list.mustache": PackageResources.activity_list_mustache,
        "pager.mustache": PackageResources.pager_mustache,
        "reports.mustache": PackageResources.reports_mustache,
        "report.mustache": PackageResources.report_mustache,
        "compliance.mustache": PackageResources.compliance_mustache,
        "month-report.mustache": PackageResources.month_report_mustache,
        "month-notes.mustache": PackageResources.month_notes_mustache,
        "month-errata.mustache": PackageResources.month_errata_mustache,
        "month-staff.mustache": PackageResources.month_staff_mustache,
        "staff.mustache": PackageResources.staff_mustache,
        "month-summary.mustache": PackageResources.month_summary_mustache,
        "month-articles.mustache": PackageResources.month_articles_mustache,
        "material-list.mustache": PackageResources.material_list_mustache,
        "style.css": PackageResources.style_css,
        "report.css": PackageResources.report_css,
        "charts.css": PackageResources.charts_css,
        "wechat-styles.json": PackageResources.wechat_styles_json,
    ]
}
