import Foundation
import HuibaoModel
import Testing

/// `PathText.isNFC` answers true only for text that Foundation's NFC leaves as it is: the
/// loader skips normalizing such names (tens of thousands of Chinese scans per build).
@Suite struct PathTextTests {
    static let samples = [
        "", "activities/2025-06/签到表.jpg", "报告（终稿）—第2版“定稿”.pdf", "ＡＢＣ１２３.png", "Café.jpg",
        "Cafe\u{301}.jpg", "e\u{301}", "\u{1100}\u{1161}", "가", "が", "か\u{3099}", "\u{212B}", "\u{2000}x", "\u{F900}",
        "\u{302A}", "名字\u{0301}", "㐀㐁", "〇、。《》", "x\u{0300}", "\u{2126}", "ǅ", "\u{0344}",
    ]

    @Test func trueOnlyWhereNormalizingChangesNothing() {
        for text in Self.samples {
            let normalized = text.precomposedStringWithCanonicalMapping
            if PathText.isNFC(text) {
                #expect(
                    Array(normalized.utf8) == Array(text.utf8),
                    "\(text.unicodeScalars.map { String($0.value, radix: 16) })")
            }
        }
    }

    /// Read from the UTF-8 bytes, the answer is the scalars' (every length of encoding, and
    /// random names mixing them).
    @Test func theBytesGiveTheScalarsAnswer() {
        func byScalars(_ text: String) -> Bool {
            text.unicodeScalars.allSatisfy { scalar in
                switch scalar.value {
                case 0..<0x300, 0x2010...0x2027, 0x3000...0x3029, 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xFF01...0xFFEF:
                    return true
                default:
                    return false
                }
            }
        }
        let pieces: [String] = [
            "a", "/", "é", "\u{2FF}", "\u{300}", "\u{7FF}", "\u{800}", "\u{200F}", "\u{2010}", "\u{2027}", "\u{2028}",
            "\u{2FFF}", "\u{3000}", "\u{3029}", "\u{302A}", "\u{33FF}", "\u{3400}", "\u{4DBF}", "\u{4DC0}", "\u{4DFF}",
            "\u{4E00}", "签", "\u{9FFF}", "\u{A000}", "\u{D7FF}", "\u{E000}", "\u{FF00}", "\u{FF01}", "\u{FFEF}",
            "\u{FFF0}", "\u{FFFF}", "\u{10000}", "\u{1F600}", "\u{20000}", "\u{10FFFF}",
        ]
        var generator = SystemRandomNumberGenerator()
        var texts = Self.samples + pieces + pieces.map { "activities/2025-06/" + $0 + ".jpg" }
        for _ in 0..<2000 {
            texts.append(
                (0..<Int.random(in: 1...6, using: &generator)).map { _ in pieces.randomElement(using: &generator)! }
                    .joined())
        }
        for text in texts {
            #expect(
                PathText.isNFC(text) == byScalars(text), "\(text.unicodeScalars.map { String($0.value, radix: 16) })")
        }
    }

    @Test func theUsualNamesNeedNoNormalizing() {
        #expect(PathText.isNFC("activities/2025-06/0618-签到表.jpg"))
        #expect(PathText.isNFC("报告（终稿）—第2版“定稿”.pdf"))
        #expect(PathText.isNFC("ＡＢＣ１２３.png"))
        #expect(PathText.isNFC("Café.jpg"))
        // A Mac's decomposed names, Hangul jamo and a combining voicing mark are normalized.
        #expect(!PathText.isNFC("Cafe\u{301}.jpg"))
        #expect(!PathText.isNFC("\u{1100}\u{1161}"))
        #expect(!PathText.isNFC("か\u{3099}"))
        #expect(!PathText.isNFC("\u{212B}"))
    }

    @Test func joinedIsTheFolderASlashAndTheName() {
        for folder in ["", "activities", "activities/2025/06", "ＡＢＣ", "Cafe\u{301}"] {
            for name in Self.samples where !name.isEmpty {
                let joined = PathText.joined(folder, name)
                let expected = folder.isEmpty ? name : folder + "/" + name
                #expect(Array(joined.utf8) == Array(expected.utf8), "\(folder) + \(name)")
            }
        }
        #expect(PathText.joined("activities/2025/06", "a00003-签到表.jpg") == "activities/2025/06/a00003-签到表.jpg")
        #expect(PathText.joined("a", "") == "a/")
    }

    /// The byte-level helpers answer as their `utf8` counterparts, bridged or native strings alike.
    @Test func theBytesHelpersAnswerAsTheUTF8View() {
        let bridged = NSString(string: "ledgers/工会.csv") as String
        for text in Self.samples + ["ledgers/unions.csv", "ledgers", "submitted/2025-10.json", bridged] {
            #expect(text.withUTF8Bytes { Array($0) } == Array(text.utf8))
            for prefix: StaticString in ["ledgers/", "submitted/", ""] {
                let expected = text.utf8.starts(
                    with: UnsafeBufferPointer(start: prefix.utf8Start, count: prefix.utf8CodeUnitCount))
                #expect(text.hasBytePrefix(prefix) == expected, "\(text) \(prefix)")
            }
        }
        #expect("ledgers/x.csv".hasBytePrefix("ledgers/"))
        #expect(!"ledger".hasBytePrefix("ledgers/"))
    }
}
