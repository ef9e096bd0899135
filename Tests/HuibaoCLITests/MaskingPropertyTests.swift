import Foundation
import HuibaoTestSupport
import Testing

/// The acceptance property of issue 14 part B: every written form of a mobile or ID number
/// (the review's and the spec's, and random groupings of the same separators), in every field
/// kind, never appears in a public build, a report, a month report, the archive or a WeChat
/// export (every part of every .zip, .docx and .xlsx unzipped; grepped after percent-decoding,
/// NFKC and removing separators); in a file or folder name, where it cannot
/// be masked, it stops the public build with an error naming it. Fixed seed.
@Suite("遮盖：所有写法、所有位置（property）", .serialized)
struct MaskingPropertyTests {
    /// SplitMix64, so a failure can be replayed from the seed.
    struct Random {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
        mutating func below(_ bound: Int) -> Int { Int(next() % UInt64(bound)) }
        mutating func pick<T>(_ items: [T]) -> T { items[below(items.count)] }
        mutating func chance(_ percent: Int) -> Bool { below(100) < percent }
    }

    /// A number and one way of writing it.
    struct Written {
        var digits: String
        var text: String
    }

    static let separators = [" ", "\u{3000}", "\u{A0}", "\u{200B}", "-", "－", "–", ".", "．", " - ", "  ", "\u{2009}"]

    static func fullWidth(_ text: String) -> String {
        String(
            String.UnicodeScalarView(
                text.unicodeScalars.map { scalar in
                    if ("0"..."9").contains(scalar) || scalar == "X" {
                        return Unicode.Scalar(scalar.value + 0xFEE0)!
                    }
                    return scalar
                }))
    }

    static func group(_ digits: String, _ sizes: [Int], _ random: inout Random, brackets: Bool) -> String {
        var parts: [String] = []
        var rest = Substring(digits)
        for size in sizes {
            parts.append(String(rest.prefix(size)))
            rest = rest.dropFirst(size)
        }
        if !rest.isEmpty { parts.append(String(rest)) }
        var text = ""
        let oneSeparator = random.chance(60) ? random.pick(separators) : nil
        for (index, part) in parts.enumerated() {
            if index == 0 {
                text += brackets ? (random.chance(50) ? "(\(part))" : "（\(part)）") : part
                continue
            }
            // After a bracket the separator is optional: `(138)0013` and `(138) 0013`.
            if !(index == 1 && brackets && random.chance(50)) { text += oneSeparator ?? random.pick(separators) }
            text += part
        }
        return text
    }

    /// The review's and the spec's forms of 138 0013 8000 and 110105 19491231 002X, applied to other digits.
    static func fixedForms(mobile: String, id: String) -> [String] {
        let m = Array(mobile).map(String.init)
        let a = m[0..<3].joined(), b = m[3..<7].joined(), c = m[7..<11].joined()
        let i = Array(id).map(String.init)
        let p = i[0..<6].joined(), d = i[6..<14].joined(), s = i[14..<18].joined()
        return [
            fullWidth(mobile), "\(a).\(b).\(c)", "\(a)\u{3000}\(b)\u{3000}\(c)", "(\(a))\(b)-\(c)", "\(a) \(b) \(c)",
            "\(a)\u{A0}\(b)\u{A0}\(c)", "\(a)–\(b)–\(c)", "\(a)－\(b)－\(c)", "\(a)．\(b)．\(c)",
            m[0..<4].joined() + " " + m[4..<8].joined() + " " + m[8..<11].joined(), "\(a)\u{200B}\(b)\u{200B}\(c)",
            "\(a) - \(b) - \(c)", "+86 \(mobile)", "+86-\(a)-\(b)-\(c)", mobile,
            "\(p) \(d) \(s)", "\(p)-\(d)-\(s)", fullWidth(id), id, id.lowercased(),
            stride(from: 0, to: 18, by: 4).map { i[$0..<min($0 + 4, 18)].joined() }.joined(separator: " "),
        ]
    }

    /// Unique numbers: mobile `15` + 9 digits, ID numbers born on distinct days with a correct check character.
    struct Numbers {
        var next = 0
        mutating func mobile() -> String {
            next += 1
            return "15" + String(format: "%09d", 200_000_000 + next * 7_919)
        }
        mutating func id() -> String {
            next += 1
            let base = "110105" + String(format: "19%02d%02d%02d", 50 + next / 300 % 40, 1 + next / 28 % 12, 1 + next % 28)
                + String(format: "%03d", next % 1000)
            let weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
            let sum = zip(base, weights).reduce(0) { $0 + Int(String($1.0))! * $1.1 }
            return base + ["1", "0", "X", "9", "8", "7", "6", "5", "4", "3", "2"][sum % 11]
        }
    }

