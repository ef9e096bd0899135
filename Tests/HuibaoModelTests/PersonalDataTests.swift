import Testing

@testable import HuibaoModel

@Suite("个人信息：手机号与身份证号")
struct PersonalDataTests {
    let asOf = Day(year: 2025, month: 10, day: 20)!

    func kinds(_ text: String) -> [PersonalDataMatch.Kind] {
        PersonalData.matches(in: text).map(\.kind)
    }

    func texts(_ text: String) -> [String] {
        PersonalData.matches(in: text).map(\.text)
    }

    func mask(_ text: String) -> String { PersonalData.mask(text) }

    // MARK: The spec's examples

    @Test func specExamples() {
        #expect(kinds("电话13800138000联系") == [.mobile])
        #expect(texts("电话13800138000联系") == ["13800138000"])
        #expect(mask("电话13812345678联系") == "电话138****5678联系")
        #expect(mask("+86 13800138000") == "+86 138****8000")
        #expect(mask("11010519491231002X") == "110105********002X")
        #expect(mask("110105491231123") == "110105******123")
        #expect(kinds("订单号123456789012345678") == [])  // no real birth date
    }

    @Test func describeNamesEachKindInChinese() {
        #expect(PersonalData.describe(.mobile) == "手机号")
        #expect(PersonalData.describe(.idNumber) == "身份证号")
        #expect(PersonalData.describe(.possiblyMistypedIDNumber) == "疑似输错的身份证号")
    }

    // MARK: Mobile numbers

    @Test(arguments: [
        ("13800138000", "138****8000"),
        ("19912345678", "199****5678"),
        ("138 0013 8000", "138 **** 8000"),
        ("138-0013-8000", "138-****-8000"),
        ("138 0013-8000", "138 ****-8000"),
        ("1380013 8000", "138**** 8000"),
        ("+8613800138000", "+86138****8000"),
        ("+86 13800138000", "+86 138****8000"),
        ("+86-13800138000", "+86-138****8000"),
        ("+86 138 0013 8000", "+86 138 **** 8000"),
        ("+86-138-0013-8000", "+86-138-****-8000"),
        ("8613800138000", "86138****8000"),
        ("86 138 0013 8000", "86 138 **** 8000"),
        ("86-138-0013-8000", "86-138-****-8000"),
    ])
    func mobileForms(text: String, masked: String) throws {
        let found = PersonalData.matches(in: text)
        try #require(found.count == 1)
        #expect(found[0].kind == .mobile)
        #expect(found[0].text == text)
        #expect(found[0].masked == masked)
        #expect(found[0].range == text.startIndex..<text.endIndex)
        #expect(mask(text) == masked)
    }

    @Test(arguments: 3...9)
    func everySecondDigitFromThreeToNine(second: Int) {
        #expect(kinds("1\(second)800138000") == [.mobile])
    }

    @Test(arguments: ["10800138000", "11800138000", "12800138000", "23800138000", "热线12351", "1380013800"])
    func notMobileNumbers(text: String) {
        #expect(kinds(text) == [])
    }

    @Test(arguments: [
        "A13800138000",  // an order number: a letter right before
        "a13800138000",
        "13800138000B",  // a letter right after
        "138001380001",  // one digit too many
        "013800138000",  // a digit right before
        "No.13800138000x",
        "138--0013 8000",  // at most one dash in a gap
        "138 ,0013 8000",  // a comma is no separator
        "138 0013 80001",  // runs into a digit
        "+86 138001380001",
        "ID13800138000",
    ])
    func mobileMustStandAlone(text: String) {
        #expect(kinds(text) == [])
    }

    @Test(arguments: [
        "电话13800138000联系", "电话：13800138000。", "（13800138000）", "13800138000", " 13800138000 ",
        "手机:13800138000,", "“13800138000”", "tel:13800138000", "13800138000-1", "号码_13800138000",
    ])
    func mobileStandsAloneAmongNonAlphanumerics(text: String) {
        #expect(texts(text) == ["13800138000"])
    }

