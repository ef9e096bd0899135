import Testing

@testable import HuibaoServe

/// The preview ignores editors' temporary files and lists errors before warnings.
@Suite("Editor temporary files and the error page's order")
struct EditorTempFilesTests {
    @Test(arguments: [
        "Content/activities/2026-12/sedK6X7MJ", "Content/activities/.宣讲.md.swp", "Content/activities/4913",
        "Content/activities/~$宣讲.md", "Content/ledgers/.~lock.unions.csv#", "Content/activities/宣讲.md~",
        "Content/activities/#宣讲.md#", "Content/activities/.#宣讲.md", "Content/project.yml.tmp",
    ])
    func temporary(_ path: String) {
        #expect(EditorTempFiles.isTemporary(path))
    }

    @Test(arguments: [
        "Content/activities/2026-12/宣讲.md", "Content/project.yml", "Content/ledgers/unions.csv",
        "Content/assets/sed.jpg", "Content/activities/sedimentary", "Templates/layout.mustache",
    ])
    func kept(_ path: String) {
        #expect(!EditorTempFiles.isTemporary(path))
    }
}
