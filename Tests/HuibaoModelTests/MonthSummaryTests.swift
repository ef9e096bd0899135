import Testing

@testable import HuibaoModel

private func day(_ text: String) -> Day { Day.parse(text)! }

private func activity(
    _ name: String, _ date: String, participants: Int? = nil, companies: [String] = [], draft: Bool = false,
    internal: Bool = false
) -> Activity {
    Activity(
        file: "Content/activities/\(name).md", title: name, date: day(date), category: "职工服务",
        participants: participants, companies: companies, isDraft: draft, isInternal: `internal`, slug: name)
}

private func article(_ title: String, _ status: Article.Status, date: String, outlets: [Outlet] = []) -> Article {
    Article(
        file: "Content/articles/\(title).md", title: title, date: day(date), status: status, outlets: outlets,
        slug: title)
}

@Suite("MonthSummary: the month's write-ups with their totals, and its 宣传报道")
struct MonthSummaryTests {
    static let october = Month(year: 2025, month: 10)!

    let activities = [
        activity("b", "2025-10-09", participants: 214, companies: ["郑州锦程物业服务有限公司", "佳禾超市"]),
        activity("a", "2025-10-01", participants: 38, companies: [" 郑州锦程物业服务有限公司\u{3000}"]),
        activity("no-count", "2025-10-20", companies: ["", "  "]),
        activity("internal", "2025-10-31", participants: 12, companies: ["困难职工所在企业"], internal: true),
        activity("draft", "2025-10-15", participants: 1000, companies: ["草稿企业"], draft: true),
        activity("september", "2025-09-30", participants: 500, companies: ["九月企业"]),
        activity("november", "2025-11-01", participants: 500, companies: ["十一月企业"]),
    ]

    @Test func totalsAddTheMonthsWriteUpsWithoutDraftsAndNeighbouringMonths() {
        let summary = MonthSummary(month: Self.october, asOf: day("2025-11-20"), activities: activities, articles: [])
        #expect(summary.end == day("2025-10-31"))
        #expect(summary.activities.map(\.title) == ["a", "b", "no-count", "internal"])
        #expect(summary.participants == 38 + 214 + 12)
        // Trimmed of spaces of any width, each name once, empty names not counted.
        #expect(summary.companies == ["郑州锦程物业服务有限公司", "佳禾超市", "困难职工所在企业"])
    }

    @Test func aMonthNotOverStopsAtTheAsOfDate() {
        let summary = MonthSummary(month: Self.october, asOf: day("2025-10-09"), activities: activities, articles: [])
        #expect(summary.end == day("2025-10-09"))
        #expect(summary.activities.map(\.title) == ["a", "b"])
        #expect(summary.participants == 252)
        #expect(summary.companies.count == 2)
    }

    @Test func anEmptyMonthHasZeroTotals() {
        let summary = MonthSummary(
            month: Month(year: 2025, month: 12)!, asOf: day("2026-01-10"), activities: activities, articles: [])
        #expect(summary.activities.isEmpty && summary.participants == 0 && summary.companies.isEmpty)
    }

    @Test func articlesBelongByAnOutletDateInTheMonthElseByStatusAndOwnDate() {
        let articles = [
            // An outlet submitted in the month: in, whatever the other outlets.
            article(
                "submitted-in", .submitted, date: "2025-09-28",
                outlets: [
                    Outlet(name: "中原发布", submitted: day("2025-09-29")),
                    Outlet(name: "河南工人日报", submitted: day("2025-10-02")),
                ]),
            // Only published in the month (submitted the month before): in.
            article(
                "published-in", .published, date: "2025-09-20",
                outlets: [Outlet(name: "工人日报", submitted: day("2025-09-21"), published: day("2025-10-30"))]),
            // Its own date in the month, but its outlet dates are not: out.
            article(
                "dated-in-sent-later", .submitted, date: "2025-10-28",
                outlets: [Outlet(name: "中原发布", submitted: day("2025-11-03"))]),
            // No outlet dates: by status and its own date.
            article("no-dates-submitted", .submitted, date: "2025-10-12", outlets: [Outlet(name: "中原发布")]),
            article("no-dates-published", .published, date: "2025-10-13"),
            article("no-dates-approved", .approved, date: "2025-10-14"),
            article("no-dates-september", .published, date: "2025-09-30"),
        ]
        let summary = MonthSummary(month: Self.october, asOf: day("2025-10-31"), activities: [], articles: articles)
        #expect(
            summary.articles.map(\.title) == [
                "published-in", "submitted-in", "no-dates-submitted", "no-dates-published",
            ])
        // At a date inside the month, only what happened by then.
        let early = MonthSummary(month: Self.october, asOf: day("2025-10-12"), activities: [], articles: articles)
        #expect(early.articles.map(\.title) == ["submitted-in", "no-dates-submitted"])
    }
}

@Suite("The report photo of a write-up: 报告照片, else the first body image, else the first 照片 evidence")
struct ReportPhotoChoiceTests {
    func writeUp(reportPhotos: [String] = [], media: [String] = [], materials: [MaterialFile] = []) -> Activity {
        var activity = Activity(
            file: "Content/activities/a.md", title: "a", date: day("2025-10-01"), category: "c", slug: "a",
            body: RenderedBody(html: "", characterCount: 0, media: media))
        activity.reportPhotos = reportPhotos
        activity.materials = materials
        return activity
    }

    @Test func theChoiceFollowsTheOrder() {
        let evidence = [
            MaterialFile(kind: "签到表", path: "activities/签到表.jpg"),
            MaterialFile(kind: "照片", path: "activities/缺的.jpg", exists: false),
            MaterialFile(kind: "照片", path: "activities/记录.pdf"),
            MaterialFile(kind: "照片", path: "activities/现场.JPG"),
        ]
        #expect(writeUp().reportPhoto == nil)
        #expect(writeUp(materials: evidence).reportPhoto == "activities/现场.JPG")
        #expect(writeUp(media: ["assets/图.svg", "assets/b.png"], materials: evidence).reportPhoto == "assets/图.svg")
        #expect(
            writeUp(reportPhotos: ["assets/c.jpg", "assets/d.jpg"], media: ["assets/b.png"], materials: evidence)
                .reportPhoto == "assets/c.jpg")
    }

    @Test func imagePathsAreToldByTheirExtension() {
        #expect(Activity.isImagePath("a/b.JPEG") && Activity.isImagePath("x.webp"))
        #expect(!Activity.isImagePath("a.jpg/readme") && !Activity.isImagePath("签到表.pdf") && !Activity.isImagePath("jpg"))
    }
}
