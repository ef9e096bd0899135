import Foundation
import HuibaoBuild
import HuibaoModel
import HuibaoTestSupport
import Testing

/// `huibao init`: a project that builds and checks clean as written, never over existing files.
@Suite("huibao init (the built binary)", .serialized)
struct InitCommandTests {
    @Test func aNewProjectBuildsAndChecksCleanWithNoEdits() throws {
        let folder = try Fixtures.temporaryFolder().appendingPathComponent("新项目")
        let result = try CommandRunner.huibao(["init", folder.path])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr.isEmpty)
        let today = Today.day()
        #expect(
            Fixtures.files(in: folder) == [
                "Content/activities/\(today.month.isoText)/律师进企业开展法律咨询（示例）.md",
                "Content/articles/职工法律服务走进企业（示例）.md", "Content/indicators.yml",
                "Content/ledgers/expenses.csv", "Content/ledgers/staff.csv", "Content/ledgers/unions.csv",
                "Content/project.yml",
            ])
        #expect(result.stdout.hasPrefix("已在 \(folder.path) 新建项目"))
        for path in ["Content/project.yml", "Content/indicators.yml", "Content/ledgers/staff.csv"] {
            #expect(result.stdout.contains("\n  \(path)　"), "\(path)")
        }
        #expect(result.stdout.contains("下一步：\n  1. 按合同修改 Content/project.yml"))
        #expect(result.stdout.contains("huibao check --source \(folder.path)\n"))

        let check = try CommandRunner.huibao(["check", "--source", folder.path])
        #expect(check.status == 0, "\(check.stdout)\(check.stderr)")
        #expect(check.stdout == "没有发现问题（统计截至 \(today.chineseText)）。\n", "\(check.stdout)")

        // Also at the end of the contract year, when the evaluations and payments are due.
        let late = try CommandRunner.huibao(["check", "--source", folder.path, "--as-of", "2099-12-31"])
        #expect(late.status == 0 && late.stdout.hasPrefix("没有发现问题"), "\(late.stdout)")

        let build = try CommandRunner.huibao(["build", "--source", folder.path])
        #expect(build.status == 0, "\(build.stderr)")
        #expect(build.stderr.isEmpty, "\(build.stderr)")
        let index = try String(contentsOf: folder.appendingPathComponent("public/index.html"), encoding: .utf8)
        #expect(index.contains("某某区总工会购买工会社会化服务项目"))
        #expect(index.contains("职工法律咨询进企业"))
    }

    @Test func initTwiceIsRefusedAndChangesNothing() throws {
        let folder = try Fixtures.temporaryFolder()
        #expect(try CommandRunner.huibao(["init", folder.path]).status == 0)
        let project = folder.appendingPathComponent("Content/project.yml")
        try Data("项目名称: 我改过的\n".utf8).write(to: project)
        let before = Fixtures.files(in: folder)
        let contents = try before.map { try Data(contentsOf: folder.appendingPathComponent($0)) }

        let again = try CommandRunner.huibao(["init", folder.path])
        #expect(again.status == 1)
        #expect(again.stdout.isEmpty)
        #expect(again.stderr.hasPrefix("错误: 这些文件已经存在，没有新建项目，也没有改动任何文件：\n  Content/project.yml\n"))
        #expect(again.stderr.contains("\n  Content/ledgers/staff.csv\n"))
        #expect(Fixtures.files(in: folder) == before)
        #expect(try before.map { try Data(contentsOf: folder.appendingPathComponent($0)) } == contents)
    }

    @Test func oneExistingFileIsEnoughToWriteNothing() throws {
        let folder = try Fixtures.temporaryFolder()
        let ledgers = folder.appendingPathComponent("Content/ledgers")
        try FileManager.default.createDirectory(at: ledgers, withIntermediateDirectories: true)
        try Data("姓名\n".utf8).write(to: ledgers.appendingPathComponent("staff.csv"))

        let result = try CommandRunner.huibao(["init", folder.path])
        #expect(result.status == 1)
        #expect(
            result.stderr
                == "错误: 这些文件已经存在，没有新建项目，也没有改动任何文件：\n  Content/ledgers/staff.csv\n请换一个空文件夹（huibao init 新文件夹名），或者直接编辑已有的文件\n"
        )
        #expect(Fixtures.files(in: folder) == ["Content/ledgers/staff.csv"])
    }

    @Test func aFolderThatCannotBeWrittenIsAnErrorWithNothingLeft() throws {
        let folder = try Fixtures.temporaryFolder()
        // A file where the Content folder should be.
        try Data().write(to: folder.appendingPathComponent("Content"))
        let result = try CommandRunner.huibao(["init", folder.path])
        #expect(result.status == 2)
        #expect(result.stderr.hasPrefix("错误: 无法写入 Content/project.yml"))
        #expect(Fixtures.files(in: folder) == ["Content"])
    }
}

extension InitCommandTests {
    /// Without a folder, `init` writes into the current one and says so.
    @Test func theDefaultFolderIsTheCurrentOne() throws {
        let folder = try Fixtures.temporaryFolder()
        let process = Process()
        process.executableURL = Fixtures.binary
        process.arguments = ["init"]
        process.currentDirectoryURL = folder
        let out = Pipe()
        process.standardOutput = out
        process.standardError = FileHandle.nullDevice
        try process.run()
        let stdout = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        #expect(stdout.hasPrefix("已在当前文件夹新建项目"))
        #expect(stdout.contains("  2. 检查内容：huibao check\n"))
        #expect(FileManager.default.fileExists(atPath: folder.appendingPathComponent("Content/project.yml").path))
    }
}
