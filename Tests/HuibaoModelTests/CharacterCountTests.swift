import Testing

@testable import HuibaoModel

@Suite("字数")
struct CharacterCountTests {
    @Test func specExample() {
        #expect(chineseCharacterCount("宣讲团走进产业园区，210名职工参加。") == 17)
    }

    @Test(arguments: [
        "WeChat", "210", "3.14", "e-mail", "2025-04-08", "12351", "https://example.com/a?b=1", "¥100", "👍",
    ])
    func oneRunCountsOne(text: String) {
        #expect(chineseCharacterCount(text) == 1)
    }

    @Test(arguments: ["", " ", "   ", "\u{3000}\u{3000}", "\n", "\r\n\r\n", "\t \u{A0}\u{2003}\u{2028}\u{3000}\n"])
    func whitespaceCountsZero(text: String) {
        #expect(chineseCharacterCount(text) == 0)
    }

    @Test(arguments: [
        ("ＷｅＣｈａｔ", 6),  // full-width letters, 1 each
        ("１２３５１", 5),
        ("hello world", 2),
        ("Hello,  world!", 2),
        ("使用WeChat群", 4),
        ("使用 WeChat 群", 4),
        ("2025年4月8日", 6),
        ("“你好”——他说…", 9),
        ("‘a’", 3),
        ("A·B", 3),
        ("￥100", 2),  // U+FFE5 is full-width
        ("《工人日报》", 6),
        ("（一）", 3),
        ("(一)", 3),
        ("e.g.中文", 3),
        ("〇", 1),
        ("好👍好", 3),
        ("👨‍👩‍👧", 1),
        ("㐀", 1),  // extension A
        ("𠀀", 1),  // extension B
        ("𪜀", 1),  // extension C
        ("𰀀", 1),  // extension G
        ("豈", 1),  // compatibility ideograph
        ("⽂化", 2),  // Kangxi radical U+2F42 from a PDF copy
        ("a⽂b", 3),
        ("a\u{200B}b", 1),  // zero-width space joins nothing and splits nothing
        ("中\u{200B}文", 2),
        ("\u{FEFF}你好", 2),
        ("a\u{0007}b", 2),
        ("第一段。\n\nSecond paragraph here.\n", 7),
        ("　　宣讲团走进产业园区。", 10),
    ])
    func mixedText(text: String, count: Int) {
        #expect(chineseCharacterCount(text) == count, "\(text)")
    }

    /// The first and last scalar of each range in the spec, and the scalars just outside.
    @Test func rangeBoundaries() {
        #expect(chineseCharacterCount("a\u{3001}b") == 3)  // 、
        #expect(chineseCharacterCount("a\u{303F}b") == 3)
        #expect(chineseCharacterCount("a\u{3040}b") == 1)  // just past the punctuation block
        #expect(chineseCharacterCount("a\u{FF01}b") == 3)  // ！
        #expect(chineseCharacterCount("a\u{FF60}b") == 3)
        #expect(chineseCharacterCount("a\u{FF61}b") == 1)  // half-width ｡ is not full-width
        #expect(chineseCharacterCount("a\u{FFE0}b") == 3)  // ￠
        #expect(chineseCharacterCount("a\u{FFE6}b") == 3)  // ￦
        #expect(chineseCharacterCount("a\u{FFE7}b") == 1)
        #expect(chineseCharacterCount("a\u{4E00}b\u{9FFF}c") == 5)
        #expect(chineseCharacterCount("a\u{2013}b") == 1)  // en dash is not in the list
    }

    /// The count on bytes (cmark's text) equals the count on the string, around the fast
    /// path for U+4E00–U+9FFF (leads E4–E9) and for every other kind of scalar.
    @Test func bytesCountAsTheString() {
        let scalars: [UInt32] = [
            0x41, 0x20, 0x0A, 0xA0, 0x4DFF, 0x4E00, 0x4E01, 0x4FFF, 0x5000, 0x9FFF, 0xA000, 0x3001, 0x3400,
            0x2E80, 0x200B, 0xFE0F, 0xFF0C, 0x1F600, 0x20000, 0x2014, 0xE000, 0x1000, 0x3FFF,
        ]
        var texts = ["", "2025年6月12日，中原区总工会 WeChat 3.14", "a\u{4E00}b\u{9FFF}c\u{A000}"]
        for a in scalars {
            for b in scalars { texts.append("x\(Unicode.Scalar(a)!)\(Unicode.Scalar(b)!)y") }
        }
        for text in texts {
            #expect(chineseCharacterCount(utf8: Array(text.utf8)) == chineseCharacterCount(text), "\(text)")
        }
        // Bytes cut off inside a sequence are counted without reading past the end.
        #expect(chineseCharacterCount(utf8: [0x61, 0xE4]) == 2)
        #expect(chineseCharacterCount(utf8: [0xE4, 0xB8]) == 1)
        #expect(chineseCharacterCount(utf8: [0xF0, 0x9F, 0x98]) == 1)
    }

    @Test func aWholeParagraph() {
        let text = "2025年6月12日，中原区总工会联合乙方在产业园区开展“工会进企业”宣讲，共有210名职工参加，发放资料300余份。"
        #expect(chineseCharacterCount(text) == 51)
        #expect(chineseCharacterCount(String(repeating: text + "\n", count: 100)) == 5_100)
    }
}

@Suite("FullWidthDigits")
struct FullWidthDigitsTests {
    @Test func digitsBecomeASCII() {
        let result = FullWidthDigits.normalize("２０２５-０４-０８")
        #expect(result.text == "2025-04-08")
        #expect(result.changed)
        #expect(FullWidthDigits.normalize("０１２３４５６７８９").text == "0123456789")
        #expect(FullWidthDigits.normalize("¥１,２３４.５０") == (text: "¥1,234.50", changed: true))
    }

    @Test func nothingElseChanges() {
        #expect(FullWidthDigits.normalize("2025-04-08") == (text: "2025-04-08", changed: false))
        #expect(FullWidthDigits.normalize("") == (text: "", changed: false))
        #expect(FullWidthDigits.normalize("一二三ＡＢ％：") == (text: "一二三ＡＢ％：", changed: false))
        #expect(FullWidthDigits.normalize("ＡＢ１％") == (text: "ＡＢ1％", changed: true))
    }
}
