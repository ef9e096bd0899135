import Testing

@testable import HuibaoModel

/// documents.md "The archive": file names keep the full title, cleaned by the URL rules and
/// the Windows rules, so the archive unpacks on any system.
@Suite("Archive file names (ArchiveName)")
struct ArchiveNameTests {
    @Test func urlRulesThenWindowsRules() {
        #expect(ArchiveName.clean("新建工会走访 第1次") == "新建工会走访-第1次")
        #expect(ArchiveName.clean("走访：困难职工/复查") == "走访：困难职工复查")  // full-width colon is legal
        #expect(ArchiveName.clean("a:b*c<d>e|f/g") == "abcdefg")
        #expect(ArchiveName.clean("问卷#1?%\\\"") == "问卷1")
        #expect(ArchiveName.clean("会议记录...") == "会议记录")
        #expect(ArchiveName.clean("2025-05-12-宣讲-签到表", suffix: ".jpg") == "2025-05-12-宣讲-签到表.jpg")
        #expect(ArchiveName.clean("总结.", suffix: ".pdf") == "总结..pdf")
    }

    @Test func neverEmptyNorADotSegment() {
        for name in ["", ".", "..", "...", "/", "::", "#?%", "\u{1}", ". ."] {
            let cleaned = ArchiveName.clean(name)
            #expect(!cleaned.isEmpty && cleaned != "." && cleaned != ".." && !cleaned.contains("/"), "\(name) → \(cleaned)")
            #expect(ArchiveName.isLegal(cleaned), "\(name) → \(cleaned)")
        }
    }

    @Test func windowsDeviceNamesAreNeverNames() {
        for name in ["CON", "con", "Prn", "AUX", "nul", "COM1", "com9", "LPT1", "lpt9", "CON.txt", "nul.tar.gz", "COM¹"] {
            #expect(ArchiveName.isDeviceName(name), "\(name)")
            let cleaned = ArchiveName.clean(name)
            #expect(!ArchiveName.isDeviceName(cleaned) && ArchiveName.isLegal(cleaned), "\(name) → \(cleaned)")
        }
        #expect(ArchiveName.clean("CON", suffix: ".csv") == "_CON.csv")
        for name in ["CONSOLE", "COM10", "COM0", "LPT", "console.txt", "内部记录"] {
            #expect(!ArchiveName.isDeviceName(name), "\(name)")
        }
    }

    @Test func longTitlesAreCutAtACharacterKeepingTheExtension() {
        let name = ArchiveName.clean(String(repeating: "长", count: 300), suffix: ".jpg")
        #expect(name.utf8.count <= ArchiveName.maximumBytes)
        #expect(name.hasSuffix("长.jpg"))
    }

    /// SplitMix64, as in the path property tests: a failure repeats.
    struct Generator {
        var state: UInt64
        mutating func below(_ n: Int) -> Int {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return Int((z ^ (z >> 31)) % UInt64(n))
        }
    }

    @Test func randomTextAlwaysGivesALegalName() {
        let pieces = [
            "..", ".", "/", "\\", "\u{0}", "\u{1}", "\t", "\n", "\u{7F}", "\u{85}", "#", "?", "%", "\"", " ", "\u{3000}",
            "\u{A0}", ":", "*", "<", ">", "|", "CON", "nul", "com1", "LPT9", "宣讲", "签到表", "a", "😀", "e\u{301}", "-",
            String(repeating: "长", count: 70), String(repeating: "x", count: 120),
        ]
        var generator = Generator(state: 17)
        for _ in 0..<5000 {
            let text = (0..<(1 + generator.below(6))).map { _ in pieces[generator.below(pieces.count)] }.joined()
            let suffix = generator.below(3) == 0 ? "" : [".jpg", ".PDF", ".", ".tar.gz", ". "][generator.below(5)]
            let name = ArchiveName.clean(text, suffix: suffix)
            #expect(ArchiveName.isLegal(name), "\(text.debugDescription) + \(suffix) → \(name.debugDescription)")
            #expect(name.utf8.count <= ArchiveName.maximumBytes + 8)
        }
    }
}
