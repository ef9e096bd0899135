import Foundation
import HuibaoBuild
import HuibaoModel
import HuibaoSite
import HuibaoTestSupport
import Testing

#if canImport(Glibc)
    import Glibc
#endif

/// Acceptance for attack review findings 1 and 13: random category names, evaluation ids,
/// slugs and file names (dots, slashes, backslashes, NUL, controls, very long, Unicode)
/// never make a build write outside its output, and the output holds exactly the site's
/// files. A fixed seed, so a failure repeats.
@Suite("Random names never write outside the output", .serialized)
struct PathPropertyTests {
    /// SplitMix64: small, fixed and the same on every machine.
    struct Generator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
        mutating func below(_ n: Int) -> Int { Int(next() % UInt64(n)) }
    }

    static let pieces: [String] = [
        "..", ".", "/", "../", "./", "/..", "\\", "\\..\\", "\u{0}", "\u{1}", "\u{1B}[2K", "\t", "\n", "\u{7F}", "\u{85}",
        "#", "?", "%", "%2e%2e", "\"", " ", "\u{3000}", "\u{A0}", "index", "index.html", ".html", "宣讲", "职工服务", "a",
        "B", "é", "e\u{301}", "\u{202E}", "😀", "-", "~", "..victim", String(repeating: "长", count: 90),
        String(repeating: "x", count: 300), "con", "*", ":", "'",
    ]

    static func randomText(_ generator: inout Generator) -> String {
        (0..<(1 + generator.below(5))).map { _ in pieces[generator.below(pieces.count)] }.joined()
    }

    /// `text` as a YAML double-quoted scalar.
    static func yamlQuoted(_ text: String) -> String {
        var result = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": result += "\\\""
            case "\\": result += "\\\\"
            default:
                if scalar.value < 0x20 || scalar.value == 0x7F || (0x80..<0xA0).contains(scalar.value) {
                    result += String(format: "\\x%02X", scalar.value)
                } else {
                    result.unicodeScalars.append(scalar)
                }
            }
        }
        return result + "\""
    }

    /// A file name from `text`: no `/` or NUL, at most 200 bytes.
    static func fileName(_ text: String) -> String {
        var name = String(text.unicodeScalars.map { $0 == "/" || $0 == "\u{0}" ? "_" : Character($0) })
        while name.utf8.count > 200 { name.removeLast() }
        return name + ".md"
    }

    /// Every file below `folder` with its bytes (links as their target text), by relative path.
    static func tree(_ folder: URL, skipping: Set<String>) -> [String: Data] {
        var result: [String: Data] = [:]
        guard let enumerator = FileManager.default.enumerator(atPath: folder.path) else { return [:] }
        while let path = enumerator.nextObject() as? String {
            if skipping.contains(where: { path == $0 || path.hasPrefix($0 + "/") }) { continue }
            let full = folder.appendingPathComponent(path).path
            var status = stat()
            guard lstat(full, &status) == 0 else { continue }
            switch status.st_mode & S_IFMT {
            case S_IFREG: result[path] = FileManager.default.contents(atPath: full) ?? Data()
            case S_IFLNK: result[path] = Data("link:\((try? FileManager.default.destinationOfSymbolicLink(atPath: full)) ?? "")".utf8)
            case S_IFDIR: result[path + "/"] = Data()
            default: result[path] = Data("special".utf8)
            }
        }
        return result
    }

    @Test func twoHundredRandomProjectsStayInsideTheirOutput() throws {
        let asOf = Day(year: 2025, month: 10, day: 20)!
        let basic = Fixtures.site("basic").appendingPathComponent("Content")
        let indicators = try String(contentsOf: basic.appendingPathComponent("indicators.yml"), encoding: .utf8)
        let projectYAML = try String(contentsOf: basic.appendingPathComponent("project.yml"), encoding: .utf8)
        let parent = try Fixtures.temporaryFolder()
        // Files a climbing path would hit: beside the output, above it, in the project.
        for sentinel in ["index.html", "notes.html", "victim/index.html", "victim/notes.html", "out.html", "reports/index.html"] {
            let file = parent.appendingPathComponent(sentinel)
            try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data("precious \(sentinel)".utf8).write(to: file)
        }
        let source = parent.appendingPathComponent("proj")
        try FileManager.default.copyItem(at: basic, to: source.appendingPathComponent("Content"))
        let output = source.appendingPathComponent("public")
        let content = source.appendingPathComponent("Content")
        var generator = Generator(state: 20_261_206)
        var built = 0
        var refused: [String] = []
        for index in 0..<200 {
            let category = Self.randomText(&generator)
            let evaluation = Self.randomText(&generator)
            let slug = Self.randomText(&generator)
            let name = Self.fileName(Self.randomText(&generator))
            let described = "case \(index): category \(category.debugDescription), evaluation \(evaluation.debugDescription), slug \(slug.debugDescription), file \(name.debugDescription)"
            // A fresh project for the case.
            try Data(
                (indicators + "  - 名称: \(Self.yamlQuoted(category))\n    指标:\n      - id: probe\n        name: 探针\n").utf8
            ).write(to: content.appendingPathComponent("indicators.yml"))
            try Data(
                projectYAML.replacingOccurrences(
                    of: "evaluations:\n", with: "evaluations:\n  - id: \(Self.yamlQuoted(evaluation))\n    date: 2025-09-01\n"
                ).utf8
            ).write(to: content.appendingPathComponent("project.yml"))
            let month = content.appendingPathComponent("activities/2025-08")
            try? FileManager.default.removeItem(at: month)
            try FileManager.default.createDirectory(at: month, withIntermediateDirectories: true)
            let slugLine = generator.below(4) == 0 ? "" : "网址: \(Self.yamlQuoted(slug))\n"
            let writeUp = "---\ntitle: 探针\ndate: 2025-08-01\ncategory: 宣传教育\n\(slugLine)counts:\n  lectures: 1\n---\n正文。\n"
            // A name the file system refuses (too long in bytes) is simply not a case.
            if !FileManager.default.createFile(atPath: month.appendingPathComponent(name).path, contents: Data(writeUp.utf8)) {
                continue
            }

            let before = Self.tree(parent, skipping: ["proj/public", "proj/.public.huibao-lock"])
            // A refusal is safe too, but every problem should be a diagnostic at the name.
            let outcome: SiteBuilder.Outcome?
            do {
                outcome = try SiteBuilder.build(BuildOptions(source: source, output: output, asOf: asOf))
            } catch {
                refused.append("\(described): \(error.message)")
                outcome = nil
            }
            let after = Self.tree(parent, skipping: ["proj/public", "proj/.public.huibao-lock"])
            #expect(after == before, "\(described): changed \(Set(after.keys).symmetricDifference(before.keys).sorted())")
            guard let outcome, outcome.written, let project = outcome.project else { continue }
            built += 1
            // Exactly the site's files, each a plain file.
            let expected = Set(
                SitePlan(
                    project.content!, figures: SiteFigures.compute(project.content!, options: SiteOptions(asOf: asOf)),
                    options: SiteOptions(asOf: asOf), templates: project.templates!
                ).paths
                    + [OutputSafety.markerName])
            let files = Self.tree(output, skipping: [])
            #expect(Set(files.keys.filter { !$0.hasSuffix("/") }) == expected, "\(described)")
            #expect(!files.values.contains { $0.starts(with: Data("link:".utf8)) || $0 == Data("special".utf8) })
        }
        #expect(refused.isEmpty, "\(refused)")
        // Enough cases get through to a written site for the second half to mean something.
        #expect(built >= 10, "only \(built) of 200 cases built")
        print("path property test: \(built) of 200 random projects built")
    }
}
