import HuibaoModel
import Testing

/// `MonthErrata.compare`: which figures differ and which units were added, changed or removed.
@Suite("MonthErrata compares a record with its month recomputed")
struct MonthErrataCompareTests {
    static let month = Month(year: 2025, month: 10)!
    static let day = Day(year: 2025, month: 10, day: 31)!

    func figure(_ id: String, _ increment: Int, _ cumulative: Int, expected: Int? = 10) -> MonthRecord.Figure {
        MonthRecord.Figure(
            id: id, name: "指标\(id)", increment: Quantity(increment), cumulative: Quantity(cumulative),
            expected: expected, status: .onTrack)
    }

    func record(_ figures: [MonthRecord.Figure], files: [String: String] = [:], rows: [MonthRecord.Row] = [])
        -> MonthRecord
    {
        MonthRecord(month: Self.month, asOf: Self.day, indicators: figures, files: files, rows: rows)
    }

    func row(_ line: Int, _ digest: String) -> MonthRecord.Row {
        MonthRecord.Row(file: "Content/ledgers/unions.csv", line: line, sha256: digest)
    }

    @Test func theSameFiguresAreNoErratumEvenWhenAFileChanged() {
        let submitted = record([figure("a", 1, 5)], files: ["x.md": "1"])
        let current = record([figure("a", 1, 5)], files: ["x.md": "2"])
        #expect(MonthErrata.compare(submitted, with: current, recordFile: "r.json") == nil)
    }

    @Test func aChangedFigureListsTheFilesAndRowsAddedChangedAndRemoved() throws {
        let submitted = record(
            [figure("a", 1, 5), figure("b", 2, 2)], files: ["c.md": "1", "gone.md": "1", "same.md": "1"],
            rows: [row(2, "r2"), row(3, "r3"), row(5, "r5")])
        let current = record(
            [figure("b", 2, 2), figure("a", 2, 6)], files: ["c.md": "9", "new.md": "1", "same.md": "1"],
            // r3 moved to line 4 (a row inserted above): unchanged; line 2's cells changed; r5 removed.
            rows: [row(2, "r2x"), row(4, "r3"), row(7, "r7")])
        let errata = try #require(MonthErrata.compare(submitted, with: current, recordFile: "r.json"))
        #expect(errata.changes.map(\.name) == ["指标a"])
        #expect(errata.changes[0].summary == "本月新增 1 → 2，累计 5 → 6")
        #expect(
            errata.files == [
                .init(kind: .changed, file: "Content/ledgers/unions.csv", line: 2),
                .init(kind: .removed, file: "Content/ledgers/unions.csv", line: 5),
                .init(kind: .added, file: "Content/ledgers/unions.csv", line: 7),
                .init(kind: .changed, file: "c.md"),
                .init(kind: .removed, file: "gone.md"),
                .init(kind: .added, file: "new.md"),
            ])
        #expect(errata.files[0].place == "Content/ledgers/unions.csv 第 2 行")
        #expect(errata.summary().hasPrefix("“指标a”本月新增 1 → 2"))
        #expect(errata.resubmitCommand == "huibao month 2025-10 --resubmit")
    }

    @Test func indicatorsAddedOrRemovedSinceAreDifferences() throws {
        let submitted = record([figure("a", 1, 5), figure("old", 1, 1)])
        let current = record([figure("a", 1, 5), figure("new", 0, 0), figure("counted", 3, 3)])
        let errata = try #require(MonthErrata.compare(submitted, with: current, recordFile: "r.json"))
        #expect(errata.changes.map(\.name) == ["指标counted", "指标old"])
        #expect(errata.changes[0].differences.map(\.submitted) == ["—", "—", "—", "—"])
        #expect(errata.changes[1].differences.map(\.current) == ["—", "—", "—", "—"])
    }

    @Test func anExpectedValueOrStatusChangeAloneIsADifference() throws {
        var moved = figure("a", 1, 5, expected: 12)
        moved.status = .behind
        let errata = try #require(
            MonthErrata.compare(record([figure("a", 1, 5)]), with: record([moved]), recordFile: "r.json"))
        #expect(errata.changes[0].summary == "应完成 10 → 12，状态 正常 → 滞后")
    }

    @Test func recordBytesAreSortedAndExact() {
        let submitted = record(
            [
                figure("b", 1, 5),
                MonthRecord.Figure(
                    id: "a", name: "金额", increment: Quantity(hundredths: 1250), cumulative: Quantity(hundredths: 5),
                    expected: nil, status: .started),
            ],
            files: ["z.md": String(repeating: "a", count: 64), "b.md": String(repeating: "b", count: 64)])
        let text = String(decoding: submitted.serializedBytes(), as: UTF8.self)
        #expect(text.contains("\"increment\": 12.5,"))
        #expect(text.contains("\"cumulative\": 0.05,"))
        #expect(text.contains("\"expected\": null,"))
        #expect(text.firstRange(of: "\"a\": {")!.lowerBound < text.firstRange(of: "\"b\": {")!.lowerBound)
        #expect(text.firstRange(of: "\"b.md\"")!.lowerBound < text.firstRange(of: "\"z.md\"")!.lowerBound)
        #expect(text.hasSuffix("\"month\": \"2025-10\"\n}\n"))
        #expect(MonthRecord.versionName(Self.month, version: 2) == "2025-10.v2.json")
    }
}
