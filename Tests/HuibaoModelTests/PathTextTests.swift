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
}
