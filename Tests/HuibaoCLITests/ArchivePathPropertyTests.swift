import Foundation
import HuibaoModel
import HuibaoSite
import Testing

@testable import HuibaoBuild

/// Issue 17's acceptance: random item ids, names, titles, kinds and file names never give an
/// archive entry outside its top folder, a name illegal on Windows, or two entries at one path.
/// A fixed seed, so a failure repeats.
@Suite("Random names never leave the archive's top folder")
struct ArchivePathPropertyTests {
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

    static let pieces = [
        "..", ".", "/", "../", "\\", "\\..\\", "\u{0}", "\u{1}", "\t", "\n", "\u{7F}", "\u{85}", "#", "?", "%", "\"", " ",
        "\u{3000}", "\u{A0}", ":", "*", "<", ">", "|", "CON", "nul", "com1", "LPT9", "aux.txt", "宣讲", "签到表", "a", "😀",
        "-", "~", String(repeating: "长", count: 80), String(repeating: "x", count: 200), "index.html", "SHA256SUMS",
    ]

    static func text(_ generator: inout Generator) -> String {
        (0..<(1 + generator.below(4))).map { _ in pieces[generator.below(pieces.count)] }.joined()
    }

    @Test func everyPathIsSafeLegalAndUnique() throws {
        var generator = Generator(state: 2025)
        let day = Day.parse("2025-06-01")!
        for round in 0..<60 {
            let evaluation = Evaluation(id: "midterm", name: Self.text(&generator), kind: .midterm, date: day)
            let project = Project(
                name: Self.text(&generator), client: "甲", provider: "乙",
                period: ServicePeriod(start: Day.parse("2025-04-08")!, end: Day.parse("2026-04-08")!),
                amount: Money.parse("100")!, evaluations: [evaluation])
            let content = SiteContent(project: project, categories: [])
            let sections = (0..<(1 + generator.below(5))).map { _ in
                ArchiveSection(
                    id: Self.text(&generator), name: Self.text(&generator),
                    units: (0..<generator.below(4)).map { _ in
                        ArchiveUnit(
                            date: day, title: Self.text(&generator), kind: .activity(internal: generator.below(3) == 0),
                            materials: (0..<generator.below(4)).map { _ in
                                ArchiveMaterial(
                                    kind: generator.below(2) == 0 ? "照片" : Self.text(&generator),
                                    contentPath: "assets/" + Self.text(&generator) + [".jpg", ".PDF", "", ".", "..jpg"][generator.below(5)])
                            },
                            missing: [])
                    })
            }
            let layout = ArchiveLayout(content: content, evaluation: evaluation, asOf: day, sections: sections, report: [])
            #expect(ArchiveFiles.isSafe(layout.top), "round \(round): top \(layout.top.debugDescription)")
            let paths = layout.folders + layout.files.map(\.path)
            #expect(Set(paths).count == paths.count, "round \(round): two entries at one path in \(paths)")
            for path in paths {
                #expect(ArchiveFiles.isSafe(path), "round \(round): \(path.debugDescription)")
                let whole = layout.top + "/" + path
                #expect(OutputPath.isSafe(whole) && whole.hasPrefix(layout.top + "/"))
                #expect(!path.split(separator: "/").contains { ArchiveName.isDeviceName(String($0)) })
            }
            // Every file's folder is listed (item folders exist, empty ones included).
            for file in layout.files {
                let parts = file.path.split(separator: "/")
                if parts.count > 1 { #expect(layout.folders.contains(parts.dropLast().joined(separator: "/"))) }
            }
        }
    }
}
