import Foundation
import HuibaoBuild
import HuibaoModel
import HuibaoTestSupport
import Testing

/// Submitted months and their 勘误, in process: a record made and written as `month --submit`
/// does, the content changed, the project loaded again.
@Suite("Submitted months: records and 勘误")
struct MonthErrataTests {
    static let june = Month(year: 2025, month: 6)!

    /// A copy of the basic fixture.
    func site() throws -> URL {
        let site = try Fixtures.temporaryFolder().appendingPathComponent("site")
        try FileManager.default.copyItem(at: Fixtures.site("basic"), to: site)
        try? FileManager.default.removeItem(at: site.appendingPathComponent("expected"))
        return site
    }

    func load(_ site: URL, asOf: String = "2025-12-31") throws -> LoadedProject {
        var clock = StageClock(total: 3)
        return try ProjectLoader.load(source: site, asOf: try #require(Day.parse(asOf)), clock: &clock)
    }

    /// Submits `month` at `asOf` as the command does.
    @discardableResult
    func submit(_ site: URL, _ month: Month = june, asOf: String = "2025-06-30", resubmit: Bool = false) throws
        -> MonthSubmission.Written
    {
        let content = try #require(try load(site).content)
        let day = try #require(Day.parse(asOf))
        let record = try #require(
            MonthRecord.make(content, month: month, asOf: day, digest: MonthSubmission.digest(source: site)))
        return try MonthSubmission.write(record, source: site, resubmit: resubmit)
    }

