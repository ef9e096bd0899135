import Testing

@testable import HuibaoModel

@Suite("Money: 大写")
struct MoneyCapitalTests {
    /// Every vector in design/chinese-conventions.md and spec/content-format.md.
    @Test(arguments: [
        // chinese-conventions.md, "Vectors"
        ("823825", "捌拾贰万叁仟捌佰贰拾伍元整"),
        ("411912.5", "肆拾壹万壹仟玖佰壹拾贰元伍角整"),
        ("247147.5", "贰拾肆万柒仟壹佰肆拾柒元伍角整"),
        ("164765", "壹拾陆万肆仟柒佰陆拾伍元整"),
        ("617868.75", "陆拾壹万柒仟捌佰陆拾捌元柒角伍分"),
        ("1004.5", "壹仟零肆元伍角整"),
        ("60036", "陆万零叁拾陆元整"),
        ("16409.02", "壹万陆仟肆佰零玖元零贰分"),
        ("1010", "壹仟零壹拾元整"),
        ("100100", "壹拾万零壹佰元整"),
        ("10001000", "壹仟万零壹仟元整"),
        ("100005000", "壹亿零伍仟元整"),
        ("325.04", "叁佰贰拾伍元零肆分"),
        ("100000.05", "壹拾万元零伍分"),
        ("1.01", "壹元零壹分"),
        ("200000000.01", "贰亿元零壹分"),
        ("1100000000", "壹拾壹亿元整"),
        // chinese-conventions.md, the rules' own examples
        ("1409.5", "壹仟肆佰零玖元伍角整"),
        ("6007.14", "陆仟零柒元壹角肆分"),
        ("1680.32", "壹仟陆佰捌拾元零叁角贰分"),
        ("801000", "捌拾万零壹仟元整"),
        ("107000.53", "壹拾万零柒仟元零伍角叁分"),
        ("1000000", "壹佰万元整"),
        ("20000.3", "贰万元零叁角整"),
        ("0.07", "柒分"),
        ("0.5", "伍角整"),
        ("0", "零元整"),
        ("15", "壹拾伍元整"),
        ("100000", "壹拾万元整"),
    ])
    func publishedVectors(amount: String, expected: String) throws {
        let money = try #require(Money.parse(amount))
        #expect(money.capitalized == expected)
    }

    /// Amounts in fen, their digits grouped by 万 with the last two for 角 and 分.
    @Test(arguments: [
        (Int64(11_00), "壹拾壹元整"),  // not 拾壹元整
        (10_00, "壹拾元整"),
        (10, "壹角整"),
        (1, "壹分"),
        (57, "伍角柒分"),
        (100_01, "壹佰元零壹分"),
        (1000_10, "壹仟元零壹角整"),
        (123_4567_89, "壹佰贰拾叁万肆仟伍佰陆拾柒元捌角玖分"),
        (1000_0001_00, "壹仟万零壹元整"),
        (10_5000_0000_00, "壹拾亿零伍仟万元整"),
        (1_0000_0000_0000_00, "壹万亿元整"),
        (1_0005_0000_0000_00, "壹万零伍亿元整"),
        (1_2000_3000_4000_56, "壹万贰仟亿零叁仟万零肆仟元零伍角陆分"),
        (9999_9999_9999_9999_99, "玖仟玖佰玖拾玖万玖仟玖佰玖拾玖亿玖仟玖佰玖拾玖万玖仟玖佰玖拾玖元玖角玖分"),
        (1_0000_0000_0000_0000_00, "壹亿亿元整"),
        (Int64.max, "玖亿贰仟贰佰叁拾叁万柒仟贰佰零叁亿陆仟捌佰伍拾肆万柒仟柒佰伍拾捌元零柒分"),
    ])
    func moreAmounts(fen: Int64, expected: String) {
        #expect(Money(fen: fen).capitalized == expected)
    }

