import Foundation
import HuibaoTestSupport
import Testing

/// `huibao archive`: the evaluators' 档案 on the built binary — byte-identical on a rerun and
/// in any time zone, checked by `sha256sum -c`, read by python's zipfile and `unzip -t`, and
/// written with the build's output-safety rules.
@Suite("huibao archive (the built binary)", .serialized)
struct ArchiveCommandTests {
    static let top = "测试区工会社会化服务项目-中期评估-档案"

    /// A copy of the basic fixture (the archive's default output goes inside the project).
    func site() throws -> URL {
        let site = try Fixtures.temporaryFolder().appendingPathComponent("site")
        try FileManager.default.copyItem(at: Fixtures.site("basic"), to: site)
        try? FileManager.default.removeItem(at: site.appendingPathComponent("expected"))
        return site
    }

    /// Runs a program and returns its status and output.
    @discardableResult
    func run(_ program: String, _ arguments: [String], in folder: URL) throws -> (status: Int32, output: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = [program] + arguments
        process.currentDirectoryURL = folder
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: data, as: UTF8.self))
    }

    @Test func theDefaultZipIsTheSameBytesOnARerunAndInAnyTimeZone() throws {
        let site = try site()
        let first = try CommandRunner.huibao(["archive", "midterm", "--source", site.path], environment: ["TZ": "UTC"])
        #expect(first.status == 0, "\(first.stderr)")
        let zip = site.appendingPathComponent("reports/\(Self.top).zip")
        #expect(first.stdout.contains("已生成评估档案 → \(zip.path)"), "\(first.stdout)")
        #expect(first.stdout.contains("统计截至 2025年10月15日"))
        #expect(first.stdout.contains(" KB，") && first.stdout.contains("个文件"))
        #expect(first.stdout.contains("档案含个人信息") && first.stdout.contains("不要公开发布"))
        let bytes = try Data(contentsOf: zip)
        let again = try CommandRunner.huibao(
            ["archive", "midterm", "--source", site.path], environment: ["TZ": "Asia/Shanghai"])
        #expect(again.status == 0, "\(again.stderr)")
        #expect(try Data(contentsOf: zip) == bytes, "a rerun in another time zone changed the zip")
        let elsewhere = site.appendingPathComponent("out/a.zip")
        let third = try CommandRunner.huibao(
            ["archive", "midterm", "--source", site.path, "--output", elsewhere.path], environment: ["TZ": "America/New_York"])
        #expect(third.status == 0, "\(third.stderr)")
        #expect(try Data(contentsOf: elsewhere) == bytes)
    }

    @Test func independentReadersAcceptTheZipAndSha256sumChecksIt() throws {
        let site = try site()
        let zip = site.appendingPathComponent("a.zip")
        let result = try CommandRunner.huibao(["archive", "midterm", "--source", site.path, "--output", zip.path])
        #expect(result.status == 0, "\(result.stderr)")
        let python = """
            import sys, zipfile
            z = zipfile.ZipFile(sys.argv[1])
            assert z.testzip() is None
            names = [i.filename for i in z.infolist()]
            assert names == sorted(names, key=lambda n: n.encode()), names
            top = names[0]
            assert top.endswith('-档案/'), top
            assert all(n.startswith(top) for n in names), names
            for i in z.infolist():
                assert i.flag_bits & 0x800, i.filename
                assert i.date_time == (2025, 10, 15, 0, 0, 0), (i.filename, i.date_time)
                assert i.extra == b'', i.filename
            print(len(names))
            """
        let read = try run("python3", ["-c", python, zip.path], in: site)
        #expect(read.status == 0, "\(read.output)")
        let test = try run("unzip", ["-t", zip.path], in: site)
        #expect(test.status == 0 && test.output.contains("No errors detected"), "\(test.output)")
        let unpacked = site.appendingPathComponent("unpacked")
        try FileManager.default.createDirectory(at: unpacked, withIntermediateDirectories: true)
        #expect(try run("unzip", ["-q", zip.path], in: unpacked).status == 0)
        let folder = unpacked.appendingPathComponent(Self.top)
        let check = try run("sha256sum", ["-c", "--strict", "SHA256SUMS"], in: folder)
        #expect(check.status == 0, "\(check.output)")
        let listed = try String(contentsOf: folder.appendingPathComponent("SHA256SUMS"), encoding: .utf8)
            .split(separator: "\n").map { String($0.dropFirst(66)) }
        let files = Fixtures.files(in: folder).filter { $0 != "SHA256SUMS" }
        #expect(listed == files.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) })
        // The layout: the index, the report, one folder per indicator (empty ones too), 人员与经费.
        for name in ["00-目录.html", "00-目录.csv", "01-自评报告.html", "人员与经费/staff.csv", "人员与经费/expenses.csv"] {
            #expect(files.contains(name), "\(name) in \(files)")
        }
        let csv = try Data(contentsOf: folder.appendingPathComponent("00-目录.csv"))
        #expect(Array(csv.prefix(3)) == [0xEF, 0xBB, 0xBF])
        #expect(String(decoding: csv, as: UTF8.self).contains("\r\n"))
    }

    @Test func theFolderOutputFollowsTheBuildsSafetyRules() throws {
        let site = try site()
        let folder = site.appendingPathComponent("档案")
        let first = try CommandRunner.huibao(["archive", "midterm", "--source", site.path, "--output", folder.path])
        #expect(first.status == 0, "\(first.stderr)")
        #expect(first.stdout.contains("已生成评估档案文件夹 → "), "\(first.stdout)")
        #expect(FileManager.default.fileExists(atPath: folder.appendingPathComponent(".huibao-output").path))
        #expect(try run("sha256sum", ["-c", "--quiet", "SHA256SUMS"], in: folder).status == 0)
        // A second run replaces its own folder.
        #expect(try CommandRunner.huibao(["archive", "midterm", "--source", site.path, "--output", folder.path]).status == 0)

        // Never into Content/ or Templates/, never over the user's folder or file.
        let mine = site.appendingPathComponent("mine")
        try FileManager.default.createDirectory(at: mine, withIntermediateDirectories: true)
        try Data("keep".utf8).write(to: mine.appendingPathComponent("notes.txt"))
        let userZip = site.appendingPathComponent("photos.zip")
        try Data("PK\u{5}\u{6}".utf8).write(to: userZip)
        let refusals: [(String, String)] = [
            (site.appendingPathComponent("Content/archive").path, "Content/"),
            (site.appendingPathComponent("Content/a.zip").path, "Content/"),
            (site.appendingPathComponent("Templates/a.zip").path, "Templates/"),
            (site.path, "Content/"),
            (mine.path, "不是空的"),
            (userZip.path, "不是 huibao 生成的档案"),
        ]
        for (output, reason) in refusals {
            let result = try CommandRunner.huibao(["archive", "midterm", "--source", site.path, "--output", output])
            #expect(result.status == 2, "\(output): \(result.stdout)")
            #expect(result.stderr.hasPrefix("错误: ") && result.stderr.contains(reason), "\(output): \(result.stderr)")
        }
        #expect(try String(contentsOf: mine.appendingPathComponent("notes.txt"), encoding: .utf8) == "keep")
        #expect(try Data(contentsOf: userZip) == Data("PK\u{5}\u{6}".utf8))
        #expect(!FileManager.default.fileExists(atPath: site.appendingPathComponent("Content/archive").path))
        // A folder given where the zip is wanted.
        let zipFolder = site.appendingPathComponent("folder.zip")
        try FileManager.default.createDirectory(at: zipFolder, withIntermediateDirectories: true)
        let wrong = try CommandRunner.huibao(["archive", "midterm", "--source", site.path, "--output", zipFolder.path])
        #expect(wrong.status == 2 && wrong.stderr.contains("是一个文件夹"), "\(wrong.stderr)")
    }

    /// With a scoring scheme (the example's scoring.yml): one folder per item in scheme order,
    /// empty ones included, each holding what its source provides; the report names the same folders.
    @Test func withASchemeThereIsOneFolderPerScoringItem() throws {
        let folder = try Fixtures.temporaryFolder().appendingPathComponent("档案")
        let result = try CommandRunner.huibao([
            "archive", "midterm", "--source", Fixtures.repositoryRoot.path, "--output", folder.path, "--as-of", "2025-10-15",
        ])
        #expect(result.status == 0, "\(result.stderr)")
        let files = Fixtures.files(in: folder)
        for name in ["M1.1-人员配备/staff.csv", "F5.1-经费结构/expenses.csv", "D2.1-组建工会/台账-unions.csv"] {
            #expect(files.contains(name), "\(name) in \(files)")
        }
        // Evidence (佐证材料) copied as it is, named date-title-kind.
        let approvals = files.filter { $0.hasPrefix("D2.1-组建工会/") && $0.hasSuffix("-组建批复.pdf") }
        #expect(!approvals.isEmpty, "\(files)")
        #expect(files.contains { $0.contains("-签到表.") }, "\(files)")
        var isFolder: ObjCBool = false
        #expect(FileManager.default.fileExists(atPath: folder.appendingPathComponent("E4.1-服务对象满意度").path, isDirectory: &isFolder))
        #expect(isFolder.boolValue)
        let csv = String(decoding: try Data(contentsOf: folder.appendingPathComponent("00-目录.csv")), as: UTF8.self)
        #expect(csv.hasPrefix("\u{FEFF}评分项,记录,日期,材料类型,文件,状态\r\n"))
        let index = try String(contentsOf: folder.appendingPathComponent("00-目录.html"), encoding: .utf8)
        let m11 = try #require(index.range(of: "<h2>M1.1 人员配备</h2>"))
        let d21 = try #require(index.range(of: "<h2>D2.1 组建工会</h2>"))
        #expect(m11.lowerBound < d21.lowerBound, "scheme order: 项目管理 before 服务产出")
        let report = try String(contentsOf: folder.appendingPathComponent("01-自评报告.html"), encoding: .utf8)
        #expect(report.contains("档案文件夹：E4.1-服务对象满意度"), "an item without files names its folder")
        // Inside the archive the report links each item's files, never a folder.
        let encoded = "D2.1-" + "组建工会".addingPercentEncoding(withAllowedCharacters: .alphanumerics)! + "/"
            + "台账-unions".addingPercentEncoding(withAllowedCharacters: .alphanumerics.union(["-"]))! + ".csv"
        #expect(report.contains("<a href=\"\(encoded)\">台账-unions.csv</a>"), "\(encoded)")
        let hrefs = report.components(separatedBy: "href=\"").dropFirst().map { String($0.prefix { $0 != "\"" }) }
        #expect(!hrefs.isEmpty && hrefs.allSatisfy { !$0.hasSuffix("/") }, "\(hrefs)")
        for href in hrefs where !href.hasPrefix("#") && !href.hasPrefix("http") {
            let path = try #require(href.removingPercentEncoding)
            #expect(FileManager.default.fileExists(atPath: folder.appendingPathComponent(path).path), "\(path)")
        }
    }

    @Test func anUnknownEvaluationIsNamed() throws {
        let result = try CommandRunner.huibao(["archive", "nosuch", "--source", Fixtures.site("basic").path, "--output", "/tmp/x.zip"])
        #expect(result.status == 2)
        #expect(result.stderr.contains("没有编号为“nosuch”的评估") && result.stderr.contains("midterm"), "\(result.stderr)")
    }

    /// The index at a fixed date, HTML and CSV, against the committed copies.
    @Test func theIndexMatchesItsGoldenCopy() throws {
        let site = try site()
        let folder = site.appendingPathComponent("archive-folder")
        let result = try CommandRunner.huibao([
            "archive", "midterm", "--source", site.path, "--output", folder.path, "--as-of", "2025-10-15",
        ])
        #expect(result.status == 0, "\(result.stderr)")
        let actual = site.appendingPathComponent("index-only")
        try FileManager.default.createDirectory(at: actual, withIntermediateDirectories: true)
        for name in ["00-目录.html", "00-目录.csv"] {
            try FileManager.default.copyItem(at: folder.appendingPathComponent(name), to: actual.appendingPathComponent(name))
        }
        let differences = try Snapshot.compareFolders(
            actual: actual, expected: Fixtures.folder.appendingPathComponent("golden/archive-index-basic"))
        #expect(differences.isEmpty, "\(differences)")
    }
}
