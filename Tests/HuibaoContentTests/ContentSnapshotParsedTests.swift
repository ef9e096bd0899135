import HuibaoContent
import Testing

/// Which files the loader reads (`ContentSnapshot.isParsed`), compared as bytes: the same
/// answers for Chinese names as for ASCII ones.
@Suite struct ContentSnapshotParsedTests {
    @Test func textFilesInTheirFoldersAreParsedWhateverTheirNames() {
        for path in [
            "project.yml", "indicators.yml", "scoring.yml", "scoring/中期.yml", "scores/midterm.yml",
            "activities/2025-06/宣讲.md", "articles/稿件.md", "months/2025-06.md", "ledgers/工会台账.csv",
            "ledgers/经费.xlsx", "submitted/2025-06.json",
        ] {
            #expect(ContentSnapshot.isParsed(path), "\(path)")
        }
        for path in [
            "activities/2025-06/签到表.jpg", "activities/2025-06/宣讲.md.jpg", "assets/说明.md", "scoring/说明.md",
            "ledgers/~$经费.xlsx", "ledgers/台账.xls", "submitted/2025-06.md", "项目.yml", "activities/2025-06/md",
            "months/说明.txt", "activities.md",
        ] {
            #expect(!ContentSnapshot.isParsed(path), "\(path)")
        }
    }
}
