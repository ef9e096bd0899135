import Foundation
import HuibaoTestSupport
import Testing

/// The report tests' shared steps: one evaluation's report built by the binary, and its
/// 自评评分表 cut out of the page.
enum SelfAssessmentReport {
    /// `huibao report <id>` of `site` into `out/<id>.html`, the page's HTML.
    static func html(_ id: String, _ site: URL) throws -> String {
        let output = site.appendingPathComponent("out/\(id).html")
        let result = try CommandRunner.huibao(["report", id, "--source", site.path, "--output", output.path])
        #expect(result.status == 0, "\(result.stderr)")
        return try String(contentsOf: output, encoding: .utf8)
    }

    /// The 自评评分表 section of a report page (up to the summary section).
    static func section(_ html: String) throws -> String {
        let start = try #require(html.range(of: "<section id=\"self-assessment\""))
        let end = try #require(html.range(of: "<section id=\"summary\">", range: start.upperBound..<html.endIndex))
        return String(html[start.lowerBound..<end.lowerBound])
    }
}