    @Test func negativeAmountsStartWith负() {
        #expect(Money(fen: -1_230).capitalized == "负壹拾贰元叁角整")
        #expect(Money(fen: -7).capitalized == "负柒分")
        #expect(Money(fen: Int64.min).capitalized == "负玖亿贰仟贰佰叁拾叁万柒仟贰佰零叁亿陆仟捌佰伍拾肆万柒仟柒佰伍拾捌元零捌分")
    }

    /// Over many amounts: only the allowed characters, never 整 after 分, one 零 at a time,
    /// and the words read back to the same number.
    @Test func wordsReadBackToTheAmount() {
        let allowed = Set("零壹贰叁肆伍陆柒捌玖拾佰仟万亿元角分整")
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        for round in 0..<20_000 {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            // Mix wide and narrow magnitudes, and amounts rich in zeros.
            let digits = Int(state >> 59) % 16 + 1
            var fen: Int64 = 0
            var bits = state
            for _ in 0..<digits {
                bits = bits &* 2_862_933_555_777_941_757 &+ 3_037_000_493
                let digit: Int64
                if round % 2 == 0 {
                    digit = bits >> 62 == 0 ? Int64((bits >> 32) % 9) + 1 : 0  // three zeros in four
                } else {
                    digit = Int64((bits >> 33) % 10)
                }
                fen = fen * 10 + digit
            }
            let text = Money(fen: fen).capitalized
            #expect(text.allSatisfy { allowed.contains($0) }, "\(fen): \(text)")
            #expect(!text.contains("零零"), "\(fen): \(text)")
            #expect(!text.hasSuffix("分整"), "\(fen): \(text)")
            #expect(!text.contains("零元") || fen == 0, "\(fen): \(text)")
            #expect(!text.contains("零角") && !text.contains("零分"), "\(fen): \(text)")
            #expect(text.hasSuffix("整") == (fen % 10 == 0), "\(fen): \(text)")
            #expect(readBack(text) == fen, "\(fen): \(text)")
        }
    }

    /// A reader of 大写 written for this test, independent of `capitalized`.
    private func readBack(_ text: String) -> Int64? {
        let digitValues: [Character: Int64] = [
            "零": 0, "壹": 1, "贰": 2, "叁": 3, "肆": 4, "伍": 5, "陆": 6, "柒": 7, "捌": 8, "玖": 9,
        ]
        let places: [Character: Int64] = ["拾": 10, "佰": 100, "仟": 1000]
        var above亿: Int64 = 0
        var below亿: Int64 = 0
        var section: Int64 = 0
        var digit: Int64 = 0
        var yuan: Int64 = 0
        var cents: Int64 = 0
        for character in text {
            if let value = digitValues[character] {
                digit = value
            } else if let place = places[character] {
                section += digit * place
                digit = 0
            } else {
                switch character {
                case "万":
                    below亿 += (section + digit) * 10_000
                    section = 0
                    digit = 0
                case "亿":
                    above亿 = (above亿 + below亿 + section + digit) * 100_000_000
                    below亿 = 0
                    section = 0
                    digit = 0
                case "元":
                    yuan = above亿 + below亿 + section + digit
                    digit = 0
                case "角":
                    cents += digit * 10
                    digit = 0
                case "分":
                    cents += digit
                    digit = 0
                case "整":
                    break
                default:
                    return nil
                }
            }
        }
        return yuan * 100 + cents
    }
}

