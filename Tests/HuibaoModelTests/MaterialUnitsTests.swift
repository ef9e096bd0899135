import HuibaoModel
import Testing

/// Completeness of evidence (佐证材料) per counted unit, scope and kind.
@Suite("Evidence completeness (MaterialUnits)")
struct MaterialUnitsTests {
    static func day(_ m: Int, _ d: Int, year: Int = 2025) -> Day { Day(year: year, month: m, day: d)! }

    static func content() -> SiteContent {
        var project = Project(
            name: "p", client: "c", provider: "v", period: ServicePeriod(start: day(4, 8), end: day(4, 8, year: 2026)),
            amount: Money(fen: 100))
        project.materialRequirements = [
            MaterialRequirement(scope: .all, kinds: ["签到表"]),
            MaterialRequirement(scope: .category("宣传教育"), kinds: ["照片"]),
            MaterialRequirement(scope: .indicator("lectures"), kinds: ["课件", "照片"]),
        ]
        var query = LedgerQuery(ledger: "unions", measure: .rows, dateColumn: "日期")
        query.materialColumns = ["批复"]
        let categories = [
            IndicatorCategory(
                name: "组织建设",
                indicators: [
                    Indicator(id: "unions", name: "组建工会", category: "组织建设", target: 5, source: .ledger(query)),
                    Indicator(id: "members", name: "发展会员", category: "组织建设", target: 5, source: .ledger(query)),
                ]),
            IndicatorCategory(
                name: "宣传教育",
                indicators: [
                    Indicator(id: "lectures", name: "宣讲", category: "宣传教育", target: 5),
                    Indicator(id: "visits", name: "走访", category: "宣传教育", target: 5),
                ]),
        ]
        func activity(_ slug: String, _ date: Day, counts: [(String, Int)], files: [MaterialFile], draft: Bool = false)
            -> Activity
        {
            var activity = Activity(
                file: "Content/activities/\(slug).md", title: slug, date: date, category: "宣传教育",
                counts: counts.map { IndicatorCount(indicatorID: $0.0, count: $0.1) }, isDraft: draft, slug: slug)
            activity.materials = files
            return activity
        }
        let activities = [
            // Counted by two indicators: one unit; complete.
            activity(
                "a", day(5, 1), counts: [("lectures", 1), ("visits", 2)],
                files: [
                    MaterialFile(kind: "签到表", path: "a/签到表.jpg"), MaterialFile(kind: "照片", path: "a/1.jpg"),
                    MaterialFile(kind: "照片", path: "a/2.jpg"), MaterialFile(kind: "课件", path: "a/课件.pdf"),
                ]),
            // 签到表 listed but missing: absent. Counts 0 for lectures: not in that indicator.
            activity(
                "b", day(6, 1), counts: [("lectures", 0), ("visits", 1)],
                files: [
                    MaterialFile(kind: "签到表", path: "b/签到表.jpg", exists: false),
                    MaterialFile(kind: "照片", path: "b/1.jpg"),
                ]),
            // A draft and a write-up after the as-of date never count.
            activity("draft", day(6, 2), counts: [("visits", 1)], files: [], draft: true),
            activity("late", day(12, 1), counts: [("visits", 1)], files: []),
        ]
        let row = { (line: Int, date: Day, files: [MaterialFile]) in
            LedgerEntry(
                ledger: "unions", line: line, title: "row\(line)", date: date, amount: Quantity(1), materials: files)
        }
        // Row 2 is counted by both ledger indicators: one unit.
        let entries = [
            "unions": [row(2, day(5, 10), [MaterialFile(kind: "批复", path: "assets/p.jpg")]), row(3, day(7, 1), [])],
            "members": [row(2, day(5, 10), [MaterialFile(kind: "批复", path: "assets/p.jpg")])],
        ]
        let ledger = Ledger(name: "unions", file: "Content/ledgers/unions.csv", header: ["名称", "日期", "批复"], rows: [])
        return SiteContent(
            project: project, categories: categories, activities: activities, ledgerEntries: entries,
            ledgers: ["unions": ledger])
    }

    let units = MaterialUnits(content(), asOf: day(11, 30))

