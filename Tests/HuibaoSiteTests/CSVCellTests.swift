import Testing

@testable import HuibaoSite

@Suite("CSV cells")
struct CSVCellTests {
    @Test func figuresStayNumbersTextIsGuarded() {
        #expect(CSVCell.number("-120").field == "-120")
        #expect(CSVCell.number("33.3%").field == "33.3%")
        #expect(CSVCell.number("").field == "")
        #expect(CSVCell.number("-1+2").field == "'-1+2")
        #expect(CSVCell.text("-120").field == "'-120")
        #expect(CSVCell.text("\tx").field == "'\tx")
        #expect(CSVCell.text("\rx").field == "\"'\rx\"")
        #expect(CSVCell.text("＝SUM(A1)").field == "'＝SUM(A1)")
        #expect(CSVCell.text("a,\"b\"").field == "\"a,\"\"b\"\"\"")
        #expect(CSVCell.text("组建工会").field == "组建工会")
    }
}