    static func randomForm(_ numbers: inout Numbers, _ random: inout Random) -> Written {
        if random.chance(60) {
            let digits = numbers.mobile()
            var text = group(digits, random.pick([[11], [3, 4, 4], [4, 4, 3], [3, 8], [2, 5, 4]]), &random, brackets: random.chance(20))
            if random.chance(20) { text = random.pick(["+86 ", "86-", "+86", "＋８６ "]) + text }
            return Written(digits: digits, text: random.chance(25) ? fullWidth(text) : text)
        }
        let digits = numbers.id()
        let text = group(digits, random.pick([[18], [6, 8, 4], [4, 4, 4, 4, 2], [6, 8]]), &random, brackets: false)
        return Written(digits: digits, text: random.chance(25) ? fullWidth(text) : text)
    }

    static func quoted(_ text: String) -> String { "'" + text + "'" }

    /// The documents that leave the team, each written to `file` in the project by `arguments`
    /// (plus --source, --as-of and --output) and read whole: a .zip, .docx or .xlsx is unzipped
    /// and every part grepped (OutputTexts). The public build is read beside them.
    static let documents: [(file: String, arguments: [String])] = [
        ("report.html", ["report", "midterm"]),
        ("月报-2025-07.html", ["month", "2025-07", "--html"]),
        ("档案.zip", ["archive", "midterm"]),
        ("自评报告.docx", ["report", "midterm", "--docx"]),
        ("月报-2025-07.docx", ["month", "2025-07", "--docx"]),
        // The 评分表 (an --output ending in .xlsx names it; the report goes beside it).
        ("评分表.xlsx", ["report", "midterm", "--xlsx"]),
        // (data/indicators.xlsx needs nothing here: every .xlsx in the public build is unzipped.)
    ]

