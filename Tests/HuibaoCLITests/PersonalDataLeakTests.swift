import Foundation
import HuibaoTestSupport
import Testing

/// Issue 14 part B (attack review findings 2, 8, 18, 21): personal data never leaks from a
/// public build, a report or a WeChat export, on a copy of the example project.
@Suite("个人信息不外泄（the built binary）", .serialized)
struct PersonalDataLeakTests {
    /// A copy of the example project (Content/ only) in a temporary folder.
    static func exampleCopy() throws -> URL {
        let folder = try Fixtures.temporaryFolder().appendingPathComponent("project")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try FileManager.default.copyItem(
            at: Fixtures.repositoryRoot.appendingPathComponent("Content"), to: folder.appendingPathComponent("Content"))
        return folder
    }

    static func write(_ text: String, to path: String, in project: URL) throws {
        let url = project.appendingPathComponent(path)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: url)
    }

    static func writeUp(title: String = "困难职工回访", body: String, extra: String = "") -> String {
        """
        ---
        标题: \(title)
        日期: 2025-07-10
        服务类别: 生产保障
        指标:
          four_seasons: 1
        \(extra)---

        \(body)

        """
    }

    static func run(_ arguments: [String], in project: URL) throws -> CommandResult {
        try CommandRunner.huibao(arguments + ["--source", project.path, "--as-of", "2025-10-20"])
    }

    /// Every file under `folder`, as text.
    static func texts(in folder: URL) -> [String: String] {
        var result: [String: String] = [:]
        for path in Fixtures.files(in: folder) {
            if let data = FileManager.default.contents(atPath: folder.appendingPathComponent(path).path) {
                result[path] = String(decoding: data, as: UTF8.self)
            }
        }
        return result
    }

    // MARK: Finding 2: names cannot be masked

    @Test func numbersInFileNamesStopThePublicBuildAndTheReport() throws {
        let project = try Self.exampleCopy()
        try Self.write("<svg xmlns=\"http://www.w3.org/2000/svg\"/>", to: "Content/assets/张三13800138000.svg", in: project)
        try Self.write(
            Self.writeUp(body: "![现场照片](../../assets/张三13800138000.svg)\n\n电话 139 0013 9000。"),
            to: "Content/activities/2025-07/回访13700137000.md", in: project)
        let file = "Content/activities/2025-07/回访13700137000.md"

        let check = try Self.run(["check"], in: project)
        #expect(check.status == 0, "\(check.output)")
        let warnings = check.output.split(separator: "\n").filter { $0.contains(file) }.map {
            String($0[$0.range(of: file)!.lowerBound...])
        }
        #expect(
            warnings.contains(
                "\(file):1:1: 警告: 活动记录的网址“activities/2025-07/回访13700137000/”中有手机号“13700137000”：团队网站照原样显示；文件名和网址无法遮盖，生成公开版和评估报告时会报错；请改文件名（或在“网址”中另写一个不含号码的网址）"
            ), "\(warnings)")
        #expect(
            warnings.contains(
                "\(file):9:24: 警告: 图片文件名“assets/张三13800138000.svg”中有手机号“13800138000”：团队网站照原样显示；文件名和网址无法遮盖，生成公开版和评估报告时会报错；请把文件改名（去掉号码），并改正引用它的地方"
            ), "\(warnings)")
        // The number in the text is masked, and says so; the names' numbers are never said to be.
        #expect(warnings.contains { $0.contains("“139 0013 9000”") && $0.contains("会遮盖为“139 **** 9000”") })
        #expect(!check.output.contains("会遮盖为“137****7000”") && !check.output.contains("会遮盖为“138****8000”"))

        // A `slug` with a number: its line says the address cannot be masked, never 会遮盖.
        try Self.write(
            Self.writeUp(title: "另一篇", body: "正文。", extra: "网址: '回访/136 - 0013 - 6000'\n"),
            to: "Content/activities/2025-07/另一篇.md", in: project)
        let slugCheck = try Self.run(["check"], in: project)
        #expect(
            slugCheck.output.contains(
                "Content/activities/2025-07/另一篇.md:7:9: 警告: 活动记录的网址“activities/回访/136---0013---6000/”中有手机号“136---0013---6000”"
            ), "\(slugCheck.output)")
        #expect(!slugCheck.output.contains("会遮盖为“136 - **** - 6000”"))

        let output = project.appendingPathComponent("pub")
        let public_ = try Self.run(["build", "--public", "--output", output.path], in: project)
        #expect(public_.status == 1)
        #expect(
            public_.stderr.contains(
                "\(file):1:1: 错误: 图片文件名“assets/张三13800138000.svg”中有手机号“13800138000”：文件名和网址无法遮盖，所以不生成公开版；请把文件改名（去掉号码），并改正引用它的地方"
            ), "\(public_.stderr)")
        #expect(public_.stderr.contains("错误: 活动记录的网址“activities/2025-07/回访13700137000/”中有手机号“13700137000”"))
        #expect(!public_.stderr.contains("警告: 图片文件名"))  // the warning became the error
        #expect(!FileManager.default.fileExists(atPath: output.path))

        let report = try CommandRunner.huibao([
            "report", "midterm", "--source", project.path, "--output", project.appendingPathComponent("r.html").path,
        ])
        #expect(report.status == 1, "\(report.stderr)")
        #expect(report.stderr.contains("所以不生成评估报告"))
        #expect(!FileManager.default.fileExists(atPath: project.appendingPathComponent("r.html").path))

        // The team's site builds, with the warnings.
        let team = try Self.run(["build", "--output", project.appendingPathComponent("team").path], in: project)
        #expect(team.status == 0, "\(team.stderr)")
    }

    // MARK: Finding 18 and SVG contents

    static let evilSVG = """
        <svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" onload="alert(1)">\
        <script>alert(document.domain)</script><text>王五 13900139000</text>\
        <a xlink:href=" javascript:alert(3)"><rect width="10" height="10" onclick="alert(2)"/></a>\
        <foreignObject><div xmlns="http://www.w3.org/1999/xhtml">x</div></foreignObject></svg>
        """

    @Test func svgScriptsAreRemovedAndItsNumbersMaskedOutsideTheTeam() throws {
        let project = try Self.exampleCopy()
        try Self.write(Self.evilSVG, to: "Content/assets/card.svg", in: project)
        try Self.write(
            Self.writeUp(body: "![联系卡](../../assets/card.svg)"), to: "Content/activities/2025-07/回访.md", in: project)

        let check = try Self.run(["check"], in: project)
        #expect(check.status == 0)
        #expect(
            check.output.contains(
                "Content/assets/card.svg:1:1: 警告: SVG 图片中有可以运行的内容（onload=、<script>、xlink:href=\"javascript:…\"、onclick=、<foreignObject>）：复制到网站和嵌入报告时已去掉；如确需保留，请在 project.yml 中设置 允许原始HTML: 是"
            ), "\(check.output)")
        #expect(check.output.contains("Content/assets/card.svg:1:"))
        #expect(check.output.contains("这里有手机号“13900139000”：团队网站照原样显示，公开版和评估报告中会遮盖为“139****9000”"))

        for (flags, masked) in [(["--public"], true), ([], false)] {
            let output = project.appendingPathComponent(masked ? "pub" : "team")
            let build = try Self.run(["build", "--output", output.path] + flags, in: project)
            #expect(build.status == 0, "\(build.stderr)")
            let svg = try String(contentsOf: output.appendingPathComponent("media/assets/card.svg"), encoding: .utf8)
            for forbidden in ["<script", "onload", "onclick", "javascript", "foreignObject", "alert"] {
                #expect(!svg.contains(forbidden), "\(forbidden) in \(svg)")
            }
            #expect(svg.contains("<text>王五 \(masked ? "139****9000" : "13900139000")</text>"))
            #expect(svg.contains("<rect height=\"10\" width=\"10\"></rect>"))
        }

        // The report embeds the cleaned, masked drawing.
        let reportFile = project.appendingPathComponent("r.html")
        let report = try CommandRunner.huibao([
            "report", "midterm", "--source", project.path, "--as-of", "2025-10-20", "--output", reportFile.path,
        ])
        #expect(report.status == 0, "\(report.stderr)")
        let html = try String(contentsOf: reportFile, encoding: .utf8)
        let embedded = Self.decodedDataURIs(html).joined()
        #expect(embedded.contains("王五 139****9000") && !embedded.contains("<script"), "\(embedded)")

        // Raw HTML allowed: the drawing is published as it is (the numbers still masked).
        let projectFile = project.appendingPathComponent("Content/project.yml")
        try (String(contentsOf: projectFile, encoding: .utf8) + "\n允许原始HTML: 是\n").write(
            to: projectFile, atomically: true, encoding: .utf8)
        let raw = try Self.run(["build", "--public", "--output", project.appendingPathComponent("raw").path], in: project)
        #expect(raw.status == 0, "\(raw.stderr)")
        let svg = try String(
            contentsOf: project.appendingPathComponent("raw/media/assets/card.svg"), encoding: .utf8)
        #expect(svg == Self.evilSVG.replacingOccurrences(of: "13900139000", with: "139****9000"))
    }

    @Test func anSVGThatIsNotXMLStopsThePublicBuildAndIsWarnedAbout() throws {
        let project = try Self.exampleCopy()
        try Self.write("<svg><script>alert(1)</svg>", to: "Content/assets/bad.svg", in: project)
        try Self.write(
            Self.writeUp(body: "![图](../../assets/bad.svg)"), to: "Content/activities/2025-07/回访.md", in: project)
        let check = try Self.run(["check"], in: project)
        #expect(check.status == 0)
        #expect(check.output.contains("Content/assets/bad.svg:1:"), "\(check.output)")
        #expect(check.output.contains("SVG 图片不是有效的 XML"))
        let public_ = try Self.run(["build", "--public", "--output", project.appendingPathComponent("pub").path], in: project)
        #expect(public_.status == 1)
        #expect(
            public_.stderr.contains(
                "Content/activities/2025-07/回访.md:1:1: 错误: SVG 图片 Content/assets/bad.svg 不是有效的 XML"), "\(public_.stderr)")
        let team = try Self.run(["build", "--output", project.appendingPathComponent("team").path], in: project)
        #expect(team.status == 0, "\(team.stderr)")
    }

    /// The text of every `data:…;base64,` URI in `html`.
    static func decodedDataURIs(_ html: String) -> [String] {
        html.components(separatedBy: ";base64,").dropFirst().compactMap { part in
            let encoded = part.prefix { $0.isLetter || $0.isNumber || $0 == "+" || $0 == "/" || $0 == "=" }
            return Data(base64Encoded: String(encoded)).map { String(decoding: $0, as: UTF8.self) }
        }
    }

    // MARK: Finding 8: the staff roster as an indicator's source

    @Test func anIndicatorCountingTheStaffRosterShowsCountsOnlyInPublic() throws {
        let project = try Self.exampleCopy()
        let indicators = project.appendingPathComponent("Content/indicators.yml")
        let text = try String(contentsOf: indicators, encoding: .utf8)
        let added = text.replacingOccurrences(
            of: "    指标:\n      - 编号: unions_established\n",
            with: """
                    指标:
                      - 编号: social_workers
                        名称: 配备专职社工
                        单位: 人
                        目标: 12
                        数据来源:
                          台账: staff
                          计数: 行数
                          日期列: 入职日期
                      - 编号: unions_established

                """)
        #expect(added != text)
        try added.write(to: indicators, atomically: true, encoding: .utf8)
        let names = try String(
            contentsOf: project.appendingPathComponent("Content/ledgers/staff.csv"), encoding: .utf8
        ).split(whereSeparator: \.isNewline).dropFirst().compactMap { $0.split(separator: ",").first.map(String.init) }
        #expect(names.count >= 12 && names.contains("周梦瑶"))

        let output = project.appendingPathComponent("pub")
        let build = try Self.run(["build", "--public", "--output", output.path], in: project)
        #expect(build.status == 0, "\(build.stderr)")
        #expect(!FileManager.default.fileExists(atPath: output.appendingPathComponent("ledgers/staff").path))
        for (path, content) in Self.texts(in: output) {
            for name in names { #expect(!content.contains(name), "\(name) in \(path)") }
            #expect(!content.contains("ledgers/staff"), "a link to the roster's page in \(path)")
        }
        let page = try String(
            contentsOf: output.appendingPathComponent("indicators/social_workers/index.html"), encoding: .utf8)
        #expect(page.contains("人员与经费台账记录") && !page.contains("ledgers/staff"))

        // The team's site still lists them.
        let team = project.appendingPathComponent("team")
        #expect(try Self.run(["build", "--output", team.path], in: project).status == 0)
        let teamLedger = try String(contentsOf: team.appendingPathComponent("ledgers/staff/index.html"), encoding: .utf8)
        #expect(teamLedger.contains("周梦瑶"))
    }

    // MARK: Finding 21: no source file names in public

    @Test func thePublicLedgerPageNamesNoSourceFile() throws {
        let project = try Self.exampleCopy()
        for (flags, shows) in [(["--public"], false), ([], true)] {
            let output = project.appendingPathComponent(shows ? "team" : "pub")
            #expect(try Self.run(["build", "--output", output.path] + flags, in: project).status == 0)
            let page = try String(contentsOf: output.appendingPathComponent("ledgers/unions/index.html"), encoding: .utf8)
            #expect(page.contains("Content/ledgers/unions.csv") == shows)
            #expect(page.contains("共 74 行") || page.contains(" 行。"))
        }
    }

    // MARK: WeChat

    @Test func weChatMasksNumbersInImageNamesAndLinks() throws {
        let project = try Self.exampleCopy()
        let article = project.appendingPathComponent("Content/articles/联系.md")
        try Self.write(
            """
            ---
            标题: 联系我们
            日期: 2025-07-10
            状态: 草稿
            ---

            ![联系人](../assets/%E8%81%94%E7%B3%BB%E4%BA%BA13912341000.svg)

            [拨打](<tel:138 0013 8000>)，或 １３７００１３７０００。

            """, to: "Content/articles/联系.md", in: project)
        let result = try CommandRunner.huibao(["wechat", article.path, "--source", project.path, "--as-of", "2025-10-20"])
        #expect(result.status == 0, "\(result.stderr)")
        let readable = PropertyOutput.digitWindows(PropertyOutput.normalize(result.stdout))
        for number in ["13912341000", "13800138000", "13700137000"] {
            #expect(!readable.contains(number), "\(number) in \(result.stdout)")
        }
        // The local image is a placeholder naming the file (init task), masked like the rest.
        #expect(result.stdout.contains("【此处插入图片：联系人139****1000.svg】"), "\(result.stdout)")
        #expect(result.stderr.contains("公众号格式中已遮盖为“１３７****７０００”"))
    }
}