    @Test func prefixNeedsANumberAfterIt() {
        // `+86` before a number that does not qualify: nothing, not even the part after `86`.
        #expect(kinds("+86 12800138000") == [])
        #expect(kinds("+87 13800138000") == [.mobile])  // not a prefix: the number alone
        #expect(texts("+87 13800138000") == ["13800138000"])
        // A prefix glued to a letter: the number still counts, from `86`.
        #expect(texts("a+8613800138000") == ["8613800138000"])
    }

    // MARK: ID numbers

    @Test(arguments: [
        "11010519491231002X",  // the conventions page's example
        "440304199001011233",
        "320106198511114566",
        "110105200002290013",  // 2000 is a leap year
        "11010519000101001X",  // first day allowed
        "11010520251020001X",  // born on the as-of date
    ])
    func validIDNumbers(text: String) {
        #expect(kinds(text) == [.idNumber])
        #expect(kinds("身份证号：\(text)。") == [.idNumber])
    }

    @Test func lowercaseXIsACheckCharacter() {
        #expect(kinds("11010519491231002x") == [.idNumber])
        #expect(mask("11010519491231002x") == "110105********002x")
    }

    @Test(arguments: ["110105194912310021", "110105194912310020", "440304199001011234", "32010619851111456X"])
    func wrongCheckCharacterIsPossiblyMistyped(text: String) {
        let found = PersonalData.matches(in: text)
        #expect(found.map(\.kind) == [.possiblyMistypedIDNumber])
        #expect(found.first?.masked == String(text.prefix(6)) + "********" + String(text.suffix(4)))
    }

    @Test(arguments: [
        "110105194902310021",  // 1949-02-31 does not exist
        "110105194913010021",  // month 13
        "110105194900010021",  // month 0
        "110105194901000021",  // day 0
        "110105190002290017",  // 1900 is not a leap year
        "110105189912310015",  // before 1900
        "110105210001010021",  // after 2099
        "123456789012345678",  // an order number
        "11010519491231002Y",
    ])
    func noRealBirthDateNoMatch(text: String) {
        #expect(kinds(text) == [])
    }

    /// Finding 9: a birth date after the as-of date (a baby, or a past `--as-of`) still counts.
    @Test func birthDateIsNeverBoundedByTheAsOfDate() {
        #expect(kinds("410102202508010024") == [.idNumber])
        #expect(kinds("110105209912310011").count == 1)
        let id = "110105202510210015"
        #expect(PersonalData.matches(in: id, asOf: Day(year: 2025, month: 10, day: 20)!).count == 1)
        #expect(PersonalData.matches(in: id, asOf: Day(year: 1990, month: 1, day: 1)!).count == 1)
    }

    @Test func fifteenDigitForm() {
        #expect(kinds("110105491231123") == [.idNumber])
        #expect(mask("身份证110105491231123号") == "身份证110105******123号")
        #expect(kinds("110105000229123") == [])  // 1900-02-29 does not exist
        #expect(kinds("110105960229123") == [.idNumber])  // 1996-02-29 does
        #expect(kinds("110105491331123") == [])  // month 13
        #expect(kinds("1101054912311234") == [])  // 16 digits
        #expect(kinds("11010549123112") == [])  // 14 digits
        #expect(kinds("110105491231123X") == [])  // a letter after
    }

    @Test(arguments: [
        "X11010519491231002X",
        "a11010519491231002X",
        "011010519491231002X",
        "11010519491231002X1",
        "11010519491231002XA",
        "1101051949123100211",  // 19 digits
        "11010519491231002",  // 17 digits, no check character
        "x110105491231123",
        "110105491231123a",
    ])
    func idNumberMustStandAlone(text: String) {
        #expect(kinds(text) == [])
    }

    // MARK: Positions

