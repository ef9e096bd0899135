import HuibaoModel
import Testing

@testable import HuibaoServe

/// What the preview prints after a rebuild: file names cannot carry terminal escapes.
@Suite("Preview output")
struct ServeOutputTests {
    @Test func changedFileNamesAreEscaped() {
        nonisolated(unsafe) var lines: [String] = []
        PreviewServer.report(
            [], site: .broken(html: "", diagnostics: []), milliseconds: 1, changed: ["a\u{1B}]0;x\u{07}\nb.md"],
            say: { lines.append($0) }, warn: { lines.append($0) })
        #expect(lines.count == 1)
        #expect(!lines[0].contains("\u{1B}") && !lines[0].contains("\n"), "\(lines)")
        #expect(lines[0].contains("a\\u{1B}]0;x\\u{07}\\u{0A}b.md"), "\(lines)")
    }
}