    @Test func oneUnitPerWriteUpAndPerRow() {
        #expect(
            units.units.map(\.source) == [
                .activity(slug: "a"), .ledgerRow(ledger: "unions", line: 2), .activity(slug: "b"),
                .ledgerRow(ledger: "unions", line: 3),
            ])
        let row = units.units[1]
        #expect(row.indicatorIDs == ["unions", "members"])
        #expect(row.file == "Content/ledgers/unions.csv")
    }

    @Test func neededIsTheUnionOfScopesPresentNeedsAnExistingFile() {
        let a = units.units[0]
        #expect(a.needed == ["签到表", "照片", "课件"])
        #expect(a.isComplete)
        #expect(a.files.map(\.kind) == ["签到表", "照片", "课件"])
        #expect(a.files[1].files.map(\.path) == ["a/1.jpg", "a/2.jpg"])
        let b = units.units[2]
        #expect(b.needed == ["签到表", "照片"])  // lectures counts 0: not required
        #expect(b.present == ["照片"])
        #expect(b.missing == ["签到表"])
        #expect(units.units[3].missing == ["批复"])  // an empty cell
        // Read in place by position, the same answers.
        for index in units.units.indices {
            #expect(units.isComplete(at: index) == units.units[index].isComplete)
            #expect(units.missing(at: index) == units.units[index].missing)
        }
        #expect(units.units.indices.contains { !units.isComplete(at: $0) })
    }

    @Test func sharesAreExactPerScopeAndKind() {
        let all = units.summary(in: .all)
        #expect(all.counted == 4)
        #expect(all.complete == 2)
        #expect(all.share! == (2, 4))
        #expect(all.shareText == "50.00%")
        #expect(
            all.kinds == [
                .init(kind: "签到表", present: 1, needed: 2), .init(kind: "照片", present: 2, needed: 2),
                .init(kind: "课件", present: 1, needed: 1), .init(kind: "批复", present: 1, needed: 2),
            ])
        let lectures = units.summary(in: .indicator("lectures"))
        #expect(lectures.units.map(\.title) == ["a"])
        #expect(lectures.shareText == "100.00%")
        let visits = units.summary(in: .indicator("visits"))
        #expect(visits.counted == 2)
        #expect(visits.shareText == "50.00%")
        #expect(units.summary(in: .category("组织建设")).units.map(\.title) == ["row2", "row3"])
        #expect(units.summary(in: .indicator("members")).shareText == "100.00%")
    }

    @Test func anEmptyScopeHasNoShare() {
        let early = MaterialUnits(Self.content(), asOf: Self.day(4, 30))
        let summary = early.summary(in: .all)
        #expect(summary.counted == 0)
        #expect(summary.share == nil)
        #expect(summary.shareText == nil)
    }

    @Test func afterTheAsOfDateAUnitCounts() {
        let later = MaterialUnits(Self.content(), asOf: Self.day(12, 31))
        #expect(later.units.map(\.title).contains("late"))
        #expect(!later.units.map(\.title).contains("draft"))
        #expect(later.unit(for: .activity(slug: "late"))?.missing == ["签到表", "照片"])
    }

    @Test func scopesResolveByNameOrID() {
        let categories = Self.content().categories
        #expect(MaterialScope.resolve("全部", categories: categories) == .all)
        #expect(MaterialScope.resolve("ALL", categories: categories) == .all)
        #expect(MaterialScope.resolve("组织建设", categories: categories) == .category("组织建设"))
        #expect(MaterialScope.resolve("宣讲", categories: categories) == .indicator("lectures"))
        #expect(MaterialScope.resolve("visits", categories: categories) == .indicator("visits"))
        #expect(MaterialScope.resolve("宣讲会", categories: categories) == nil)
    }

    /// Files grouped by kind through lists give what the lookup by kind gave (the reference
    /// below), for random files and kinds, repeated kinds included.
    @Test func groupingByKindIsTheLookupByKind() {
        func reference(_ files: [MaterialFile], kinds: [String]) -> [MaterialUnit.KindFiles] {
            var order: [String] = []
            var byKind: [String: [MaterialFile]] = [:]
            for file in files where byKind[file.kind] == nil && !order.contains(file.kind) { order.append(file.kind) }
            for file in files { byKind[file.kind, default: []].append(file) }
            let all = kinds + order.filter { !kinds.contains($0) }
            return all.map { MaterialUnit.KindFiles(kind: $0, files: byKind[$0] ?? []) }
        }
        var generator = SystemRandomNumberGenerator()
        let names = ["签到表", "照片", "批复", "课件", "a"]
        for _ in 0..<500 {
            let files = (0..<Int.random(in: 0...6, using: &generator)).map { index in
                MaterialFile(
                    kind: names.randomElement(using: &generator)!, path: "f\(index).jpg",
                    exists: Bool.random(using: &generator))
            }
            let kinds = (0..<Int.random(in: 0...3, using: &generator)).map { _ in
                names.randomElement(using: &generator)!
            }
            #expect(MaterialUnits.grouped(files, kinds: kinds) == reference(files, kinds: kinds), "\(files) \(kinds)")
        }
    }
}
