import HuibaoModel
import Testing

@testable import HuibaoSite

/// What each audience sees of a month's write-ups and articles (content-format.md "Audiences").
@Suite("The month's 本月活动 and 宣传报道 per audience")
struct MonthSummaryContextTests {
    static let day = Day(year: 2025, month: 10, day: 10)!
    static let indicators = [Indicator(id: "talks", name: "宣讲", category: "宣传教育", unit: "场", target: 10)]

    static let summary = MonthSummary(
        month: Month(year: 2025, month: 10)!, asOf: Day(year: 2025, month: 10, day: 31)!,
        activities: [
            Activity(
                file: "a.md", title: "宣讲进园区", date: day, category: "宣传教育",
                counts: [IndicatorCount(indicatorID: "talks", count: 2)], location: "园区", participants: 40,
                staff: ["王芳", "李强"], slug: "a"),
            Activity(
                file: "b.md", title: "困难职工家访", date: day, category: "困难帮扶",
                counts: [IndicatorCount(indicatorID: "talks", count: 1)], location: "某家", participants: 2,
                staff: ["王芳"], isInternal: true, slug: "b"),
        ],
        articles: [])

    func entries(_ audience: Audience) -> [[String: Any]] {
        let context = Self.summary.context(indicators: Self.indicators, audience: audience, href: { "/" + $0.slug })
        return (context["monthSummary"] as? [String: Any])?["activities"] as? [[String: Any]] ?? []
    }

    @Test func theEvaluatorSeesStaffNamesAndInternalWriteUpsOnlyAsInternalRecords() {
        let entries = entries(.evaluator)
        #expect(entries.count == 2)
        #expect(entries[0]["title"] as? String == "宣讲进园区")
        #expect(entries[0]["staff"] as? String == "王芳、李强")
        #expect(entries[0]["counts"] as? String == "宣讲 2场")
        #expect(entries[1]["title"] as? String == "内部记录")
        #expect(entries[1]["counts"] as? String == "宣讲 1场")
        for key in ["staff", "location", "participants", "href", "photo"] { #expect(entries[1][key] == nil, "\(key)") }
    }

    @Test func thePublicSeesNoStaffNamesAndTheTeamSeesEverything() {
        #expect((entries(.publicReaders)[0]["staff"] as? String) == "")
        let team = entries(.team(drafts: false))
        #expect(team[1]["title"] as? String == "困难职工家访" && team[1]["staff"] as? String == "王芳")
        #expect(team[1]["internal"] as? Bool == true)
    }

    @Test func totalsCountEveryWriteUpWhateverTheAudience() {
        for audience in [Audience.evaluator, .publicReaders, .team(drafts: false)] {
            let totals = Self.summary.context(indicators: Self.indicators, audience: audience)["monthSummary"] as? [String: Any]
            #expect(totals?["count"] as? Int == 2 && totals?["participants"] as? Int == 42, "\(audience)")
        }
    }
}