@Suite("Money: parsing and text")
struct MoneyParseTests {
    @Test(arguments: [
        ("823825", Int64(82_382_500)),
        ("411912.5", 41_191_250),
        ("411912.50", 41_191_250),
        ("0.07", 7),
        ("0", 0),
        ("0.00", 0),
        ("-0", 0),
        ("-12.3", -1_230),
        ("¥1,234.50", 123_450),
        ("￥1,234.50", 123_450),
        ("¥ 1,234.50", 123_450),
        ("-¥12.30", -1_230),
        ("¥-12.30", -1_230),
        ("1,234", 123_400),
        ("1,234,567.89", 123_456_789),
        ("123,456", 12_345_600),
        ("(1,234.50)", -123_450),
        ("(¥1,234.50)", -123_450),
        ("( 12 )", -1_200),
        ("  823825\t", 82_382_500),
        ("\u{3000}100\r\n", 10_000),
        ("92233720368547758.07", Int64.max),
        ("-92233720368547758.07", -Int64.max),
    ])
    func accepted(text: String, fen: Int64) {
        #expect(Money.parse(text) == Money(fen: fen))
    }

    @Test(arguments: [
        "", "   ", "abc", "1.234", "0.001", "1,23", "1,2345", "12,34,567", "1234,567", ",123", "1,", "1,,234",
        "01,234", "1.", ".5", "1..2", "1.2.3", "--1", "+1", "(-1)", "-(1)", "(1", "1)", "()", "¥", "¥-", "1 000",
        "1e5", "12元", "１２", "¥¥1", "- 1", "92233720368547758.08", "99999999999999999999", "0x10",
    ])
    func rejected(text: String) {
        #expect(Money.parse(text) == nil, "\(text)")
    }

    @Test func decimalString() {
        #expect(Money(fen: 41_191_250).decimalString == "411912.50")
        #expect(Money(fen: -1_230).decimalString == "-12.30")
        #expect(Money(fen: 7).decimalString == "0.07")
        #expect(Money(fen: -7).decimalString == "-0.07")
        #expect(Money(fen: 0).decimalString == "0.00")
        #expect(Money(yuan: 823_825).decimalString == "823825.00")
        #expect(Money(fen: Int64.min).decimalString == "-92233720368547758.08")
        #expect("\(Money(fen: 1_005))" == "10.05")
    }

    @Test func arithmetic() {
        let a = Money(fen: 1_050)
        let b = Money(yuan: 3)
        #expect(a + b == Money(fen: 1_350))
        #expect(a - b == Money(fen: 750))
        #expect(b - a == Money(fen: -750))
        #expect(-a == Money(fen: -1_050))
        #expect(Money.zero.fen == 0)
        #expect(Money.sum([a, b, Money(fen: -1)]) == Money(fen: 1_349))
        #expect(Money.sum([Money]()) == .zero)
        #expect(Money(fen: -1) < .zero && .zero < Money(fen: 1))
        #expect(
            [Money(yuan: 2), Money(fen: 5), Money(fen: -3)].sorted() == [Money(fen: -3), Money(fen: 5), Money(yuan: 2)])
        var total = Money.zero
        total += a
        total -= Money(fen: 50)
        #expect(total == Money(yuan: 10))
    }
}

@Suite("Money: shares and installments")
struct MoneyShareTests {
    @Test func contractFloorIsRoundedUp() throws {
        let fee = Money(yuan: 823_825)
        let seventyFive = try #require(Percent.parse("75%"))
        #expect(fee.share(seventyFive, roundingUp: true) == Money(fen: 61_786_875))
        #expect(fee.share(seventyFive) == Money(fen: 61_786_875))
    }

    @Test func roundingDownAndUp() {
        let amount = Money(fen: 10_000_001)  // 100000.01
        let third = Percent(hundredths: 3_333)  // exact product: 33330.003333
        #expect(amount.share(third) == Money(fen: 3_333_000))
        #expect(amount.share(third, roundingUp: true) == Money(fen: 3_333_001))
        #expect(Money(fen: 1).share(Percent(hundredths: 5_000)) == .zero)
        #expect(Money(fen: 1).share(Percent(hundredths: 5_000), roundingUp: true) == Money(fen: 1))
        #expect(Money(fen: 999).share(Percent(hundredths: 1)) == .zero)  // 0.0999 fen
        #expect(Money(fen: 999).share(Percent(hundredths: 1), roundingUp: true) == Money(fen: 1))
        #expect(Money(yuan: 200).share(Percent(hundredths: 0)) == .zero)
        #expect(Money(yuan: 200).share(Percent(hundredths: 10_000)) == Money(yuan: 200))
        #expect(Money(yuan: 200).share(Percent(hundredths: 12_550)) == Money(yuan: 251))
    }

