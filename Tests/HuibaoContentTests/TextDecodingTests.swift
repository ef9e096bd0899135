import Testing

@testable import HuibaoContent

@Suite struct TextDecodingTests {
    /// 组建日期 in GBK, which GB18030 contains unchanged.
    let gbkFoundingDate: [UInt8] = [0xD7, 0xE9, 0xBD, 0xA8, 0xC8, 0xD5, 0xC6, 0xDA]
    /// 名称 in GBK.
    let gbkName: [UInt8] = [0xC3, 0xFB, 0xB3, 0xC6]

    @Test func plainUTF8() {
        let decoded = TextDecoding.decode(Array("标题: 宣讲\n正文\n".utf8))
        #expect(decoded == DecodedText(text: "标题: 宣讲\n正文\n", encoding: .utf8, hadBOM: false))
    }

    @Test func emptyFileIsEmptyUTF8() {
        #expect(TextDecoding.decode([]) == DecodedText(text: "", encoding: .utf8, hadBOM: false))
    }

    @Test func utf8BOMIsRemoved() {
        let decoded = TextDecoding.decode([0xEF, 0xBB, 0xBF] + Array("名称,日期\n".utf8))
        #expect(decoded == DecodedText(text: "名称,日期\n", encoding: .utf8, hadBOM: true))
    }

    @Test func notepadBOMAndCRLF() {
        let decoded = TextDecoding.decode([0xEF, 0xBB, 0xBF] + Array("---\r\n标题: 宣讲\r\n---\r\n正文".utf8))
        #expect(decoded == DecodedText(text: "---\n标题: 宣讲\n---\n正文", encoding: .utf8, hadBOM: true))
    }

    @Test func loneCRAndMixedEndingsKeepLineCount() throws {
        let decoded = try #require(TextDecoding.decode(Array("a\rb\r\nc\n\r\nd\r".utf8)))
        #expect(decoded.text == "a\nb\nc\n\nd\n")
        #expect(decoded.text.split(separator: "\n", omittingEmptySubsequences: false).count == 6)
    }

    @Test func gbkHeaderWithCRLF() {
        let bytes = gbkName + [0x2C] + gbkFoundingDate + [0x0D, 0x0A] + Array("A,2025/4/8\r\n".utf8)
        let decoded = TextDecoding.decode(bytes)
        #expect(decoded == DecodedText(text: "名称,组建日期\nA,2025/4/8\n", encoding: .gb18030, hadBOM: false))
    }

    @Test func gbkWithoutLineBreak() {
        #expect(TextDecoding.decode(gbkFoundingDate) == DecodedText(text: "组建日期", encoding: .gb18030, hadBOM: false))
    }

    @Test func fourByteGB18030Characters() {
        // À (U+00C0) is 81 30 86 38; 𠀀 (U+20000, CJK Extension B) is 95 32 82 36.
        let bytes: [UInt8] = [0x81, 0x30, 0x86, 0x38, 0x2C, 0x95, 0x32, 0x82, 0x36]
        let decoded = TextDecoding.decode(bytes)
        #expect(decoded == DecodedText(text: "\u{C0},\u{20000}", encoding: .gb18030, hadBOM: false))
    }

    @Test func gb18030ByteOrderMarkIsRemoved() {
        let decoded = TextDecoding.decode([0x84, 0x31, 0x95, 0x33] + gbkName)
        #expect(decoded == DecodedText(text: "名称", encoding: .gb18030, hadBOM: true))
    }

    @Test func neitherEncodingGivesNil() {
        #expect(TextDecoding.decode([0x41, 0xFF, 0x42]) == nil)
        #expect(TextDecoding.decode([0x41, 0x0A, 0x81]) == nil)  // truncated double-byte character
        #expect(TextDecoding.decode([0x81, 0x30, 0x81]) == nil)  // truncated four-byte character
    }

    @Test func firstInvalidLineOfValidUTF8IsNil() {
        #expect(TextDecoding.firstInvalidUTF8Line(Array("一\n二\r\n三".utf8)) == nil)
        #expect(TextDecoding.firstInvalidUTF8Line([0xEF, 0xBB, 0xBF, 0x41]) == nil)
        #expect(TextDecoding.firstInvalidUTF8Line([0xF0, 0x9F, 0x98, 0x80]) == nil)  // 😀
        #expect(TextDecoding.firstInvalidUTF8Line([]) == nil)
    }

    @Test func firstInvalidLineCountsEveryKindOfLineEnding() {
        let prefix = Array("a\nb\r\nc\rd ".utf8)  // lines 1-3 end with LF, CRLF, CR
        #expect(TextDecoding.firstInvalidUTF8Line(prefix + gbkFoundingDate) == 4)
        #expect(TextDecoding.firstInvalidUTF8Line(gbkFoundingDate) == 1)
    }

    @Test func firstInvalidLineFindsIllFormedSequences() {
        #expect(TextDecoding.firstInvalidUTF8Line(Array("ok\n".utf8) + [0xC0, 0x80]) == 2)  // overlong
        #expect(TextDecoding.firstInvalidUTF8Line(Array("ok\nok\n".utf8) + [0xED, 0xA0, 0x80]) == 3)  // surrogate
        #expect(TextDecoding.firstInvalidUTF8Line([0xF4, 0x90, 0x80, 0x80]) == 1)  // above U+10FFFF
        #expect(TextDecoding.firstInvalidUTF8Line(Array("\n\n".utf8) + [0xE7, 0xBB]) == 3)  // truncated at the end
        #expect(TextDecoding.firstInvalidUTF8Line([0xE7, 0x0A, 0x80]) == 1)  // the line break cuts it
    }

    @Test func firstInvalidOffsetAgreesWithTheStandardLibrary() {
        let samples: [[UInt8]] = [
            Array("宣讲团走进产业园区，210名职工参加。😀".utf8),
            [0xE0, 0x9F, 0x80], [0xE0, 0xA0, 0x80], [0xF0, 0x8F, 0xBF, 0xBF], [0xF0, 0x90, 0x80, 0x80],
            [0xF4, 0x8F, 0xBF, 0xBF], [0xF5, 0x80, 0x80, 0x80], [0xC1, 0xBF], [0xC2, 0x80], [0x80], [0xFE],
        ]
        for bytes in samples {
            let valid = String(validating: bytes, as: UTF8.self) != nil
            #expect((TextDecoding.firstInvalidUTF8Offset(bytes) == nil) == valid, "\(bytes)")
        }
    }
}
