import Foundation
import HuibaoModel
import HuibaoTestSupport
import Testing

@testable import HuibaoContent

/// A build's parse releases each write-up's bytes once it is read (`parse(releasing:)`): the
/// result is a plain parse's, and the checks on what it keeps are the checks on whole files.
@Suite("Parsing that releases the write-ups' bytes")
struct ContentChecksReleasingTests {
    /// The example, the basic site, every bad-input case and a write-up named with a mobile
    /// number (warned about at its line 1, its bytes trimmed): the same parse, and the same
    /// checks at three dates, excerpts included.
    @Test func sameResultAndSameChecksAsOnWholeFiles() throws {
        var projects: [(String, ContentSnapshot)] = [
            ("example", try ContentLoader.load(source: Fixtures.repositoryRoot)),
            ("basic", try ContentLoader.load(source: Fixtures.site("basic"))),
            ("number in a file name", try Self.withNumberInAFileName()),
        ]
        for name in Fixtures.invalidCases() {
            projects.append((name, try ContentLoader.load(source: try Fixtures.invalid(name))))
        }
        var trimmed = 0
        for (name, snapshot) in projects {
            let whole = ContentParser.parse(snapshot)
            var kept = snapshot
            let released = ContentParser.parse(releasing: &kept)
            #expect(released.diagnostics == whole.diagnostics, "\(name)")
            #expect(released.content == whole.content, "\(name)")
            #expect(released.partial == whole.partial, "\(name)")
            #expect(kept.files.map(\.path) == snapshot.files.map(\.path), "\(name)")
            trimmed += zip(kept.files, snapshot.files).count { $0.bytes != $1.bytes }
            guard let partial = whole.partial else { continue }
            let end = partial.project.period.end
            for asOf in [Day(year: 2025, month: 6, day: 30)!, end, Day(year: 2100, month: 1, day: 1)!] {
                let onKept = ContentChecks.run(partial, snapshot: kept, asOf: asOf)
                #expect(onKept == ContentChecks.run(partial, snapshot: snapshot, asOf: asOf), "\(name) at \(asOf)")
            }
        }
        #expect(trimmed > 20)
    }

    /// What is kept: a clean write-up up to its title line; a write-up with a number the
    /// pre-scan sees, one with a diagnostic, and articles, whole; ledgers and YAML untouched.
    @Test func keepsWhatTheChecksQuote() throws {
        let snapshot = try Self.withNumberInAFileName()
        var kept = snapshot
        _ = ContentParser.parse(releasing: &kept)
        func bytes(_ snapshot: ContentSnapshot, _ path: String) -> [UInt8] {
            snapshot.files.first { $0.path == path }?.bytes ?? []
        }
        // 宣讲.md has a warning of its own (raw HTML): whole.
        #expect(bytes(kept, "activities/2025-05/宣讲.md") == bytes(snapshot, "activities/2025-05/宣讲.md"))
        #expect(
            String(decoding: bytes(kept, "activities/2025-11/13812345678.md"), as: UTF8.self)
                == "---\n标题: 入户走访\n日期: 2025-11-03\n服务类别: 宣传教育\n指标:\n  主题宣讲: 1\n---\n")
        #expect(bytes(kept, "activities/2025-11/phone.md") == bytes(snapshot, "activities/2025-11/phone.md"))
        for path in ["articles/first.md", "project.yml", "indicators.yml", "ledgers/unions.csv"] {
            #expect(bytes(kept, path) == bytes(snapshot, path), "\(path)")
        }
    }

    @Test func frontMatterEndsAsFrontMatterSplitEndsIt() {
        let texts = [
            "---\na: 1\n---\nbody\n", "---  \r\na: 1\r\n...\t\r\nbody", "\u{FEFF}---\na: 1\n---",
            "---\ra: 1\r---\rbody",
            "no front matter\n---\n", "---\nnever closed\n", "---", "",
        ]
        for text in texts {
            let bytes = Array(text.utf8)
            let normalized = String(
                decoding: bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? Array(bytes.dropFirst(3)) : bytes, as: UTF8.self
            )
            .replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n")
            let kept = MarkdownStore.endOfFrontMatter(in: bytes)
            switch FrontMatter.split(normalized) {
            case .success(let split) where split.yaml != nil:
                #expect(kept == MarkdownStore.endOfLine(split.bodyFirstLine - 1, in: bytes), "\(text.debugDescription)")
            default:
                #expect(kept == MarkdownStore.endOfLine(1, in: bytes), "\(text.debugDescription)")
            }
        }
    }

    @Test func linesEndAsTheDecoderEndsThem() {
        let bytes = Array("a\nb\r\nc\rd".utf8)
        #expect(MarkdownStore.endOfLine(1, in: bytes) == 2)
        #expect(MarkdownStore.endOfLine(2, in: bytes) == 5)
        #expect(MarkdownStore.endOfLine(3, in: bytes) == 7)
        #expect(MarkdownStore.endOfLine(4, in: bytes) == bytes.count)
        #expect(MarkdownStore.endOfLine(1, in: Array("x\r".utf8)) == 2)
    }

    /// The basic site with two clean write-ups: one whose file name (its address) is a mobile
    /// number, one with a number in its text.
    static func withNumberInAFileName() throws -> ContentSnapshot {
        var snapshot = try ContentLoader.load(source: Fixtures.site("basic"))
        let writeUp = "---\n标题: 入户走访\n日期: 2025-11-03\n服务类别: 宣传教育\n指标:\n  主题宣讲: 1\n---\n走访困难职工家庭。\n\n第二段。\n"
        let phone = writeUp.replacingOccurrences(of: "第二段。", with: "联系电话 13912345678。")
        snapshot.files.append(.init(path: "activities/2025-11/13812345678.md", bytes: Array(writeUp.utf8)))
        snapshot.files.append(.init(path: "activities/2025-11/phone.md", bytes: Array(phone.utf8)))
        for path in ["activities/2025-11/13812345678.md", "activities/2025-11/phone.md"] {
            snapshot.allPaths.insert(path)
        }
        snapshot.files.sort { $0.path < $1.path }
        return snapshot
    }
}
