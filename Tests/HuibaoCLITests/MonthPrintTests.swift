import Foundation
import HuibaoBuild
import HuibaoTestSupport
import Testing

/// The month report printed (headless Chromium, as `report --pdf` prints): A4, 第 X 页 共 Y 页
/// on every page, and every word inside the page's margins.
@Suite("huibao month: the printed month report (the built binary)", .serialized)
struct MonthPrintTests {
    func run(_ tool: String, _ arguments: [String]) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: tool)
        process.arguments = arguments
        let pipe = Pipe()
        process.standardOutput = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return String(decoding: data, as: UTF8.self)
    }

    /// The system temporary folder's entries a Chromium print could leave.
    func chromiumLeftovers() -> Set<String> {
        let names =
            (try? FileManager.default.contentsOfDirectory(atPath: FileManager.default.temporaryDirectory.path)) ?? []
        return Set(names.filter { $0.hasPrefix("org.chromium.Chromium.") || $0.hasPrefix("huibao-chromium-") })
    }

    @Test func everyPageIsNumberedAndNothingRunsPastTheMargins() throws {
        let chromium = ["/usr/bin/chromium", "/usr/bin/chromium-browser"].contains {
            FileManager.default.isExecutableFile(atPath: $0)
        }
        guard chromium, FileManager.default.isExecutableFile(atPath: "/usr/bin/pdftotext") else {
            #expect(ProcessInfo.processInfo.environment["CI"] != "true", "Chromium or poppler-utils missing in CI")
            return
        }
        let folder = try Fixtures.temporaryFolder()
        let html = folder.appendingPathComponent("月报-2025-10.html")
        let result = try CommandRunner.huibao([
            "month", "2025-10", "--html", "--as-of", "2025-11-05", "--source", Fixtures.repositoryRoot.path,
            "--output", html.path,
        ])
        #expect(result.status == 0, "\(result.stderr)")
        let pdf = folder.appendingPathComponent("月报-2025-10.pdf")
        let before = chromiumLeftovers()
        try PDFPrinter.print(html, to: pdf)
        // Chromium's profile and its own temporary folder are gone with the print.
        #expect(chromiumLeftovers().subtracting(before).isEmpty)
        let info = try run("/usr/bin/pdfinfo", [pdf.path])
        #expect(info.contains("(A4)"), "not A4: \(info)")
        let pages = try #require(
            info.split(separator: "\n").first { $0.hasPrefix("Pages:") }.flatMap {
                Int($0.split(separator: " ").last ?? "")
            })
        #expect(pages > 1)
        for page in 1...pages {
            let text = try run("/usr/bin/pdftotext", ["-f", "\(page)", "-l", "\(page)", pdf.path, "-"])
                .filter { !$0.isWhitespace }
            #expect(text.contains("第\(page)页共\(pages)页"), "page \(page): \(text.suffix(80))")
        }
        let first = try run("/usr/bin/pdftotext", ["-f", "1", "-l", "1", pdf.path, "-"]).filter { !$0.isWhitespace }
        #expect(first.contains("工作月报") && first.contains("乙方（盖章）"), "\(first)")
        let words = try run("/usr/bin/pdftotext", ["-bbox", pdf.path, "-"])
        var outside: [String] = []
        for word in words.components(separatedBy: "<word ").dropFirst() {
            func number(_ name: String) -> Double? {
                guard let start = word.range(of: "\(name)=\"") else { return nil }
                return Double(word[start.upperBound...].prefix { $0 != "\"" })
            }
            guard let left = number("xMin"), let right = number("xMax") else { continue }
            if left < 41.5 || right > 595 - 41.5 {
                outside.append(String(word.drop { $0 != ">" }.dropFirst().prefix { $0 != "<" }))
            }
        }
        #expect(outside.isEmpty, "past the margins: \(outside.prefix(10))")
    }
}
