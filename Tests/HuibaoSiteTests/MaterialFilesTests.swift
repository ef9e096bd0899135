import HuibaoModel
import Testing

@testable import HuibaoSite

/// Which evidence files a site lists, and which are shown as images: each file once by its
/// bytes, in the order first named (a name written decomposed is a path of its own, so its
/// page's link is there), and images as `lowercased()` told them.
@Suite("Evidence files of a site (MaterialFiles)")
struct MaterialFilesTests {
    static let paths = [
        "activities/2025-05/佐证/0508-签到表.jpg", "activities/2025-05/佐证/0508-现场1.jpg", "assets/unions/批复-0512.PDF",
        "activities/2025-05/佐证/0508-签到表.jpg", "a.JPEG", "assets/b.png", "assets/中/Ä.jpg", "assets/中/a.jpg",
        "assets/z.Png", "assets/x.jpg.txt", "jpg", ".jpg", "assets/ä.jpg", "assets/e\u{301}.jpg",
    ]

    /// The day every write-up here is dated, and the project whose period holds it.
    static let day = Day(year: 2025, month: 5, day: 8)!
    static let project = Project(
        name: "p", client: "c", provider: "v",
        period: ServicePeriod(start: day, end: Day(year: 2026, month: 5, day: 7)!), amount: Money(fen: 1))

    @Test func publishedIsEachExistingFileOfTheTeamsSiteOnce() {
        let day = Self.day
        let project = Self.project
        var activities: [Activity] = []
        for (index, path) in Self.paths.enumerated() {
            var activity = Activity(
                file: "Content/activities/\(index).md", title: "\(index)", date: day, category: "c",
                isDraft: index == 1, slug: "\(index)")
            activity.materials = [
                MaterialFile(kind: "照片", path: path),
                MaterialFile(kind: "签到表", path: "missing/\(index).jpg", exists: false),
            ]
            activities.append(activity)
        }
        let content = SiteContent(project: project, categories: [], activities: activities)
        var all: [String] = []
        for path in Self.paths where !all.contains(where: { Array($0.utf8) == Array(path.utf8) }) { all.append(path) }
        #expect(all.count == Self.paths.count - 1)
        #expect(MaterialFiles.published(content, audience: .team(drafts: true)) == all)
        #expect(MaterialFiles.published(content, audience: .team(drafts: false)) == all.filter { $0 != Self.paths[1] })
        #expect(MaterialFiles.published(content, audience: .publicReaders).isEmpty)
        #expect(MaterialFiles.published(content, audience: .evaluator).isEmpty)
    }

    /// The build links the files before the plan and gives thumbnails to the write-ups' images
    /// only: the first `fromWriteUps` paths are those a write-up names (a ledger row naming one too
    /// leaves it there), the ledger rows' own files come after them.
    @Test func publishedByOriginCountsTheWriteUpsFilesFirst() {
        let day = Self.day
        let project = Self.project
        var activity = Activity(
            file: "Content/activities/a.md", title: "a", date: day, category: "c", isDraft: false, slug: "a")
        activity.materials = [
            MaterialFile(kind: "照片", path: "activities/a.jpg"), MaterialFile(kind: "照片", path: "assets/shared.jpg"),
            MaterialFile(kind: "签到表", path: "activities/gone.jpg", exists: false),
        ]
        let row = LedgerEntry(
            ledger: "unions", line: 2, title: "r", date: day, amount: Quantity(1),
            materials: [
                MaterialFile(kind: "批复", path: "assets/shared.jpg"), MaterialFile(kind: "批复", path: "ledgers/批复.jpg"),
            ])
        let content = SiteContent(
            project: project, categories: [], activities: [activity], ledgerEntries: ["u": [row]])
        let team = MaterialFiles.publishedByOrigin(content, audience: .team(drafts: false))
        #expect(team.paths == ["activities/a.jpg", "assets/shared.jpg", "ledgers/批复.jpg"])
        #expect(team.fromWriteUps == 2)
        #expect(MaterialFiles.published(content, audience: .team(drafts: false)) == team.paths)
        let outside = MaterialFiles.publishedByOrigin(content, audience: .publicReaders)
        #expect(outside.paths.isEmpty && outside.fromWriteUps == 0)
    }

    /// Thousands of write-ups (the files are gathered in runs of 512 on the cores): each
    /// file once, in the order first named, across runs, drafts left out of the team's site.
    @Test func publishedKeepsTheFirstNamingAcrossThousandsOfWriteUps() {
        let day = Self.day
        let project = Self.project
        var activities: [Activity] = []
        for index in 0..<1_500 {
            var activity = Activity(
                file: "Content/activities/\(index).md", title: "\(index)", date: day, category: "c",
                isDraft: index % 11 == 3, slug: "\(index)")
            activity.materials = [
                MaterialFile(kind: "照片", path: "activities/\(index)-照片.jpg"),
                MaterialFile(kind: "签到表", path: "assets/签到表-\(index % 97).jpg"),
                MaterialFile(kind: "照片", path: "activities/\((index * 7) % 1_500)-照片.jpg"),
            ]
            activities.append(activity)
        }
        let content = SiteContent(project: project, categories: [], activities: activities)
        for drafts in [true, false] {
            var expected: [String] = []
            var seen: Set<[UInt8]> = []
            for activity in activities where drafts || !activity.isDraft {
                for file in activity.materials where seen.insert(Array(file.path.utf8)).inserted {
                    expected.append(file.path)
                }
            }
            let published = MaterialFiles.publishedByOrigin(content, audience: .team(drafts: drafts))
            #expect(published.paths == expected)
            #expect(published.fromWriteUps == expected.count)
        }
    }

    @Test func imagesAreJPEGAndPNGByTheirExtensionInAnyCase() {
        for path in Self.paths + [
            "", ".", "a.", "a.jp", "a.gpj", "IMG.JPG", "x/y.jpeg", "a.pngx", "a.ｊｐｇ", ".jpg", "jpg", "a.JpEg", "b.pnG",
            "c.jpgg", "d.xjpg",
        ] {
            let lower = path.lowercased()
            let reference = lower.hasSuffix(".jpg") || lower.hasSuffix(".jpeg") || lower.hasSuffix(".png")
            #expect(MaterialFiles.isImage(path) == reference, "\(path)")
        }
    }
}
