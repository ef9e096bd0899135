import Foundation
import HuibaoBuild
import HuibaoContent
import HuibaoModel
import HuibaoSite
import HuibaoTestSupport
import Testing

/// Builds the basic fixture at a fixed as-of date and checks the whole output.
@Suite("The basic fixture site at 2025-10-20", .serialized)
struct BasicSiteTests {
    static let asOf = Day(year: 2025, month: 10, day: 20)!

    func build(_ audience: Audience = .team(drafts: false)) throws -> URL {
        let output = try Fixtures.temporaryFolder().appendingPathComponent("public")
        let options = BuildOptions(source: Fixtures.site("basic"), output: output, asOf: Self.asOf, audience: audience)
        let outcome = try SiteBuilder.build(options)
        #expect(outcome.written, "\(outcome.diagnostics.map(\.formatted))")
        return output
    }

    @Test func pagesMatchTheGoldenFiles() throws {
        let output = try build()
        #expect(GoldenWorkbooks.setAside(in: output))
        let differences = try Snapshot.compareFolders(
            actual: output, expected: Fixtures.site("basic").appendingPathComponent("expected"))
        #expect(differences.isEmpty, "\(Snapshot.describe(differences))")
    }

    @Test func sameContentAndDateGiveIdenticalBytes() throws {
        let first = try build()
        let second = try build()
        let differences = try Snapshot.compareFoldersIgnoringRecording(actual: second, expected: first)
        #expect(differences.isEmpty, "\(Snapshot.describe(differences))")
    }

    @Test func everyLinkResolves() throws {
        let output = try build(.team(drafts: true))
        #expect(LinkCheck.brokenLinks(in: output).isEmpty, "\(LinkCheck.brokenLinks(in: output))")
    }

    @Test func figuresAtTheAsOfDate() throws {
        let content = try #require(ContentParser.parse(try ContentLoader.load(source: Fixtures.site("basic"))).content)
        let figures = Figures.compute(content, asOf: Self.asOf, audience: .team(drafts: false))
        let byID = Dictionary(uniqueKeysWithValues: figures.indicators.map { ($0.indicator.id, $0) })
        #expect(byID["unions"]?.value == Quantity(3))  // rows 1, 2, 4; row 3 is 否, row 5 after the as-of date
        #expect(byID["unions"]?.expected == 2)
        #expect(byID["unions"]?.status == .onTrack)
        #expect(byID["members"]?.value == Quantity(67))
        #expect(byID["members"]?.expected == 53)
        #expect(byID["lectures"]?.value == Quantity(2))  // the internal one counts, the draft and November's do not
        #expect(byID["news"]?.value == Quantity(2))
        #expect(byID["news"]?.status == .complete)
        #expect(byID["union_ledger"]?.status == .started)
        #expect(figures.payments.map(\.status) == [.paid, .overdue, .pending])
        for figure in figures.indicators {
            #expect(figure.value == figure.evidence.reduce(Quantity.zero) { $0 + $1.count }, "\(figure.indicator.id)")
        }
    }

    @Test func everyEvidenceURLIsAPageOfTheSite() throws {
        let output = try build()
        let data = try Data(contentsOf: output.appendingPathComponent("data/progress.json"))
        let json = try JSONSerialization.jsonObject(with: data) as! [String: Any]
        let indicators = json["indicators"] as! [[String: Any]]
        var checked = 0
        for indicator in indicators {
            for evidence in indicator["evidence"] as! [[String: Any]] {
                guard let url = evidence["url"] as? String else { continue }
                #expect(url.hasPrefix("/") && url.hasSuffix("/"))
                let page = output.appendingPathComponent(String(url.dropFirst())).appendingPathComponent("index.html")
                #expect(FileManager.default.fileExists(atPath: page.path), "\(url)")
                checked += 1
            }
        }
        #expect(checked == 11)
    }

    @Test func rawHTMLNeverReachesTheOutput() throws {
        let output = try build()
        for file in Fixtures.files(in: output) where file.hasSuffix(".html") {
            let text = try String(contentsOf: output.appendingPathComponent(file), encoding: .utf8)
            #expect(!text.contains("<script>alert(1)"), "\(file)")
        }
    }

    @Test func draftsAppearOnlyWhenAskedForAndNeverCount() throws {
        let plain = try build()
        #expect(
            !FileManager.default.fileExists(
                atPath: plain.appendingPathComponent("activities/2025-07/draft/index.html").path))
        let withDrafts = try build(.team(drafts: true))
        let page = try String(
            contentsOf: withDrafts.appendingPathComponent("activities/2025-07/draft/index.html"), encoding: .utf8)
        #expect(page.contains("草稿"))
        let json = try String(contentsOf: withDrafts.appendingPathComponent("data/progress.json"), encoding: .utf8)
        let plainJSON = try String(contentsOf: plain.appendingPathComponent("data/progress.json"), encoding: .utf8)
        #expect(json == plainJSON)
    }
}
