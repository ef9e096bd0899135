import Foundation
import HuibaoTestSupport
import Testing

/// The printed report (`report --pdf`, headless Chromium): 第 X 页 共 Y 页 on every page, short
/// cells (首期款, a 大写 amount) not broken, and every word inside the page's margins.
@Suite("huibao report --pdf: page numbers and tables in print (the built binary)", .serialized)
struct ReportPrintTests {
    /// The PDF of the basic fixture's mid-term report, or nil when Chromium or poppler-utils
    /// are missing (a failure under CI=true: .ci/run installs them).
    func pdf() throws -> URL? {
        let chromium = ["/usr/bin/chromium", "/usr/bin/chromium-browser"].contains {
            FileManager.default.isExecutableFile(atPath: $0)
        }
        guard chromium, FileManager.default.isExecutableFile(atPath: "/usr/bin/pdftotext") else {
            #expect(ProcessInfo.processInfo.environment["CI"] != "true", "Chromium or poppler-utils missing in CI")
            return nil
        }
        let output = try Fixtures.temporaryFolder().appendingPathComponent("midterm.html")
        let result = try CommandRunner.huibao([
            "report", "midterm", "--source", Fixtures.site("basic").path, "--output", output.path, "--pdf",
        ])
        #expect(result.status == 0, "\(result.stderr)")
        return output.deletingPathExtension().appendingPathExtension("pdf")
    }

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

    @Test func everyPageIsNumberedOfTheTotal() throws {
        guard let pdf = try pdf() else { return }
        let info = try run("/usr/bin/pdfinfo", [pdf.path])
        let pages = try #require(
            info.split(separator: "\n").first { $0.hasPrefix("Pages:") }.flatMap { Int($0.split(separator: " ").last ?? "") })
        #expect(pages > 1)
        for page in [1, pages] {
            // pdftotext drops the spaces between Chinese and digits: compare without spaces.
            let text = try run("/usr/bin/pdftotext", ["-f", "\(page)", "-l", "\(page)", pdf.path, "-"])
                .filter { !$0.isWhitespace }
            #expect(text.contains("第\(page)页共\(pages)页"), "page \(page): \(text.suffix(80))")
        }
    }

    @Test func shortCellsAreNotBrokenAndNothingRunsPastTheMargins() throws {
        guard let pdf = try pdf() else { return }
        let lines = try run("/usr/bin/pdftotext", ["-layout", pdf.path, "-"]).split(separator: "\n")
        // Each on one line of the payment table, not 首期/款 or 叁万…元/整.
        for cell in ["首期款", "中期款", "叁万叁仟叁佰叁拾元整", "叁万叁仟叁佰肆拾元零壹分"] {
            #expect(lines.contains { $0.contains(cell) }, "«\(cell)» broken across lines")
        }
        // Words stay inside the 15 mm side margins (42.5 pt) of the A4 page (595 pt).
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
