import Foundation
import HuibaoModel
import HuibaoTestSupport
import Testing

@testable import HuibaoContent

/// The fast path for plain front matter must give exactly what Yams gives, or nothing.
@Suite("YAML fast path")
struct YAMLFastPathTests {
    /// The fast path's value, checked against Yams' on the same text; nil when it declined.
    @discardableResult
    func compare(_ text: String, firstLine: Int = 2, sourceLocation: SourceLocation = #_sourceLocation) -> YAMLValue? {
        guard let fast = YAMLFastPath.parse(text, file: "a.md", lineOffset: firstLine - 1) else { return nil }
        let yams = YAMLParsing.composed(text, file: "a.md", firstLine: firstLine)
        #expect(yams == .success(fast), "\(text)", sourceLocation: sourceLocation)
        return fast
    }

    @Test func writeUpFrontMatterIsReadByTheFastPathAsByYams() throws {
        let text = """
            title: 建设路街道恒信科技组织建设活动（12）
            date: 2025-04-13
            category: 组织建设
            location: 建设路街道
            participants: 123
            tags: [组织建设, 建设路街道]
            counts:
              unions_established: 1
              members_reported: 12

            """
        let value = try #require(compare(text, firstLine: 2))
        guard case .mapping(let pairs, let position) = value else {
            Issue.record("not a mapping")
            return
        }
        #expect(position == SourcePosition(file: "a.md", line: 2, column: 1))
        #expect(pairs.map(\.key) == ["title", "date", "category", "location", "participants", "tags", "counts"])
    }

    @Test func listsNestingAndChineseKeysAsByYams() throws {
        let cases = [
            "标题: 二十届三中全会精神主题宣讲\n服务企业:\n  - 郑州棉城纺织科技有限公司\n  - 郑州恒润机械\n工作人员:\n- 李静怡\n- 刘思远\n",
            "a: 1\nb:\n  c:\n    d: x y  z\n    e: [ ]\n  f: [1,2 , 3]\ng: h\n",
            "url: https://example.org/a?b=1\nratio: 3:4\nname: 他说\"好\"，'行'\n",
            "title: 标题  \ndate: 2025-05-08   \n\n\n\ncount: 5\n",
            "list: []\nitems:\n    - a\n    - b\nafter: c\n",
            "k: a[1], b{2}\nquote: it's\n",
            "\n\ntitle: late start\n",
        ]
        for text in cases {
            #expect(compare(text) != nil, "\(text)")
        }
    }

    @Test func everythingElseIsLeftToYams() {
        let declined = [
            "title: \"quoted\"\n", "title: 'quoted'\n", "body: |\n  text\n", "a: &x 1\nb: *x\n", "a: !!str 1\n",
            "counts: { lectures: 5 }\n", "a:\nb: 1\n", "a: one\n  two\n", "a:\tb\n", "# comment\na: 1\n",
            "a: 1 # comment\n", "a: 1\na: 2\n", "- a\n- b\n", "just text\n", "a: [b, [c]]\n", "a: [b,]\n",
            "a: -1\n", "? a\n: b\n", "--- \na: 1\n", "a: b: c\n", "a : b\n", "  a: 1\n", "a:\n  - b\n    c\n",
            "a: [b: c]\n", "a: x\u{2028}y\n", "a: \u{FEFF}b\n", "a: \r\n", "a:\n - b\n  - c\n", "",
            "a: x\u{85}y\n", "a: x\u{9F}y\n", "a: x\u{FFFE}y\n", "a: 标题\u{2029}\n", "a: x\u{7F}\n",
        ]
        for text in declined {
            #expect(YAMLFastPath.parse(text, file: "a.md", lineOffset: 0) == nil, "\(text)")
        }
    }

