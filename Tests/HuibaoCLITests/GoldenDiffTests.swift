import Foundation
import HuibaoTestSupport
import Testing

/// A golden mismatch shows the changed lines with a little context, not only the path.
@Suite("Golden mismatches print a line diff")
struct GoldenDiffTests {
    static let expected = (1...10).map { "第 \($0) 行\n" }.joined()
    static let actual = expected.replacingOccurrences(of: "第 5 行\n", with: "第五行\n")

    @Test func unifiedDiffShowsTheChangedLineWithContext() {
        let diff = LineDiff.unified(expected: Self.expected, actual: Self.actual)
        #expect(
            diff == """
                --- expected
                +++ actual
                @@ -2,7 +2,7 @@
                 第 2 行
                 第 3 行
                 第 4 行
                -第 5 行
                +第五行
                 第 6 行
                 第 7 行
                 第 8 行

                """)
        #expect(LineDiff.unified(expected: Self.expected, actual: Self.expected).isEmpty)
    }

    @Test func addedRemovedAndMissingFinalNewline() {
        #expect(
            LineDiff.unified(expected: "a\nb\n", actual: "a\nc\nb") == """
                --- expected
                +++ actual
                @@ -1,2 +1,3 @@
                 a
                -b
                +c
                +b
                \\ No newline at end of file

                """)
        #expect(
            LineDiff.unified(expected: "a\n", actual: "") == """
                --- expected
                +++ actual
                @@ -1,1 +0,0 @@
                -a

                """)
    }

    @Test func folderComparisonDiffsTheFirstDifferingFiles() throws {
        let expected = try Fixtures.temporaryFolder()
        let actual = try Fixtures.temporaryFolder()
        for folder in [expected, actual] {
            try Data("相同\n".utf8).write(to: folder.appendingPathComponent("same.txt"))
        }
        try Data(Self.expected.utf8).write(to: expected.appendingPathComponent("page.html"))
        try Data(Self.actual.utf8).write(to: actual.appendingPathComponent("page.html"))
        try Data([0xFF, 0x00]).write(to: expected.appendingPathComponent("photo.jpg"))
        try Data([0xFF, 0x01, 0x02]).write(to: actual.appendingPathComponent("photo.jpg"))
        let differences = try Snapshot.compareFoldersIgnoringRecording(actual: actual, expected: expected)
        #expect(differences.count == 2)
        #expect(differences[0].hasPrefix("differs: page.html\n--- expected/page.html\n+++ actual/page.html\n@@"))
        #expect(differences[0].contains("\n-第 5 行\n+第五行\n"))
        #expect(differences[1] == "differs: photo.jpg\nbinary: expected 2 bytes, actual 3 bytes\n")
    }

    @Test func textComparisonShowsADiff() throws {
        let file = try Fixtures.temporaryFolder().appendingPathComponent("golden.txt")
        try Data(Self.expected.utf8).write(to: file)
        let problem = try #require(try Snapshot.compareText(Self.actual, expected: file))
        #expect(problem.contains("\n-第 5 行\n+第五行\n"))
        #expect(try Snapshot.compareText(Self.expected, expected: file) == nil)
    }

    @Test func recordingWritesTheGoldenAndReportsAFailure() throws {
        let folder = try Fixtures.temporaryFolder()
        let file = folder.appendingPathComponent("golden.txt")
        try Data(Self.expected.utf8).write(to: file)
        let problem = try Snapshot.$forcesRecording.withValue(true) {
            try Snapshot.compareText(Self.actual, expected: file)
        }
        #expect(problem == "recorded \(file.path); run again without RECORD_SNAPSHOTS")
        #expect(try String(contentsOf: file, encoding: .utf8) == Self.actual)
        #expect(try Snapshot.compareText(Self.actual, expected: file) == nil)
    }

    @Test func longDiffsAreCutAndLargeFilesStillDiffed() {
        let old = (1...3000).map { "旧 \($0)\n" }.joined()
        let new = (1...3000).map { "新 \($0)\n" }.joined()
        let diff = LineDiff.unified(expected: old, actual: new)
        let lines = diff.split(separator: "\n")
        #expect(lines.count == 201)
        #expect(lines[2] == "@@ -1,3000 +1,3000 @@")
        #expect(lines[3] == "-旧 1")
        #expect(lines[200] == "… 5803 more lines of diff")
    }

    /// As before issue 16, `expected.txt` is compared line by line: a missing final newline or
    /// an empty line written by hand is no difference.
    @Test func expectedLinesIgnoreEmptyLinesAndTheFinalNewline() throws {
        let file = try Fixtures.temporaryFolder().appendingPathComponent("expected.txt")
        try Data("a: 错误: 一\n\nb: 警告: 二".utf8).write(to: file)
        #expect(try Snapshot.compareLines(["a: 错误: 一", "b: 警告: 二"], expected: file) == nil)
        let problem = try #require(try Snapshot.compareLines(["a: 错误: 一", "b: 警告: 三"], expected: file))
        #expect(problem.hasSuffix("@@ -1,2 +1,2 @@\n a: 错误: 一\n-b: 警告: 二\n+b: 警告: 三\n"))
    }
}