    @Test func negativeAmountsRoundTowardMinusInfinity() {
        #expect(Money(fen: -1).share(Percent(hundredths: 5_000)) == Money(fen: -1))
        #expect(Money(fen: -1).share(Percent(hundredths: 5_000), roundingUp: true) == .zero)
        #expect(Money(fen: -1_000).share(Percent(hundredths: 2_500)) == Money(fen: -250))
    }

    @Test func largeAmountsDoNotOverflow() {
        // fen × hundredths is far beyond Int64 here.
        #expect(Money(fen: Int64.max).share(Percent(hundredths: 10_000)) == Money(fen: Int64.max))
        #expect(Money(fen: Int64.max).share(Percent(hundredths: 5_000)) == Money(fen: 4_611_686_018_427_387_903))
        #expect(
            Money(fen: Int64.max).share(Percent(hundredths: 5_000), roundingUp: true)
                == Money(fen: 4_611_686_018_427_387_904))
        #expect(
            Money(fen: 900_000_000_000_000_000).share(Percent(hundredths: 3_333)) == Money(fen: 299_970_000_000_000_000)
        )
    }

    @Test func specExampleRemainderGoesToTheLast() {
        let amounts = Money.allocate(
            Money(fen: 10_000_001),
            shares: [Percent(hundredths: 3_333), Percent(hundredths: 3_333), Percent(hundredths: 3_334)])
        #expect(amounts == [Money(fen: 3_333_000), Money(fen: 3_333_000), Money(fen: 3_334_001)])
        #expect(amounts.map(\.decimalString) == ["33330.00", "33330.00", "33340.01"])
    }

    @Test func contractInstallments() {
        let amounts = Money.allocate(
            Money(yuan: 823_825),
            shares: [Percent(hundredths: 5_000), Percent(hundredths: 3_000), Percent(hundredths: 2_000)])
        #expect(amounts.map(\.decimalString) == ["411912.50", "247147.50", "164765.00"])
        #expect(amounts.map(\.capitalized) == ["肆拾壹万壹仟玖佰壹拾贰元伍角整", "贰拾肆万柒仟壹佰肆拾柒元伍角整", "壹拾陆万肆仟柒佰陆拾伍元整"])
    }

    @Test func allocationEdgeCases() {
        #expect(Money.allocate(Money(yuan: 100), shares: []) == [])
        #expect(Money.allocate(Money(fen: 10_001), shares: [Percent(hundredths: 10_000)]) == [Money(fen: 10_001)])
        // 0.05 in thirds: 0.01, 0.01, and the rest.
        #expect(
            Money.allocate(
                Money(fen: 5),
                shares: [Percent(hundredths: 3_333), Percent(hundredths: 3_333), Percent(hundredths: 3_334)])
                == [Money(fen: 1), Money(fen: 1), Money(fen: 3)])
        // Shares that do not add up to 100 % still allocate the whole total.
        #expect(
            Money.allocate(Money(yuan: 100), shares: [Percent(hundredths: 5_000), Percent(hundredths: 2_000)])
                == [Money(yuan: 50), Money(yuan: 50)])
    }

    @Test func allocationAlwaysAddsUpToTheTotal() {
        let shares = [Percent(hundredths: 1_234), Percent(hundredths: 4_321), Percent(hundredths: 4_445)]
        for fen in stride(from: Int64(0), through: 1_000_000, by: 997) {
            let amounts = Money.allocate(Money(fen: fen), shares: shares)
            #expect(Money.sum(amounts) == Money(fen: fen))
            #expect(amounts[0] == Money(fen: fen * 1_234 / 10_000))
        }
    }
}