    @Test func linesAndScalarColumns() throws {
        let text = """
            第一行没有号码
            联系人张三，电话13800138000，身份证11010519491231002X。

              +86 138-0013-8000
            👍13912345678 e\u{301}13700137000
            """
        let found = PersonalData.matches(in: text)
        try #require(found.count == 5)
        #expect(found.map(\.kind) == [.mobile, .idNumber, .mobile, .mobile, .mobile])
        #expect(found.map(\.line) == [2, 2, 4, 5, 5])
        // "é" is "e" + U+0301: two scalars, one Character; "👍" is one scalar, two UTF-16 units.
        #expect(found.map(\.column) == [9, 24, 3, 2, 16])
        #expect(
            found.map(\.text) == [
                "13800138000", "11010519491231002X", "+86 138-0013-8000", "13912345678", "13700137000",
            ])
        for match in found { #expect(String(text[match.range]) == match.text) }
    }

    @Test func everyLineEndingCounts() {
        let found = PersonalData.matches(in: "a\r\n中13800138000\rb\n\n 13800138000")
        #expect(found.map(\.line) == [2, 5])
        #expect(found.map(\.column) == [2, 2])
    }

    @Test func adjacentMatchesBothFound() {
        let text = "13800138000，13900139000、11010519491231002X"
        #expect(texts(text) == ["13800138000", "13900139000", "11010519491231002X"])
        #expect(PersonalData.matches(in: text).map(\.column) == [1, 13, 25])
    }

    // MARK: Masking whole texts

    @Test func maskingATextWithSeveralNumbers() {
        let text = """
            困难职工李某，电话13800138000（备用 +86 139-0013-9000），
            身份证号11010519491231002X，其母身份证110105491231123；
            订单号A13800138000、流水号123456789012345678不变。
            """
        let expected = """
            困难职工李某，电话138****8000（备用 +86 139-****-9000），
            身份证号110105********002X，其母身份证110105******123；
            订单号A13800138000、流水号123456789012345678不变。
            """
        #expect(mask(text) == expected)
        #expect(PersonalData.matches(in: expected).isEmpty)
    }

    @Test func overlappingReadingsAreBothMasked() {
        // A 15-digit ID number whose last three digits also start a spaced mobile number.
        let text = "110105491231138 0013 8000"
        #expect(kinds(text) == [.idNumber])  // reported once, as the first reading
        #expect(mask(text) == "110105******138 **** 8000")
        #expect(mask(mask(text)) == mask(text))
        #expect(mask("13800138000 0013 8000") == "138****8000 0013 8000")  // no second reading
    }

    @Test func textWithoutMatchesIsReturnedAsIs() {
        #expect(mask("") == "")
        #expect(mask("没有号码。") == "没有号码。")
        #expect(mask("2025年4月8日，210名职工参加，热线12351。") == "2025年4月8日，210名职工参加，热线12351。")
        #expect(PersonalData.matches(in: "").isEmpty)
    }

    @Test func maskingKeepsOddScalarsAroundMatches() {
        // Combining marks and lone CR around a match are copied scalar for scalar.
        #expect(mask("e\u{301}13800138000\u{301}\r") == "e\u{301}138****8000\u{301}\r")
        #expect(mask("🇨🇳13800138000👍🏽") == "🇨🇳138****8000👍🏽")
    }

    // MARK: Robustness

    @Test(.timeLimit(.minutes(1)))
    func longTextsScanInLinearTime() {
        // Shapes that would make a backtracking matcher slow: long digit runs, many near misses.
        let digits = String(repeating: "1380013800", count: 100_000)
        #expect(kinds(digits) == [])
        let nearMisses = String(repeating: "138 0013 800 +86 1 86-", count: 20_000)
        #expect(kinds(nearMisses) == [])
        // Many matches on one line (masking once appended scalar slices, quadratic in this).
        let many = String(repeating: "电话13800138000，", count: 50_000)
        let found = PersonalData.matches(in: many)
        #expect(found.count == 50_000)
        #expect(found.last?.column == 49_999 * 14 + 3)
        #expect(mask(many) == String(repeating: "电话138****8000，", count: 50_000))
    }