    @Test func noWrittenFormSurvivesAnyOutput() throws {
        var random = Random(state: 0x14B_2026_1206)
        var numbers = Numbers()
        var planted: [Written] = []
        func form() -> Written {
            let written = Self.randomForm(&numbers, &random)
            planted.append(written)
            return written
        }
        func fixed(_ text: String, _ digits: String) -> Written {
            let written = Written(digits: digits, text: text)
            planted.append(written)
            return written
        }
        let project = try PersonalDataLeakTests.exampleCopy()

        // Phase A: text of every kind (title, place, companies, tags, body, link targets,
        // ledger cells, SVG text), the fixed forms and random ones: masked, the build succeeds.
        var fixedTexts: [Written] = []
        for _ in 0..<2 {
            let mobile = numbers.mobile()
            let id = numbers.id()
            for text in Self.fixedForms(mobile: mobile, id: id) {
                fixedTexts.append(fixed(text, Self.fixedForms(mobile: mobile, id: id).firstIndex(of: text)! < 15 ? mobile : id))
            }
        }
        for index in 0..<8 {
            let svg = form()
            try PersonalDataLeakTests.write(
                "<svg xmlns=\"http://www.w3.org/2000/svg\"><text>联系人 \(svg.text)</text></svg>",
                to: "Content/assets/card\(index).svg", in: project)
            var body = "![联系卡](<../../assets/card\(index).svg>)\n\n"
            body += "电话\(form().text)，[拨打](<tel:\(form().text)>)，[短信](sms:\(form().text.filter { !$0.isWhitespace }))。\n\n"
            for _ in 0..<6 where !fixedTexts.isEmpty { body += "另见 " + fixedTexts.removeFirst().text + "；\n" }
            let extra = """
                地点: \(Self.quoted("中原区 " + form().text))
                服务企业:
                  - \(Self.quoted("联系" + form().text))
                标签:
                  - \(Self.quoted(form().text))

                """
            try PersonalDataLeakTests.write(
                PersonalDataLeakTests.writeUp(title: Self.quoted("回访" + form().text), body: body, extra: extra),
                to: "Content/activities/2025-07/回访\(index).md", in: project)
        }
        var ledger = try String(
            contentsOf: project.appendingPathComponent("Content/ledgers/unions.csv"), encoding: .utf8)
        for index in 0..<6 {
            ledger += "郑州测试\(index)有限公司,建设路街道,2025/5/\(index + 1),10,是,联系人\(form().text)\r\n"
        }
        try ledger.write(to: project.appendingPathComponent("Content/ledgers/unions.csv"), atomically: true, encoding: .utf8)
        let article = project.appendingPathComponent("Content/articles/回访稿.md")
        try PersonalDataLeakTests.write(
            """
            ---
            标题: \(Self.quoted("回访" + form().text))
            日期: 2025-07-10
            状态: 已报送
            ---

            电话 \(form().text)，[拨打](<tel:\(form().text)>)，![图](<../assets/card0.svg>)

            """, to: "Content/articles/回访稿.md", in: project)
        #expect(fixedTexts.isEmpty)

        let output = project.appendingPathComponent("pub")
        let build = try CommandRunner.huibao([
            "build", "--public", "--source", project.path, "--as-of", "2025-10-20", "--output", output.path,
        ])
        try #require(build.status == 0, "\(build.stderr)")
        // Every file of the public build; a zip, .docx or .xlsx in it (data/indicators.xlsx) is
        // unzipped and each part read (OutputTexts).
        var outputs = try OutputTexts.of(folder: output)
        for document in Self.documents {
            let file = project.appendingPathComponent(document.file)
            let made = try CommandRunner.huibao(
                document.arguments + ["--source", project.path, "--as-of", "2025-10-20", "--output", file.path])
            try #require(made.status == 0, "\(document.file): \(made.stderr)")
            outputs.merge(try OutputTexts.of(file: file, as: document.file)) { first, _ in first }
        }
        for document in Self.documents {
            let zipped = OutputTexts.zipExtensions.contains { document.file.hasSuffix("." + $0) }
            #expect(!zipped || outputs.keys.filter { $0.hasPrefix(document.file + "!/") }.count > 3, "\(document.file)")
        }
        // The planted ledger rows reach the archive (masked): its parts are really read.
        let archiveLedgers = outputs.filter { $0.key.hasPrefix("档案.zip!/") && $0.key.contains("台账-") }
        #expect(archiveLedgers.contains { $0.value.contains("郑州测试0有限公司") })
        let wechat = try CommandRunner.huibao(["wechat", article.path, "--source", project.path, "--as-of", "2025-10-20"])
        try #require(wechat.status == 0, "\(wechat.stderr)")
        outputs["wechat"] = wechat.stdout
        #expect(outputs.count > 100)
        let readable = outputs.mapValues { PropertyOutput.digitWindows(PropertyOutput.normalize($0)) }
        var leaks: [String] = []
        for written in planted {
            for (path, windows) in readable where windows.contains(written.digits) {
                leaks.append("“\(written.text)” in \(path)")
            }
        }
        #expect(leaks.isEmpty, "\(leaks.count) leaks: \(leaks.prefix(20))")
        // The grep can fail: it reads every planted form, written as planted or percent-encoded.
        for written in planted {
            let encoded = written.text.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? ""
            for form in [written.text, "：" + encoded + "。"] {
                #expect(PropertyOutput.digitWindows(PropertyOutput.normalize(form)).contains(written.digits), "\(form)")
            }
        }
        #expect(planted.count > 100)

        // Phase B: the same forms in names (a write-up's file or folder, `slug`, an image's
        // file name, an SVG's name): the public build stops with an error naming each.
        let names = try PersonalDataLeakTests.exampleCopy()
        var inNames: [Written] = []
        for index in 0..<4 {
            let file = form(), folder = form(), image = form(), slug = form()
            inNames += [file, folder, image, slug]
            let imageName = "照片\(image.text.replacingOccurrences(of: "/", with: "")).svg"
            try PersonalDataLeakTests.write(
                "<svg xmlns=\"http://www.w3.org/2000/svg\"/>", to: "Content/assets/\(imageName)", in: names)
            try PersonalDataLeakTests.write(
                PersonalDataLeakTests.writeUp(title: "回访\(index)", body: "![照片](<../../../assets/\(imageName)>)"),
                to: "Content/activities/2025-07/组\(folder.text)/回访\(file.text).md", in: names)
            try PersonalDataLeakTests.write(
                PersonalDataLeakTests.writeUp(
                    title: "另一篇\(index)", body: "正文。", extra: "网址: \(Self.quoted("回访/" + slug.text))\n"),
                to: "Content/activities/2025-07/另一篇\(index).md", in: names)
        }
        let refused = try CommandRunner.huibao([
            "build", "--public", "--source", names.path, "--as-of", "2025-10-20", "--output",
            names.appendingPathComponent("pub").path,
        ])
        #expect(refused.status == 1)
        #expect(!FileManager.default.fileExists(atPath: names.appendingPathComponent("pub").path))
        let errors = refused.stderr.split(separator: "\n").filter { $0.contains(": 错误: ") }.map {
            PropertyOutput.normalize(String($0))
        }
        for written in inNames {
            #expect(errors.contains { $0.contains(written.digits) }, "no error for “\(written.text)”: \(refused.stderr)")
        }
    }
}