    /// A key written twice is left to Yams, however many keys come between and in whichever
    /// Unicode form (a name typed on a Mac is decomposed); distinct keys, many or Chinese, are not.
    @Test func aKeyWrittenTwiceIsLeftToYams() {
        let many = (1...40).map { "键\($0): \($0)\n" }.joined()
        #expect(compare(many) != nil)
        #expect(compare("佐证材料:\n  签到表: a.jpg\n  照片: b.jpg\n  签到表2: c.jpg\n") != nil)
        for text in [
            many + "键3: again\n", many + "键40: again\n", "键1: 1\n" + many, "caf\u{E9}: 1\ncafe\u{301}: 2\n",
            "佐证材料:\n  签到表: a.jpg\n  照片: b.jpg\n  签到表: c.jpg\n",
        ] {
            #expect(YAMLFastPath.parse(text, file: "a.md", lineOffset: 0) == nil, "\(text)")
        }
    }

    /// Block mappings nested past the limit are in the subset, but the limit still holds:
    /// `YAMLParsing.parse` reports them as Yams' path does.
    @Test func nestingPastTheLimitIsStillAnError() throws {
        let depth = YAMLParsing.maximumDepth + 1
        let text = (0..<depth).map { String(repeating: " ", count: $0) + "k\($0):" }.joined(separator: "\n") + " v\n"
        #expect(YAMLFastPath.parse(text, file: "a.md", lineOffset: 0) != nil)
        guard case .failure(let diagnostic) = YAMLParsing.parse(text, file: "a.md") else {
            Issue.record("no error for \(depth) levels")
            return
        }
        #expect(diagnostic.code == "yaml.too-deep")
    }

    /// Random texts made of YAML's pieces: whenever the fast path takes one, Yams agrees.
    @Test func randomTextsAreReadAsByYams() {
        let pieces = [
            "a", "b", "键", "值", ":", ": ", " ", "  ", "\n", "\n  ", "- ", "-", "[", "]", ", ", ",", "1", "#", "'",
            "\"", "x y", "{", "}", "?", "&", "*", "!", "|", ">", "\t", "。", "~", "---", ".",
        ]
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        func next(_ bound: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((state >> 33) % UInt64(bound))
        }
        var taken = 0
        for _ in 0..<20_000 {
            var text = ["a: ", "键:\n  ", "a:\n- ", "a: [", "b:\n  c: "][next(5)]
            for _ in 0..<next(12) { text += pieces[next(pieces.count)] }
            if compare(text) != nil { taken += 1 }
        }
        #expect(taken > 1_000)
    }

    /// Every YAML and front matter in the repository: the example project, the fixtures and
    /// the fuzzing seeds, each read by the fast path (when it takes it) as by Yams.
    @Test func theRepositorysYAMLIsReadAsByYams() throws {
        var taken = 0
        var texts: [String] = []
        let roots = ["Content", "Tests/Fixtures", "Fuzz/corpus"].map {
            Fixtures.repositoryRoot.appendingPathComponent($0)
        }
        for root in roots {
            guard let files = FileManager.default.enumerator(atPath: root.path) else { continue }
            while let relative = files.nextObject() as? String {
                guard
                    relative.hasSuffix(".md") || relative.hasSuffix(".yml") || relative.hasPrefix("frontmatter/")
                        || relative.hasPrefix("yaml/")
                else { continue }
                guard let data = FileManager.default.contents(atPath: root.path + "/" + relative),
                    let text = TextDecoding.decode([UInt8](data))?.text
                else { continue }
                if case .success(let split) = FrontMatter.split(text), let yaml = split.yaml {
                    texts.append(yaml)
                } else if relative.hasSuffix(".yml") || relative.hasPrefix("yaml/") {
                    texts.append(text)
                }
            }
        }
        for text in texts {
            let normalized = InputHabits.normalize(text, file: "a.md", firstLine: 2).text
            if compare(normalized) != nil { taken += 1 }
        }
        #expect(texts.count > 50)
        #expect(taken > texts.count / 3)
    }
}
