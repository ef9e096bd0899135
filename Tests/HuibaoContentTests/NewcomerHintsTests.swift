import Foundation
import HuibaoModel
import Testing

@testable import HuibaoContent

/// The newcomer walkthrough's messages: a count that lost its indentation is an error, a
/// missing space after a colon is named, names are suggested by containment or listed, a
/// Windows path says to copy the photo, and an untouched write-up is a warning.
@Suite("Hints a newcomer needs")
struct NewcomerHintsTests {
    static let project = (
        "project.yml",
        "name: p\nclient: c\nprovider: v\nperiod: {start: 2026-07-01, end: 2027-06-30}\namount: 100\n"
    )
    static let indicators = (
        "indicators.yml",
        """
        categories:
          - name: 维权服务
            indicators:
              - id: legal_consult
                name: 职工法律咨询进企业
                target: 3
              - id: mediation
                name: 劳动争议调解
                target: 5
          - name: 关爱服务
            indicators:
              - id: visits
                name: 困难职工走访
                target: 10

        """
    )

    static func diagnostics(_ writeUp: String, files: [(String, String)] = []) -> [Diagnostic] {
        let all = [project, indicators, ("activities/2026-11/a.md", writeUp)] + files
        return ContentParser.parse(
            ContentSnapshot(files: all.map { .init(path: $0.0, bytes: Array($0.1.utf8)) })
        ).diagnostics
    }

    static func writeUp(_ frontMatter: String, body: String = "活动经过。") -> String {
        "---\ntitle: 法律咨询\ndate: 2026-11-12\ncategory: 维权服务\n\(frontMatter)---\n\n\(body)\n"
    }

    @Test func aCountThatLostItsIndentationIsAnError() throws {
        let found = Self.diagnostics(Self.writeUp("counts:\nlegal_consult: 1\n"))
        let diagnostic = try #require(found.first { $0.code == "key.misplaced" }, "\(found.map(\.formatted))")
        #expect(diagnostic.severity == .error)
        #expect(diagnostic.position.line == 6)
        #expect(diagnostic.message.contains("是不是忘了在前面空两格？"))
        #expect(!found.contains { $0.code == "key.unknown" })
        // By name too.
        let byName = Self.diagnostics(Self.writeUp("指标:\n职工法律咨询进企业: 1\n"))
        #expect(byName.contains { $0.code == "key.misplaced" && $0.severity == .error })
    }

    @Test func aMissingSpaceAfterTheColonIsNamed() throws {
        let found = Self.diagnostics(Self.writeUp("counts:\n  legal_consult:1\n"))
        let diagnostic = try #require(found.first { $0.code == "type.mapping" }, "\(found.map(\.formatted))")
        #expect(diagnostic.message.hasSuffix("冒号后面要加一个空格，写成“legal_consult: 1”"), "\(diagnostic.message)")
    }

    @Test func categoriesAreSuggestedByContainmentOrListed() throws {
        let contained = Self.diagnostics(Self.writeUp("").replacingOccurrences(of: "category: 维权服务", with: "category: 维权"))
        #expect(contained.contains { $0.code == "category.unknown" && $0.message.hasSuffix("；是不是“维权服务”？") })
        let unrelated = Self.diagnostics(Self.writeUp("").replacingOccurrences(of: "category: 维权服务", with: "category: 宣传"))
        #expect(
            unrelated.contains { $0.code == "category.unknown" && $0.message.hasSuffix("；可以用：维权服务、关爱服务") },
            "\(unrelated.map(\.formatted))")
    }

    @Test func indicatorsAreSuggestedByContainmentOrListed() {
        let contained = Self.diagnostics(Self.writeUp("指标:\n  法律咨询: 1\n"))
        #expect(
            contained.contains { $0.code == "indicator.unknown" && $0.message.hasSuffix("；是不是“职工法律咨询进企业”？") },
            "\(contained.map(\.formatted))")
        let unrelated = Self.diagnostics(Self.writeUp("指标:\n  技能竞赛: 1\n"))
        #expect(
            unrelated.contains {
                $0.code == "indicator.unknown" && $0.message.hasSuffix("；可以用：职工法律咨询进企业、劳动争议调解、困难职工走访")
            }, "\(unrelated.map(\.formatted))")
    }

    @Test func aWindowsPathSaysToCopyThePhoto() {
        for path in [#"C:\Users\shegong\Desktop\微信图片.jpg"#, "D:/照片/1.jpg", "file:///C:/a.jpg"] {
            let found = Self.diagnostics(Self.writeUp("counts:\n  legal_consult: 1\n", body: "![照片](\(path))"))
            #expect(
                found.contains { $0.code == "image.missing" && $0.message.contains("请把照片复制到 Content/assets/") },
                "\(path): \(found.map(\.formatted))")
        }
        #expect(!BodyRenderer.isComputerPath("assets/a.jpg"))
        #expect(!BodyRenderer.isComputerPath("../../assets/c:.jpg"))
    }

    @Test func anUntouchedWriteUpIsAWarning() {
        let untouched = "---\ntitle: 法律咨询\ndate: 2026-11-12\ncategory: 维权服务\ncounts:\nlocation:\n---\n\n"
        let found = Self.diagnostics(untouched)
        #expect(found.contains { $0.code == "activity.empty" && $0.severity == .warning }, "\(found.map(\.formatted))")
        #expect(!Self.diagnostics(Self.writeUp("", body: "活动经过。")).contains { $0.code == "activity.empty" })
        #expect(!Self.diagnostics(Self.writeUp("counts:\n  legal_consult: 1\n", body: "")).contains { $0.code == "activity.empty" })
        let draft = "---\ntitle: 法律咨询\ndate: 2026-11-12\ncategory: 维权服务\ndraft: true\n---\n"
        #expect(!Self.diagnostics(draft).contains { $0.code == "activity.empty" })
    }
}

/// `公开电话` in project.yml: read in any writing, and its numbers are never warned about.
@Suite("Public phone numbers in project.yml")
struct PublicPhonesReadingTests {
    @Test func readAndNeverWarnedAbout() throws {
        let project = (
            "project.yml",
            "name: p\nclient: c\nprovider: v\nperiod: {start: 2026-07-01, end: 2027-06-30}\namount: 100\n公开电话: [138 0013 8000]\n"
        )
        let writeUp = NewcomerHintsTests.writeUp("counts:\n  legal_consult: 1\n", body: "咨询热线13800138000，联系人13912345678。")
        let snapshot = ContentSnapshot(
            files: [project, NewcomerHintsTests.indicators, ("activities/2026-11/a.md", writeUp)].map {
                .init(path: $0.0, bytes: Array($0.1.utf8))
            })
        let parsed = ContentParser.parse(snapshot)
        let content = try #require(parsed.content, "\(parsed.diagnostics.map(\.formatted))")
        #expect(content.project.publicPhones == PublicPhones(["13800138000"]))
        let warnings = ContentChecks.run(content, snapshot: snapshot, asOf: Day(year: 2026, month: 12, day: 1)!)
        let numbers = warnings.filter { $0.code.hasPrefix("personal-data") }.map(\.message)
        #expect(numbers.count == 1 && numbers[0].contains("13912345678"), "\(numbers)")
        #expect(ProjectReader.publicPhones(inProjectYAML: project.1) == PublicPhones(["13800138000"]))
    }
}