extension CommandResult {
    /// What the user sees in the terminal: `check` prints its diagnostics on stdout.
    var output: String { stdout + stderr }
}

/// How the property test reads an output: every way a number could still be read in it.
enum PropertyOutput {
    /// The text as written and percent-decoded, each NFKC-normalised, with every separator
    /// and bracket removed and `x` upper-cased (what is left of a number is its digits),
    /// joined by a line break.
    static func normalize(_ text: String) -> String {
        normalizeOne(text) + "\n" + normalizeOne(percentDecode(text))
    }

    static func normalizeOne(_ text: String) -> String {
        let decoded = text.precomposedStringWithCompatibilityMapping
        var result = String.UnicodeScalarView()
        for scalar in decoded.unicodeScalars {
            if scalar.properties.isWhitespace || scalar.properties.generalCategory == .format
                || [
                    "-", ".", "(", ")", "+", "\u{2010}", "\u{2011}", "\u{2012}", "\u{2013}", "\u{2014}", "\u{2212}",
                    "\u{AD}",
                ].contains(scalar)
            {
                continue
            }
            result.append(scalar == "x" ? "X" : scalar)
        }
        return String(result)
    }

    /// Every 11 and 18 characters in a row of a normalised text's runs of digits (and `X`):
    /// the numbers still readable in it (a set, so that many numbers are looked up at once).
    static func digitWindows(_ normalized: String) -> Set<String> {
        var result: Set<String> = []
        var run: [UInt8] = []
        func flush() {
            for length in [11, 18] where run.count >= length {
                for start in 0...(run.count - length) {
                    result.insert(String(decoding: run[start..<start + length], as: UTF8.self))
                }
            }
            run.removeAll(keepingCapacity: true)
        }
        for byte in normalized.utf8 {
            if byte &- UInt8(ascii: "0") < 10 || byte == UInt8(ascii: "X") { run.append(byte) } else { flush() }
        }
        flush()
        return result
    }

    /// Decodes each run of `%XX` that is UTF-8, leaving the rest as it is.
    static func percentDecode(_ text: String) -> String {
        var bytes: [UInt8] = []
        let source = Array(text.utf8)
        var i = 0
        func hex(_ byte: UInt8) -> UInt8? {
            switch byte {
            case 48...57: return byte - 48
            case 65...70: return byte - 55
            case 97...102: return byte - 87
            default: return nil
            }
        }
        while i < source.count {
            if source[i] == UInt8(ascii: "%"), i + 2 < source.count, let high = hex(source[i + 1]),
                let low = hex(source[i + 2])
            {
                bytes.append(high << 4 | low)
                i += 3
            } else {
                bytes.append(source[i])
                i += 1
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}
