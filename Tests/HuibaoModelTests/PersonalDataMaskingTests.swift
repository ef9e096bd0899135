import Testing

@testable import HuibaoModel

@Suite("Personal data: mobile and ID numbers")
struct PersonalDataMaskingTests {
    let asOf = Day(year: 2025, month: 10, day: 20)!

    func found(_ text: String) -> [PersonalDataMatch.Kind] { PersonalData.matches(in: text).map(\.kind) }

    @Test func mobileNumbersStandingAlone() {
        #expect(found("电话13800138000联系") == [.mobile])
        #expect(found("138 0013 8000") == [.mobile])
        #expect(found("+86 138-0013-8000") == [.mobile])
        #expect(found("8613800138000") == [.mobile])
        #expect(found("A13800138000") == [])  // an ASCII letter right before
        #expect(found("138001380001") == [])  // one digit too many
        #expect(found("12800138000") == [])  // 12 is not a mobile prefix
        #expect(found("热线12351") == [])
    }

    @Test func idNumbersWithARealBirthDate() {
        #expect(found("身份证11010519491231002X。") == [.idNumber])
        #expect(found("110105194912310021") == [.possiblyMistypedIDNumber])  // wrong check character
        #expect(found("110105194902310021") == [])  // 1949-02-31 does not exist
        #expect(found("110105203001010021") == [.possiblyMistypedIDNumber])  // born after the as-of date
        #expect(found("110105491231123") == [.idNumber])  // the old 15-digit form
        #expect(found("订单号123456789012345678") == [])
    }

    @Test func masking() {
        #expect(PersonalData.mask("电话13800138000") == "电话138****8000")
        #expect(PersonalData.mask("+86 13800138000") == "+86 138****8000")
        #expect(PersonalData.mask("138-0013-8000") == "138-****-8000")
        #expect(PersonalData.mask("11010519491231002X") == "110105********002X")
        #expect(PersonalData.mask("110105491231123") == "110105******123")
        #expect(PersonalData.mask("甲13800138000乙11010519491231002X丙") == "甲138****8000乙110105********002X丙")
    }

    @Test func positionsAreLinesAndScalarColumns() {
        let matches = PersonalData.matches(in: "第一行\n联系人：13800138000")
        #expect(matches.map(\.line) == [2])
        #expect(matches.map(\.column) == [5])
        #expect(matches.first?.text == "13800138000")
    }

    @Test func arbitraryTextNeverCrashes() {
        var generator = SystemRandomNumberGenerator()
        let alphabet = Array("0123456789 -+Xx86中文\n")
        for _ in 0..<2000 {
            let text = String(
                (0..<Int.random(in: 0..<60, using: &generator)).map { _ in alphabet.randomElement(using: &generator)! })
            let masked = PersonalData.mask(text)
            #expect(PersonalData.matches(in: masked).isEmpty || masked != text)
        }
    }
}