    @Test func randomTextsNeverCrashAndMaskConsistently() {
        var random = SplitMix64(seed: 0x4855_4942_414F)
        let pieces: [String] = [
            "0", "1", "3", "8", "6", "9", "2", "X", "x", "a", "Z", "+", "-", " ", "  ", "\n", "\r", "\r\n", "中", "，",
            "👍", "\u{301}", "é", "\u{0}", "*", "13800138000", "+86 ", "86", "138 0013 8000", "11010519491231002X",
            "110105491231123", "19491231", "20251021", "00229",
        ]
        for _ in 0..<3_000 {
            var text = ""
            for _ in 0..<random.next(below: 40) { text += pieces[random.next(below: pieces.count)] }
            let found = PersonalData.matches(in: text)
            var previousEnd = text.startIndex
            for match in found {
                #expect(match.range.lowerBound >= previousEnd)
                previousEnd = match.range.upperBound
                #expect(String(text[match.range]) == match.text)
                #expect(match.masked.unicodeScalars.count == match.text.unicodeScalars.count)
                let before = text.unicodeScalars[..<match.range.lowerBound]
                let lines = before.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r" })
                let crlf = zip(before, before.dropFirst()).filter { $0 == "\r" && $1 == "\n" }.count
                #expect(match.line == lines.count - crlf)
                #expect(match.column == lines.last!.count + 1)
            }
            let masked = PersonalData.mask(text)
            #expect(masked.unicodeScalars.count == text.unicodeScalars.count)
            #expect(PersonalData.matches(in: masked).isEmpty)
            #expect(PersonalData.mask(masked) == masked)
        }
    }

    /// The pre-scan skips 16 bytes at a time outside digit runs: it must still answer by its
    /// rule for runs and separators at every offset around those 16-byte steps.
    @Test func preScanSkippingAnswersByTheRule() {
        // The rule, said another way: some run of digits joined by gaps of at most 12 bytes
        // that are separators or not ASCII (a file may be GB18030) holds 11 digits. Bytes are
        // read as Latin-1 so that any byte sequence is text.
        func reference(_ bytes: [UInt8]) -> Bool {
            let text = String(String.UnicodeScalarView(bytes.map { Unicode.Scalar($0) }))
            let runs = text.matches(
                of: /[0-9](?:[ \-.()+\u{80}-\u{FF}]{0,12}[0-9])*/.matchingSemantics(.unicodeScalar))
            return runs.contains { run in run.output.unicodeScalars.filter { ("0"..."9").contains($0) }.count >= 11 }
        }
        let filler = Array("职工a/:".utf8)
        let runs = [
            "13800138000", "1380013800", "138 0013 8000", "138-0013-8000", "138  0013 8000", "12345", "9", "0:1",
            "138/0013/8000", "138　0013　8000",
        ]
        var checked = 0
        var found = 0
        for run in runs {
            for offset in 0..<40 {
                for tail in [0, 1, 7, 16, 33] {
                    let bytes =
                        (0..<offset).map { filler[$0 % filler.count] } + Array(run.utf8)
                        + (0..<tail).map { filler[$0 % filler.count] }
                    let expected = reference(bytes)
                    #expect(PersonalData.mayContainMatch(fileBytes: bytes) == expected, "\(run) at \(offset)")
                    checked += 1
                    if expected { found += 1 }
                }
            }
        }
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<2_000 {
            let alphabet = Array("0123456789 -职a".utf8)
            let bytes = (0..<Int.random(in: 0..<80, using: &generator)).map { _ in alphabet.randomElement(using: &generator)! }
            #expect(PersonalData.mayContainMatch(fileBytes: bytes) == reference(bytes), "\(bytes)")
        }
        #expect(checked == runs.count * 40 * 5 && found > 0 && found < checked)
    }

    @Test func randomBytesNeverCrash() {
        var random = SplitMix64(seed: 20_251_020)
        for _ in 0..<500 {
            let bytes = (0..<random.next(below: 200)).map { _ in UInt8(truncatingIfNeeded: random.next()) }
            let text = String(decoding: bytes, as: UTF8.self)
            let masked = PersonalData.mask(text)
            #expect(masked.unicodeScalars.count == text.unicodeScalars.count)
        }
    }
}

/// A small deterministic generator, so a failing random case can be replayed.
private struct SplitMix64 {
    var state: UInt64
    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    mutating func next(below bound: Int) -> Int { Int(next() % UInt64(bound)) }
}
