import Testing

@testable import HuibaoModel

@Suite("Condensed diagnostics")
struct CondensedDiagnosticsTests {
    func warning(_ line: Int, _ column: Int, code: String = "x", file: String = "a.md") -> Diagnostic {
        .warning(code, "问题\(column)", at: SourcePosition(file: file, line: line, column: column))
    }

    @Test func aFewOnALineStayAsTheyAre() {
        let list = [warning(1, 5), warning(1, 1), warning(1, 3), warning(2, 1, code: "y")]
        #expect(list.condensed() == list.sorted())
    }

    @Test func manyOnALineBecomeOneWithTheCount() {
        let list = (1...37).map { warning(4, $0) } + [warning(4, 2, code: "y")]
        let result = list.condensed()
        #expect(result.count == 2)
        #expect(result[0].message == "问题1（这一行共 37 处同类问题，只列出第一处）")
        #expect(result[1].code == "y")
    }

    @Test func atMostTwentyLinesPerFileAndKindThenOneSummary() {
        let list = (1...100).map { warning($0, 1) } + (1...5).map { warning(100, $0 + 1) }
            + [warning(1, 1, file: "b.md")]
        let result = list.condensed()
        #expect(result.count == 22)
        #expect(result.filter { $0.position.file == "a.md" }.map(\.position.line) == Array(1...21))
        #expect(result[20].message == "还有 85 处同类问题未列出（80 行，从这一行起），第一处：问题1")
    }

    @Test func linearOnHugeInput() {
        let list = (1...200_000).map { warning(1, $0) }
        #expect(list.condensed().count == 1)
    }
}

@Suite("Excerpt window")
struct ExcerptWindowTests {
    @Test func shortLinesAreKeptBlankOnesDropped() {
        #expect(ExcerptWindow.excerpt("电话 13800138000", column: 4) == "电话 13800138000")
        #expect(ExcerptWindow.excerpt("  \t　", column: 1) == nil)
    }

    @Test func longLinesAreCutAroundTheColumn() {
        let line = Substring(String(repeating: "甲", count: 1_000) + "<b>" + String(repeating: "乙", count: 1_000))
        let excerpt = ExcerptWindow.excerpt(line, column: 1_001)
        #expect(excerpt?.hasPrefix("…") == true)
        #expect(excerpt?.hasSuffix("…") == true)
        #expect(excerpt?.contains("甲<b>乙") == true)
        #expect(excerpt.map { $0.unicodeScalars.count } == ExcerptWindow.limit + 2)
        let start = ExcerptWindow.excerpt(line, column: 1)
        #expect(start?.hasPrefix("甲") == true && start?.hasSuffix("…") == true)
        let end = ExcerptWindow.excerpt(line, column: 2_003)
        #expect(end?.hasPrefix("…") == true && end?.hasSuffix("乙") == true)
    }
}
