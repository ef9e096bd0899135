import Testing

@testable import HuibaoSite

/// The build's order of work: evidence links spread evenly between the write-up pages, every
/// page once.
@Suite struct SitePlanScheduleTests {
    @Test func linksAreSpreadEvenlyBetweenThePages() {
        #expect(SitePlan.spreading([10, 11, 12, 13, 14, 15], among: [1, 2, 3]) == [1, 10, 11, 2, 12, 13, 3, 14, 15])
        #expect(SitePlan.spreading([10], among: [1, 2, 3]) == [1, 2, 3, 10])
        #expect(SitePlan.spreading([10, 11], among: [1, 2, 3]) == [1, 2, 10, 3, 11])
        #expect(SitePlan.spreading([], among: [1, 2]) == [1, 2])
        #expect(SitePlan.spreading([10, 11], among: []) == [10, 11])
    }

    @Test func everyPageAndLinkComesOnceWhateverTheCounts() {
        for pages in 0..<12 {
            for links in 0..<30 {
                let order = SitePlan.spreading(Array(100..<(100 + links)), among: Array(0..<pages))
                #expect(order.sorted() == Array(0..<pages) + Array(100..<(100 + links)), "\(pages) \(links)")
                #expect(order.filter { $0 < 100 } == Array(0..<pages))
            }
        }
    }
}
