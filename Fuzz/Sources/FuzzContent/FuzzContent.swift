import Foundation
import HuibaoContent

/// The whole content parser end to end: the input is one activity write-up beside the basic
/// fixture's project.yml, indicators.yml and ledger, so every reader downstream of the front
/// matter (keys, aliases, dates, counts, Markdown, 字数, excerpts) sees it.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let path = "activities/2025-06/fuzz.md"
    let input = ContentSnapshot.File(path: path, bytes: Array(UnsafeBufferPointer(start: data, count: size)))
    let result = ContentParser.parse(ContentSnapshot(files: fixedFiles + [input]))
    for diagnostic in result.diagnostics {
        precondition(diagnostic.position.line >= 1 && diagnostic.position.column >= 1, "position below 1")
        precondition(diagnostic.position.file == "Content/" + path, "the fixed files stay valid")
    }
    precondition((result.content == nil) == result.diagnostics.contains { $0.severity == .error })
    return 0
}

/// The fixture's files other than the write-ups, read once.
private let fixedFiles: [ContentSnapshot.File] = {
    let content = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Tests/Fixtures/sites/basic/Content")
    return ["project.yml", "indicators.yml", "ledgers/unions.csv"].map { path in
        guard let data = FileManager.default.contents(atPath: content.appendingPathComponent(path).path) else {
            fatalError("cannot read the fixture file \(path)")
        }
        return ContentSnapshot.File(path: path, bytes: Array(data))
    }
}()