    /// Replaces `old` by `new` in a file's bytes (the unions ledger is GB18030: only ASCII is changed).
    func edit(_ site: URL, _ path: String, _ old: String, _ new: String) throws {
        let url = site.appendingPathComponent(path)
        let bytes = [UInt8](try Data(contentsOf: url))
        let from = Array(old.utf8)
        let index = try #require(
            bytes.indices.first { bytes.count - $0 >= from.count && Array(bytes[$0..<$0 + from.count]) == from })
        var changed = bytes
        changed.replaceSubrange(index..<index + from.count, with: Array(new.utf8))
        try Data(changed).write(to: url)
    }

    func append(_ site: URL, _ path: String, _ line: String) throws {
        let url = site.appendingPathComponent(path)
        try Data((try Data(contentsOf: url)) + Data(line.utf8)).write(to: url)
    }

    @Test func theRecordIsSortedExactAndTheSameForTheSameContent() throws {
        let site = try site()
        let content = try #require(try load(site).content)
        let digest = MonthSubmission.digest(source: site)
        let record = try #require(
            MonthRecord.make(content, month: Self.june, asOf: Day(year: 2025, month: 7, day: 9)!, digest: digest))
        #expect(record.asOf == Day(year: 2025, month: 6, day: 30)!)
        #expect(record.files.keys.sorted() == ["Content/activities/2025-06/宣讲.md"])
        #expect(record.rows.map(\.line) == [3])
        #expect(record.rows.map(\.file) == ["Content/ledgers/unions.csv"])
        let members = try #require(record.indicators.first { $0.id == "members" })
        #expect(members.increment == Quantity(25))
        #expect(members.cumulative == Quantity(55))
        let bytes = record.serializedBytes()
        #expect(
            MonthRecord.make(content, month: Self.june, asOf: Day(year: 2025, month: 6, day: 30)!, digest: digest)?
                .serializedBytes() == bytes)
        let text = String(decoding: bytes, as: UTF8.self)
        #expect(text.hasPrefix("{\n  \"_说明\": "))
        #expect(text.contains("\"as_of\": \"2025-06-30\""))
        #expect(text.contains("\"cumulative\": 55,\n"))
        // Keys sorted: as_of, files, indicators, ledger_rows, month.
        let keys = ["\"as_of\"", "\"files\"", "\"indicators\"", "\"ledger_rows\"", "\"month\""]
        let offsets = keys.map { text.range(of: $0)!.lowerBound }
        #expect(offsets == offsets.sorted())
        // A month outside the service period has no record.
        #expect(
            MonthRecord.make(
                content, month: Month(year: 2025, month: 3)!, asOf: Day(year: 2025, month: 3, day: 31)!, digest: digest)
                == nil)
    }

    @Test func aRecordReadsBackAsWritten() throws {
        let site = try site()
        try submit(site)
        let project = try load(site)
        #expect(project.diagnostics.filter { $0.code.hasPrefix("month.") }.isEmpty, "\(project.diagnostics)")
        let stored = try #require(project.content?.submitted.records[Self.june])
        #expect(stored.file == "Content/submitted/2025-06.json")
        let content = try #require(project.content)
        let made = MonthRecord.make(
            content, month: Self.june, asOf: Day(year: 2025, month: 6, day: 30)!,
            digest: MonthSubmission.digest(source: site))
        #expect(stored.record.asOf == made?.asOf)
        #expect(stored.record.files == made?.files)
        #expect(stored.record.rows == made?.rows)
        #expect(Set(stored.record.indicators.map(\.id)) == Set(made?.indicators.map(\.id) ?? []))
        #expect(project.content?.submitted.errata.isEmpty == true)
    }

    @Test func aChangedWriteUpIsAnErratumAtItsFile() throws {
        let site = try site()
        try submit(site)
        try edit(site, "Content/activities/2025-06/宣讲.md", "lectures: 1", "lectures: 2")
        let project = try load(site)
        let errata = try #require(project.content?.submitted.errata[Self.june])
        #expect(errata.changes.map(\.name) == ["主题宣讲"])
        #expect(errata.changes.first?.summary.hasPrefix("本月新增 1 → 2，累计 2 → 3") == true)
        #expect(errata.files == [.init(kind: .changed, file: "Content/activities/2025-06/宣讲.md")])
        let warnings = project.diagnostics.filter { $0.code == "month.changed-after-submission" }
        #expect(warnings.map(\.position.file) == ["Content/activities/2025-06/宣讲.md"])
        #expect(warnings.first?.message.contains("huibao month 2025-06 --resubmit") == true)
        #expect(warnings.first?.message.contains("2025年6月") == true)
        #expect(warnings.first?.severity == .warning)
    }

    @Test func aChangedLedgerRowIsNamedByItsLine() throws {
        let site = try site()
        try submit(site)
        try edit(site, "Content/ledgers/unions.csv", "2025/6/3,25", "2025/6/3,26")
        let project = try load(site)
        let errata = try #require(project.content?.submitted.errata[Self.june])
        #expect(errata.changes.map(\.name) == ["上报会员"])
        #expect(errata.files == [.init(kind: .changed, file: "Content/ledgers/unions.csv", line: 3)])
        let warning = try #require(project.diagnostics.first { $0.code == "month.changed-after-submission" })
        #expect(warning.position.line == 3)
        #expect(warning.position.file == "Content/ledgers/unions.csv")
    }

    @Test func anAppendedRowForALaterMonthAndARowMovedDownChangeNothing() throws {
        let site = try site()
        try submit(site)
        try append(site, "Content/ledgers/unions.csv", "Later Co,6,2025-12-01,9,yes\n")
        // A row inserted above June's row moves it down a line: its cells are the same.
        try edit(site, "Content/ledgers/unions.csv", "\n", "\nNew Co,0,2025-05-01,1,no\n")
        let project = try load(site)
        #expect(project.content?.submitted.errata.isEmpty == true, "\(project.diagnostics)")
        #expect(!project.diagnostics.contains { $0.code == "month.changed-after-submission" })
    }

    @Test func workDatedAfterTheRecordsAsOfNeverShows() throws {
        let site = try site()
        // Submitted mid-month: figures to 2025-06-10; a write-up dated 2025-06-20 comes later.
        try submit(site, asOf: "2025-06-10")
        let stored = try #require(try load(site).content?.submitted.records[Self.june])
        #expect(stored.record.asOf == Day(year: 2025, month: 6, day: 10)!)
        let later = """
            ---
            title: 月底宣讲
            date: 2025-06-20
            category: 宣传教育
            counts:
              lectures: 1
            ---
            后来写的。

            """
        try Data(later.utf8).write(to: site.appendingPathComponent("Content/activities/2025-06/月底.md"))
        let project = try load(site)
        #expect(project.content?.submitted.errata.isEmpty == true)
        // Dated inside the record's period, it is an added file.
        try edit(site, "Content/activities/2025-06/月底.md", "2025-06-20", "2025-06-05")
        let again = try load(site)
        let errata = try #require(again.content?.submitted.errata[Self.june])
        #expect(errata.files == [.init(kind: .added, file: "Content/activities/2025-06/月底.md")])
    }

    @Test func aRemovedWriteUpIsNamedAtTheRecord() throws {
        let site = try site()
        try submit(site)
        try FileManager.default.removeItem(at: site.appendingPathComponent("Content/activities/2025-06/宣讲.md"))
        let project = try load(site)
        let errata = try #require(project.content?.submitted.errata[Self.june])
        #expect(errata.files == [.init(kind: .removed, file: "Content/activities/2025-06/宣讲.md")])
        let warning = try #require(project.diagnostics.first { $0.code == "month.changed-after-submission" })
        #expect(warning.position.file == "Content/submitted/2025-06.json")
        #expect(warning.message.contains("Content/activities/2025-06/宣讲.md"))
    }

    @Test func aSubmittedMonthIsRefusedAndResubmitKeepsEachVersion() throws {
        let site = try site()
        let first = try submit(site)
        #expect(first.kept == nil)
        let original = try Data(contentsOf: first.record)
        #expect(throws: MonthSubmission.Failure.self) { try submit(site) }
        do {
            try submit(site)
        } catch let failure as MonthSubmission.Failure {
            #expect(failure.code == "month.already-submitted")
            #expect(failure.message.contains("--resubmit"))
        }
        #expect(try Data(contentsOf: first.record) == original)

        try edit(site, "Content/activities/2025-06/宣讲.md", "lectures: 1", "lectures: 2")
        let second = try submit(site, resubmit: true)
        let folder = site.appendingPathComponent("Content/submitted")
        #expect(second.kept?.lastPathComponent == "2025-06.v1.json")
        #expect(try Data(contentsOf: folder.appendingPathComponent("2025-06.v1.json")) == original)
        #expect(try load(site).content?.submitted.errata.isEmpty == true)
        let third = try submit(site, resubmit: true)
        #expect(third.kept?.lastPathComponent == "2025-06.v2.json")
        #expect(
            try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
                == ["2025-06.json", "2025-06.v1.json", "2025-06.v2.json"])
    }

    @Test func aDamagedRecordIsAnErrorAtItsLineNeverACrash() throws {
        let site = try site()
        let written = try submit(site)
        let text = try String(contentsOf: written.record, encoding: .utf8)
        try FileManager.default.removeItem(at: written.record)
        let cases: [(String, String)] = [
            (String(text.dropLast(3)), "文件在这里意外结束"),
            (
                text.replacingOccurrences(of: "\"as_of\": \"2025-06-30\"", with: "\"as_of\": \"2025-07-30\""),
                "“as_of”应为 2025-06 中的一天"
            ),
            (text.replacingOccurrences(of: "\"increment\": 25", with: "\"increment\": 25.555"), "“increment”应为"),
            ("", "缺少值"), ("[]", "这里应为对象"), ("{\"month\": \"2025-06\"}", "缺少“as_of”"),
        ]
        for (bytes, reason) in cases {
            try Data(bytes.utf8).write(to: written.record)
            let project = try load(site)
            let error = try #require(project.diagnostics.first { $0.code == "month.record-damaged" }, "\(reason)")
            #expect(error.severity == .error)
            #expect(error.position.file == "Content/submitted/2025-06.json")
            #expect(error.message.contains(reason), "\(error.message)")
            #expect(error.message.contains("git checkout"))
        }
    }

    @Test func otherFilesInSubmittedAreNamedAndVersionsAreKeptQuietly() throws {
        let site = try site()
        let written = try submit(site)
        let folder = written.record.deletingLastPathComponent()
        try Data("x".utf8).write(to: folder.appendingPathComponent("说明.txt"))
        try FileManager.default.copyItem(at: written.record, to: folder.appendingPathComponent("2025-06.v1.json"))
        let project = try load(site)
        let codes = project.diagnostics.filter { $0.code.hasPrefix("month.") }.map { "\($0.position.file) \($0.code)" }
        #expect(codes == ["Content/submitted/说明.txt month.record-name"])
    }

    @Test func aProjectWithAnErrorShowsNoErrataItCannotTrust() throws {
        let site = try site()
        try submit(site)
        // A June write-up that no longer parses is missing from what parsed: its figures are
        // not known, so nothing is reported as changed.
        try edit(site, "Content/activities/2025-06/宣讲.md", "date: 2025-06-12", "date: 2025-06-31")
        let project = try load(site)
        #expect(project.diagnostics.hasErrors)
        #expect(!project.diagnostics.contains { $0.code == "month.changed-after-submission" })
    }

    @Test func aCheckBeforeTheSubmittedMonthDoesNotRecomputeIt() throws {
        let site = try site()
        try submit(site)
        try edit(site, "Content/activities/2025-06/宣讲.md", "lectures: 1", "lectures: 2")
        #expect(try load(site, asOf: "2025-06-01").diagnostics.contains { $0.code == "month.changed-after-submission" })
        #expect(
            !(try load(site, asOf: "2025-05-31").diagnostics.contains { $0.code == "month.changed-after-submission" }))
    }

    @Test func sharedFiguresGiveTheSameRecordsAsFiguresOfTheirOwn() throws {
        let site = try site()
        let content = try #require(try load(site).content)
        let digest = MonthSubmission.digest(source: site)
        let shared = MonthRecord.teamFigures(content, asOf: Day(year: 2025, month: 10, day: 12)!)
        for month in Month.range(from: Month(year: 2025, month: 4)!, through: Month(year: 2025, month: 10)!) {
            for asOf in [
                month.lastDay, Day(year: month.year, month: month.month, day: 12)!,
                Day(year: 2025, month: 10, day: 12)!,
            ] {
                let alone = MonthRecord.make(content, month: month, asOf: asOf, digest: digest)
                let sharing = MonthRecord.make(content, month: month, asOf: asOf, digest: digest, sharing: shared)
                #expect(alone == sharing, "\(month) \(asOf)")
            }
        }
    }
}
