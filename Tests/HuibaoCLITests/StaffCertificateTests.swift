import Foundation
import HuibaoTestSupport
import Testing

/// The roster's 社工证 column (documents.md "Staff qualifications"): shown on the team's
/// compliance page and in evaluator documents (report, archive), never in a public build.
@Suite("社工证 on the roster (the built binary)", .serialized)
struct StaffCertificateTests {
    /// A certificate number no other file of the example holds.
    static let number = "S2025410100077"

    /// A copy of the example with one person's 社工证 set to `number`.
    static func project() throws -> URL {
        let project = try PersonalDataLeakTests.exampleCopy()
        let roster = project.appendingPathComponent("Content/ledgers/staff.csv")
        let text = try String(contentsOf: roster, encoding: .utf8)
        let changed = text.replacingOccurrences(of: "项目主管,社会工作师", with: "项目主管,社会工作师 \(number)")
        #expect(changed != text)
        try Data(changed.utf8).write(to: roster)
        return project
    }

    @Test func theTeamSiteShowsItAndThePublicBuildNever() throws {
        let project = try Self.project()
        let team = project.appendingPathComponent("team")
        let built = try PersonalDataLeakTests.run(["build", "--output", team.path], in: project)
        #expect(built.status == 0, "\(built.stderr)")
        let compliance = try String(contentsOf: team.appendingPathComponent("compliance/index.html"), encoding: .utf8)
        #expect(compliance.contains("<th scope=\"col\">社工证</th>"))
        #expect(compliance.contains("<td>社会工作师 \(Self.number)</td>"))
        let published = project.appendingPathComponent("public")
        let build = try PersonalDataLeakTests.run(["build", "--public", "--output", published.path], in: project)
        #expect(build.status == 0, "\(build.stderr)")
        for (path, text) in PersonalDataLeakTests.texts(in: published) {
            #expect(!text.contains(Self.number) && !text.contains("社工证") && !text.contains("助理社会工作师"), "\(path)")
        }
    }

    @Test func theReportAndTheArchiveCarryIt() throws {
        let project = try Self.project()
        let output = project.appendingPathComponent("out/midterm.html")
        let report = try PersonalDataLeakTests.run(["report", "midterm", "--output", output.path], in: project)
        #expect(report.status == 0, "\(report.stderr)")
        let html = try String(contentsOf: output, encoding: .utf8)
        #expect(html.contains("<th scope=\"col\">社工证</th>") && html.contains("<td>社会工作师 \(Self.number)</td>"))
        let folder = project.appendingPathComponent("out/archive")
        let archive = try PersonalDataLeakTests.run(["archive", "midterm", "--output", folder.path], in: project)
        #expect(archive.status == 0, "\(archive.stderr)")
        let rosters = PersonalDataLeakTests.texts(in: folder).filter {
            $0.key.contains("人员与经费/") && $0.value.contains("姓名")
        }
        #expect(rosters.count == 1)
        for text in rosters.values {
            #expect(text.contains("备案日期,社工证\r\n") && text.contains(",社会工作师 \(Self.number)\r\n"))
        }
    }
}
