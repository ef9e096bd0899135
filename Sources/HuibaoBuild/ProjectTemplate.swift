import HuibaoModel

/// The files `huibao init` writes: a commented project.yml and indicators.yml showing every
/// key, the three ledgers with their headers, one sample write-up and one sample article. A
/// contract year from the first day of the current month; `build` and `check` work on it as it is.
public struct ProjectTemplate: Sendable {
    /// One file: its path relative to the project folder and its text.
    public struct File: Sendable, Equatable {
        public var path: String
        public var text: String
        /// What it is, for the list `init` prints.
        public var purpose: String
    }

    /// The dates the template's examples use, all inside one contract year.
    struct Dates {
        var today: Day
        var start: Day
        var end: Day
        var firstPayment: Day
        var midterm: Day
        var final: Day

        init(today: Day) {
            self.today = today
            var month = today.month
            start = month.firstDay
            var months: [Month] = []
            for _ in 0..<12 {
                month = month.next
                months.append(month)
            }
            end = months[11].firstDay.adding(days: -1)
            firstPayment = months[0].firstDay.adding(days: 9)
            midterm = months[5].firstDay.adding(days: 14)
            final = months[10].firstDay.adding(days: 19)
        }
    }

    public var files: [File]
    /// The day the template's dates start from.
    var today: Day

    public init(today: Day) {
        self.today = today
        let dates = Dates(today: today)
        let activity = NewContentFile.fileName(for: Self.sampleActivityTitle)
        let article = NewContentFile.fileName(for: Self.sampleArticleTitle)
        files = [
            File(path: "Content/project.yml", text: Self.projectFile(dates), purpose: "合同信息：甲乙方、服务期限、服务费、评估、付款计划、人员和经费要求"),
            File(path: "Content/indicators.yml", text: Self.indicatorsFile(dates), purpose: "服务指标：按合同附件填写类别、指标、目标和数据来源"),
            File(path: "Content/ledgers/unions.csv", text: Self.unionsLedger(dates), purpose: "工会组建台账（可用 Excel 打开和编辑）"),
            File(path: "Content/ledgers/staff.csv", text: Self.staffLedger(dates), purpose: "工作人员花名册"),
            File(path: "Content/ledgers/expenses.csv", text: Self.expensesLedger(dates), purpose: "经费支出台账"),
            File(
                path: "Content/activities/\(today.month.isoText)/\(activity).md", text: Self.sampleActivity(dates),
                purpose: "示例活动记录（可以照着写，不需要时删除）"),
            File(path: "Content/articles/\(article).md", text: Self.sampleArticle(dates), purpose: "示例宣传稿件（不需要时删除）"),
        ]
    }
}
