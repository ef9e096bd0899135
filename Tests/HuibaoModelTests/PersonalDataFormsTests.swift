import Testing

@testable import HuibaoModel

/// Finding 2 of the December 2026 attack review: the written forms people type (full-width
/// digits, every kind of space and dash, brackets, other groupings) and the forms a number
/// takes on its way into a page (percent-encoded in a link or a file name).
@Suite("个人信息：各种写法")
struct PersonalDataFormsTests {
    func single(_ text: String) -> PersonalDataMatch? {
        let found = PersonalData.matches(in: text)
        return found.count == 1 ? found[0] : nil
    }

    @Test(arguments: [
        ("１３８００１３８０００", "１３８****８０００"),
        ("138　0013　8000", "138　****　8000"),
        ("138\u{A0}0013\u{A0}8000", "138\u{A0}****\u{A0}8000"),
        ("138.0013.8000", "138.****.8000"),
        ("138．0013．8000", "138．****．8000"),
        ("138–0013–8000", "138–****–8000"),
        ("138－0013－8000", "138－****－8000"),
        ("138 - 0013 - 8000", "138 - **** - 8000"),
        ("(138)0013-8000", "(138)****-8000"),
        ("（138）0013 8000", "（138）**** 8000"),
        ("+86 (138) 0013 8000", "+86 (138) **** 8000"),
        ("1380 0138 000", "138* ***8 000"),
        ("1\u{200B}3800138000", "1\u{200B}38****8000"),
        ("138\u{200B}0013\u{200B}8000", "138\u{200B}****\u{200B}8000"),
        ("138  0013  8000", "138  ****  8000"),
        ("＋８６ １３８００１３８０００", "＋８６ １３８****８０００"),
        ("0086 13800138000", "0086 138****8000"),
        ("138%200013%208000", "138%20****%208000"),
        ("138%E3%80%800013%E3%80%808000", "138%E3%80%80****%E3%80%808000"),
        ("%EF%BC%91%EF%BC%93%EF%BC%98%EF%BC%90%EF%BC%90%EF%BC%91%EF%BC%93%EF%BC%98%EF%BC%90%EF%BC%90%EF%BC%90",
         "%EF%BC%91%EF%BC%93%EF%BC%98****%EF%BC%98%EF%BC%90%EF%BC%90%EF%BC%90"),
    ])
    func mobileForms(text: String, masked: String) throws {
        let match = try #require(single(text))
        #expect(match.kind == .mobile)
        #expect(match.text == text)
        #expect(match.masked == masked)
        #expect(PersonalData.mask(text) == masked)
        #expect(PersonalData.mask("电话" + text + "。") == "电话" + masked + "。")
    }

    @Test(arguments: [
        ("110105 19491231 002X", "110105 ******** 002X"),
        ("110105-19491231-002X", "110105-********-002X"),
        ("1101 0519 4912 3100 2X", "1101 05** **** **00 2X"),
        ("１１０１０５１９４９１２３１００２Ｘ", "１１０１０５********００２Ｘ"),
        ("110105　19491231　002x", "110105　********　002x"),
        ("110105 491231 123", "110105 ****** 123"),
    ])
    func idNumberForms(text: String, masked: String) throws {
        let match = try #require(single(text))
        #expect(match.kind == .idNumber)
        #expect(match.masked == masked)
        #expect(PersonalData.mask("身份证" + text + "。") == "身份证" + masked + "。")
    }

    /// A percent-encoded character before a number is decoded first, so an encoded Chinese
    /// file name (`%E8%AE%BF` is 访) does not make the number look glued to a letter.
    @Test func percentEncodedNeighboursAreDecoded() {
        #expect(PersonalData.mask("activities/%E8%AE%BF13800138000/") == "activities/%E8%AE%BF138****8000/")
        #expect(PersonalData.mask("tel:138%200013%208000") == "tel:138%20****%208000")
        // An encoded letter still glues: `%41` is A.
        #expect(PersonalData.matches(in: "%4113800138000").isEmpty)
        // A `%` that encodes nothing printable is just a character.
        #expect(PersonalData.mask("增长50%13800138000") == "增长50%138****8000")
    }

    @Test func fullWidthLettersGlueLikeASCII() {
        #expect(PersonalData.matches(in: "Ａ13800138000").isEmpty)
        #expect(PersonalData.matches(in: "13800138000ｂ").isEmpty)
        #expect(PersonalData.matches(in: "１３８００１３８０００１").isEmpty)
    }

    @Test(arguments: ["2025年10月13日 14:30", "138 0013 800", "138/0013/8000", "138,0013,8000", "138 --0013 8000"])
    func notNumbers(text: String) {
        #expect(PersonalData.matches(in: text).isEmpty)
    }

    @Test func halfAndFullWidthDigitsMix() {
        #expect(PersonalData.mask("1380013800０") == "138****800０")
    }

    @Test func bracketsWithoutTheirPairStayOutside() {
        #expect(single("（13800138000）")?.text == "13800138000")
        #expect(single("(13800138000")?.text == "13800138000")
    }

    @Test func preScanSeesEveryForm() {
        for text in [
            "１３８００１３８０００", "138　0013　8000", "138%200013%208000", "(138)0013-8000", "138 - 0013 - 8000",
            "1101 0519 4912 3100 2X", "%EF%BC%91%EF%BC%93%EF%BC%98%EF%BC%90%EF%BC%90%EF%BC%91%EF%BC%93%EF%BC%98%EF%BC%90%EF%BC%90%EF%BC%90",
        ] {
            let padded = String(repeating: "汉字文本", count: 9) + text + String(repeating: "汉字", count: 9)
            #expect(PersonalData.mayContainMatch(padded), "\(text)")
            #expect(PersonalData.mayContainMatch(fileBytes: Array(padded.utf8)), "\(text)")
        }
        // GB18030: full-width digits (A3 B1 …) and a full-width space (A1 A1) between ASCII digits.
        let fullWidth: [UInt8] = [0xB5, 0xE7] + (0..<11).flatMap { [0xA3, 0xB0 + UInt8([1, 3, 8, 0, 0, 1, 3, 8, 0, 0, 0][$0])] }
        #expect(PersonalData.mayContainMatch(fileBytes: fullWidth + Array(repeating: 0xB5, count: 40)))
        let spaced: [UInt8] = Array("138".utf8) + [0xA1, 0xA1] + Array("0013".utf8) + [0xA1, 0xA1] + Array("8000".utf8)
        #expect(PersonalData.mayContainMatch(fileBytes: Array(repeating: 0xD6, count: 40) + spaced))
        #expect(!PersonalData.mayContainMatch(String(repeating: "没有号码，2025年。", count: 20)))
    }
}
