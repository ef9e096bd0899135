import Foundation
import HuibaoContent
import HuibaoModel
import HuibaoTestSupport
import Testing

@testable import HuibaoServe

/// The preview's checks, kept per write-up, give what a full run gives after every edit.
@Suite("Preview checks cache")
struct ChecksCacheTests {
    @Test func cachedChecksEqualAFullRunAcrossEdits() throws {
        let asOf = Day(year: 2025, month: 10, day: 20)!
        var snapshot = try ContentLoader.load(source: Fixtures.site("basic"))
        var parseCache = ParseCache()
        var checks = ChecksCache()
        func run() throws -> [Diagnostic] {
            let content = try #require(ContentParser.parse(snapshot, cache: &parseCache).content)
            let cached = checks.run(content, snapshot: snapshot, asOf: asOf).sorted()
            #expect(cached == ContentChecks.run(content, snapshot: snapshot, asOf: asOf).sorted())
            return cached
        }
        let before = try run()
        #expect(try run() == before)

        let index = try #require(snapshot.files.firstIndex { $0.path.hasPrefix("activities/") })
        let original = snapshot.files[index].bytes
        snapshot.files[index].bytes = original + Array("\n联系电话 13800138000。\n".utf8)
        let edited = try run()
        let file = "Content/" + snapshot.files[index].path
        #expect(edited.contains { $0.code == "personal-data.mobile" && $0.position.file == file })
        #expect(edited.count == before.count + 1)

        snapshot.files[index].bytes = original
        #expect(try run() == before)
    }

    @Test func staffWarningsFollowARosterEditOfUnchangedWriteUps() throws {
        let asOf = Day(year: 2025, month: 10, day: 20)!
        var snapshot = try ContentLoader.load(source: Fixtures.site("basic"))
        snapshot.files.append(
            ContentSnapshot.File(
                path: "activities/2025-05/staff.md",
                bytes: Array("---\n标题: 座谈\n日期: 2025-05-20\n服务类别: 宣传教育\n工作人员:\n  - 张三\n---\n正文。\n".utf8)))
        snapshot.allPaths.insert("activities/2025-05/staff.md")
        var parseCache = ParseCache()
        var checks = ChecksCache()
        func run() throws -> [Diagnostic] {
            let content = try #require(ContentParser.parse(snapshot, cache: &parseCache).content)
            let cached = checks.run(content, snapshot: snapshot, asOf: asOf).sorted()
            #expect(cached == ContentChecks.run(content, snapshot: snapshot, asOf: asOf).sorted())
            return cached
        }
        #expect(try !run().contains { $0.code == "staff.not-in-post" })
        // 张三 now left before the write-up's date: only the roster changed.
        let roster = try #require(snapshot.files.firstIndex { $0.path == "ledgers/staff.csv" })
        snapshot.files[roster].bytes = Array(
            "姓名,入职日期,离职日期,劳动合同签订日期,备案日期\n张三,2025-04-08,2025-05-01,2025-04-08,\n".utf8)
        #expect(try run().contains { $0.code == "staff.not-in-post" })
    }
}

/// A submitted month's warnings depend on every file: the preview gives each exactly once,
/// and none stays once the 勘误 is gone.
@Suite("Preview checks cache and submitted months")
struct ChecksCacheSubmittedTests {
    @Test func aChangedAfterSubmissionWarningIsNeverKeptWithTheWriteUp() throws {
        let asOf = Day(year: 2025, month: 10, day: 20)!
        let snapshot = try ContentLoader.load(source: Fixtures.site("basic"))
        var parseCache = ParseCache()
        var checks = ChecksCache()
        var content = try #require(ContentParser.parse(snapshot, cache: &parseCache).content)
        let file = try #require(content.activities.first?.file)
        let month = Month(year: 2025, month: 5)!
        content.submitted.errata[month] = MonthErrata(
            month: month, asOf: month.lastDay, recordFile: "Content/submitted/2025-05.json",
            changes: [.init(name: "主题宣讲", submitted: nil, current: nil)], files: [.init(kind: .changed, file: file)])
        for _ in 0..<2 {
            let cached = checks.run(content, snapshot: snapshot, asOf: asOf)
            #expect(cached.sorted() == ContentChecks.run(content, snapshot: snapshot, asOf: asOf).sorted())
            #expect(cached.count { $0.code == "month.changed-after-submission" && $0.position.file == file } == 1)
        }
        content.submitted.errata = [:]
        #expect(
            !checks.run(content, snapshot: snapshot, asOf: asOf).contains {
                $0.code == "month.changed-after-submission"
            })
    }
}
