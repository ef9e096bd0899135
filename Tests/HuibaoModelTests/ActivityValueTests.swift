import Testing

@testable import HuibaoModel

/// `Activity` keeps value semantics although its fields live in a shared box.
@Suite("Activity as a value")
struct ActivityValueTests {
    @Test func aChangedCopyLeavesTheOriginalAlone() {
        let original = Activity(
            file: "Content/activities/2025-06/a.md", title: "宣讲", date: Day(year: 2025, month: 6, day: 1)!,
            category: "宣传教育", counts: [IndicatorCount(indicatorID: "lectures", count: 1)], slug: "2025-06/a")
        var copy = original
        #expect(copy.isSameParse(as: original) && copy == original)
        copy.counts[0].count = 5
        copy.title += "（修改）"
        #expect(original.counts[0].count == 1 && original.title == "宣讲")
        #expect(copy.counts[0].count == 5 && copy.title == "宣讲（修改）")
        #expect(!copy.isSameParse(as: original) && copy != original)

        // Equal fields in different boxes are equal values.
        var rebuilt = copy
        rebuilt.counts[0].count = 1
        rebuilt.title = "宣讲"
        #expect(rebuilt == original && !rebuilt.isSameParse(as: original))
    }
}
