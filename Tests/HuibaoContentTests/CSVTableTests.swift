import Testing

@testable import HuibaoContent

@Suite struct CSVTableTests {
    @Test func headerAndRowsWithLines() throws {
        let table = try CSVParser.parse("企业名称,组建日期,信息上报合格\n甲公司,2025/4/8,是\n乙公司,2025-05-01,否\n").get()
        #expect(table.header == ["企业名称", "组建日期", "信息上报合格"])
        #expect(table.headerLine == 1)
        #expect(
            table.rows == [
                CSVRow(line: 2, cells: ["甲公司", "2025/4/8", "是"]), CSVRow(line: 3, cells: ["乙公司", "2025-05-01", "否"]),
            ])
        #expect(table.columnIndex("组建日期") == 1)
        #expect(table.columnIndex(" 组建日期\u{3000}") == 1)
        #expect(table.columnIndex("日期") == nil)
    }

    @Test func noTrailingNewline() throws {
        let table = try CSVParser.parse("a,b\n1,2").get()
        #expect(table.rows == [CSVRow(line: 2, cells: ["1", "2"])])
    }

    @Test func quotedCommasAndDoubledQuotes() throws {
        let table = try CSVParser.parse("名称,备注,金额\n\"甲,乙\",\"他说\"\"好\"\"\",\"1,234.50\"\n").get()
        #expect(table.rows == [CSVRow(line: 2, cells: ["甲,乙", "他说\"好\"", "1,234.50"])])
    }

    @Test func emptyQuotedCellAndQuoteInsideUnquotedCell() throws {
        let table = try CSVParser.parse("a,b,c\n\"\",5\" 屏,x\n").get()
        #expect(table.rows == [CSVRow(line: 2, cells: ["", "5\" 屏", "x"])])
    }

    @Test func embeddedNewlineKeepsTheRowsStartLineAndCountsLaterLines() throws {
        let text = "名称,地址\n甲公司,\"中原区\n建设路1号\n3楼\"\n乙公司,桐柏路\n\n丙公司,\"a\"\n"
        let table = try CSVParser.parse(text).get()
        #expect(
            table.rows == [
                CSVRow(line: 2, cells: ["甲公司", "中原区\n建设路1号\n3楼"]),
                CSVRow(line: 5, cells: ["乙公司", "桐柏路"]),
                CSVRow(line: 7, cells: ["丙公司", "a"]),
            ])
    }

    @Test func cellsAndHeaderTrimmedIncludingIdeographicSpace() throws {
        let table = try CSVParser.parse(" 名称 ,\u{3000}日期\u{3000}\n\t甲公司\u{3000}, \" 2025-04-08 \" \n").get()
        #expect(table.header == ["名称", "日期"])
        #expect(table.rows == [CSVRow(line: 2, cells: ["甲公司", "2025-04-08"])])
    }

    @Test func shortRowsReadEmptyCells() throws {
        let table = try CSVParser.parse("a,b,c\n1\n1,2,3,4\n").get()
        #expect(table.rows[0].cells == ["1"])
        #expect(table.rows[0][0] == "1")
        #expect(table.rows[0][2] == "")
        #expect(table.rows[0][-1] == "")
        #expect(table.rows[1][3] == "4")
        #expect(table.rows[1][4] == "")
    }

    @Test func trailingCommaIsAnEmptyLastCell() throws {
        let table = try CSVParser.parse("a,b,\n1,,\n").get()
        #expect(table.header == ["a", "b", ""])
        #expect(table.rows == [CSVRow(line: 2, cells: ["1", "", ""])])
    }

    @Test func emptyLinesAndExcelEmptyRowsAreSkipped() throws {
        let table = try CSVParser.parse("\n\na,b\n\n1,2\n,\n \u{3000}, \n3,4\n\n").get()
        #expect(table.headerLine == 3)
        #expect(table.rows == [CSVRow(line: 5, cells: ["1", "2"]), CSVRow(line: 8, cells: ["3", "4"])])
    }

    @Test func emptyFileIsAnError() {
        let empty = CSVError(line: 1, column: 1, message: "文件为空（没有表头行）")
        #expect(CSVParser.parse("") == .failure(empty))
        #expect(CSVParser.parse("\n\n") == .failure(empty))
        #expect(CSVParser.parse(",,\n") == .failure(empty))
    }

    @Test func headerOnlyHasNoRows() throws {
        let table = try CSVParser.parse("a,b\n").get()
        #expect(table.header == ["a", "b"])
        #expect(table.rows.isEmpty)
    }

    @Test func unclosedQuoteIsAnErrorAtTheQuote() {
        let text = "名称,备注\n甲公司,好\n乙公司,\"没有结束\n丙公司,x\n"
        let expected = CSVError(line: 3, column: 5, message: "引号未闭合：这个 \" 之后缺少配对的 \"")
        #expect(CSVParser.parse(text) == .failure(expected))
    }

    @Test func unclosedQuoteAfterAMultiLineCell() {
        let text = "a,b\n\"x\ny\",1\n中文,2, \"z\n"
        let expected = CSVError(line: 4, column: 7, message: "引号未闭合：这个 \" 之后缺少配对的 \"")
        #expect(CSVParser.parse(text) == .failure(expected))
    }

    @Test func textAfterAClosingQuoteIsKept() throws {
        let table = try CSVParser.parse("a\n\"abc\"def\n").get()
        #expect(table.rows == [CSVRow(line: 2, cells: ["abcdef"])])
    }

    @Test func strayBOMIsNotPartOfTheFirstHeader() throws {
        let table = try CSVParser.parse("\u{FEFF}名称,日期\n").get()
        #expect(table.columnIndex("名称") == 0)
    }
}

/// What a stray quote, a short row or a doubled header name leave behind (finding 12).
@Suite("CSV notes")
struct CSVNoteTests {
    @Test func aQuoteThatSwallowsLinesWithCommasIsNotedWhereItOpened() throws {
        let table = try CSVParser.parse("a,b\n1,2\n \"x,3\n4,5\n6\",7\n").get()
        #expect(table.rows.count == 2)
        let notes = table.notes.filter { $0.code == "ledger.quote-spans-lines" }
        #expect(notes.map(\.line) == [3])
        #expect(notes.map(\.column) == [2])
        #expect(notes.first?.message.contains("第 5 行") == true)
    }

    @Test func aQuotedCellWithOnlyALineBreakIsFine() throws {
        let table = try CSVParser.parse("a,b\n\"x\ny\",2\n\"p,q\",3\n").get()
        #expect(table.notes.isEmpty)
    }

    @Test func everyRowWithAnotherColumnCountIsWarned() throws {
        let rows = (1...25).map { "r\($0)" }.joined(separator: "\n")
        let table = try CSVParser.parse("a,b\n1,2\n" + rows + "\n3,4,5\n").get()
        let notes = table.notes.filter { $0.code == "ledger.column-count" }
        #expect(notes.map(\.line) == Array(3...28))
        #expect(notes.first?.message == "这一行有 1 列，表头有 2 列；请检查是否多写或少写了逗号，或有没有配对的引号")
        #expect(notes.last?.message.hasPrefix("这一行有 3 列") == true)
    }

    @Test func aDuplicateHeaderNameIsAnErrorAtItsCell() throws {
        let table = try CSVParser.parse("\n名称,日期,名称\nx,y,z\n").get()
        #expect(
            table.notes == [
                CSVNote(
                    line: 2, column: 7, isError: true, code: "ledger.duplicate-column",
                    message: "表头中“名称”出现了两次（第 1 列和第 3 列）；请改名或删掉其中一列")
            ])
    }
}
