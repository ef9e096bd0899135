import CPNG
import Foundation
import HuibaoBuild
import HuibaoModel
import HuibaoPhotos
import HuibaoTestSupport
import Testing

@testable import HuibaoSite

/// The report's charts as PNG (librsvg through `ChartRaster`), for the Word report: a real
/// PNG of the asked width, the same bytes on a rerun, the chart's colours from charts.css, and
/// bad SVG refused without a crash.
@Suite("Charts rendered to PNG", .serialized)
struct ChartRasterTests {
    static let asOf = Day(year: 2025, month: 10, day: 20)!

    /// The burn-up and headcount charts of the basic fixture's mid-term report, as inline SVG.
    static func reportCharts() throws -> (burnUp: String, headcount: String) {
        let output = try Fixtures.temporaryFolder().appendingPathComponent("public")
        let options = BuildOptions(
            source: Fixtures.site("basic"), output: output, asOf: asOf, audience: .team(drafts: false))
        #expect(try SiteBuilder.build(options).written)
        let html = try String(contentsOf: output.appendingPathComponent("reports/midterm.html"), encoding: .utf8)
        func chart(_ kind: String) throws -> String {
            let start = try #require(html.range(of: "<svg class=\"\(kind)\""))
            let end = try #require(html.range(of: "</svg>", range: start.upperBound..<html.endIndex))
            return String(html[start.lowerBound..<end.upperBound])
        }
        return (try chart("burnup"), try chart("headcount"))
    }

    static var stylesheet: String { DefaultTemplates.text(named: "charts.css") }

    /// Width, height and RGB pixels, read by libpng (not by cairo, which wrote them).
    static func decode(_ png: [UInt8]) -> (width: Int, height: Int, rgb: [UInt8])? {
        var image = png_image()
        image.version = UInt32(PNG_IMAGE_VERSION)
        guard png.withUnsafeBufferPointer({ png_image_begin_read_from_memory(&image, $0.baseAddress, $0.count) }) != 0
        else { return nil }
        image.format = UInt32(PNG_FORMAT_RGB)
        let width = Int(image.width)
        let height = Int(image.height)
        var rgb = [UInt8](repeating: 0, count: width * height * 3)
        let finished = rgb.withUnsafeMutableBytes {
            png_image_finish_read(&image, nil, $0.baseAddress, Int32(width * 3), nil)
        }
        if finished == 0 { png_image_free(&image) }
        return finished != 0 ? (width, height, rgb) : nil
    }

    /// How many pixels are exactly `hex` (`0xb3261e`).
    static func count(_ hex: Int, in rgb: [UInt8]) -> Int {
        let (r, g, b) = (UInt8(hex >> 16), UInt8(hex >> 8 & 0xFF), UInt8(hex & 0xFF))
        return stride(from: 0, to: rgb.count, by: 3).count { rgb[$0] == r && rgb[$0 + 1] == g && rgb[$0 + 2] == b }
    }

    @Test func aBurnUpChartIsAPNGOfTheAskedWidthWithTheSiteColours() throws {
        let charts = try Self.reportCharts()
        let svg = ChartDocument.standalone(charts.burnUp, stylesheet: Self.stylesheet)
        let png = try #require(ChartRaster.png(svg: svg, width: 1280))
        #expect(png.starts(with: [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]))
        let image = try #require(Self.decode(png))
        #expect(image.width == 1280)
        #expect(image.height == 520)  // the chart's viewBox is 640 × 260
        #expect(Self.count(0xFFFFFF, in: image.rgb) > image.width * image.height / 2, "a white background")
        #expect(Self.count(0xB3261E, in: image.rgb) > 200, "the actual line in its red (.burnup .actual)")
        #expect(Self.count(0xD1D9E0, in: image.rgb) > 500, "the grid lines (.burnup .grid)")
        #expect(Self.count(0x000000, in: image.rgb) < 50, "nothing in SVG's default black fill")
    }

    @Test func withoutTheChartRulesTheLineIsFilledBlack() throws {
        // The check above can fail: the same chart with no stylesheet fills its polylines black.
        let charts = try Self.reportCharts()
        let png = try #require(
            ChartRaster.png(svg: ChartDocument.standalone(charts.burnUp, stylesheet: ""), width: 640))
        let image = try #require(Self.decode(png))
        #expect(Self.count(0x000000, in: image.rgb) > 1000)
        #expect(Self.count(0xB3261E, in: image.rgb) == 0)
    }

    @Test func theHeadcountChartHasItsShortfallShadedAndTheSameBytesOnARerun() throws {
        let charts = try Self.reportCharts()
        let svg = ChartDocument.standalone(charts.headcount, stylesheet: Self.stylesheet)
        let first = try #require(ChartRaster.png(svg: svg, width: 1280))
        let second = try #require(ChartRaster.png(svg: svg, width: 1280))
        #expect(first == second)
        let image = try #require(Self.decode(first))
        #expect(image.height == 440)  // 640 × 220
        #expect(Self.count(0xFFEBE9, in: image.rgb) > 100, "the shortfall shaded (.headcount .shortfall)")
        #expect(Self.count(0x0B57D0, in: image.rgb) > 200, "the headcount line (.headcount .actual)")
    }

    @Test func theChineseLabelsAreDrawn() throws {
        // The month labels (10月) in grey: text pixels below the plot, where only labels are.
        let charts = try Self.reportCharts()
        let png = try #require(
            ChartRaster.png(svg: ChartDocument.standalone(charts.burnUp, stylesheet: Self.stylesheet), width: 1280))
        let image = try #require(Self.decode(png))
        let labelRows = (image.height - 72)..<image.height
        var inked = 0
        for y in labelRows {
            for x in 0..<image.width where image.rgb[(y * image.width + x) * 3] < 200 { inked += 1 }
        }
        #expect(inked > 500)
    }

    @Test(arguments: [
        "", "not svg at all", "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 10 10\"><rect",
        "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 0 0\"/>", "<html><body>图表</body></html>",
        "<?xml version=\"1.0\"?><!DOCTYPE svg [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\"><!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;\"><!ENTITY d \"&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;\"><!ENTITY e \"&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;\"><!ENTITY f \"&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;\"><!ENTITY g \"&f;&f;&f;&f;&f;&f;&f;&f;&f;&f;\">]><svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 10 10\"><text>&g;&g;&g;&g;&g;&g;&g;&g;</text></svg>",
    ])
    func aBadSVGGivesNil(_ svg: String) {
        #expect(ChartRaster.png(svg: svg, width: 100) == nil)
    }

    @Test func aSizeOutOfRangeGivesNil() {
        let svg =
            "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 10 10\"><rect width=\"5\" height=\"5\"/></svg>"
        #expect(ChartRaster.png(svg: svg, width: 0) == nil)
        #expect(ChartRaster.png(svg: svg, width: 100_000) == nil)
        #expect(ChartRaster.png(svg: svg, width: 100) != nil)
        let tall = "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 1 1000\"/>"
        #expect(ChartRaster.png(svg: tall, width: 100) == nil)
    }

    @Test func theStandaloneDocumentKeepsTheChartAndAddsTheNamespace() {
        let svg = ChartDocument.standalone(
            "<svg class=\"burnup\" viewBox=\"0 0 1 1\"><line/></svg>", stylesheet: "a]]>b")
        #expect(svg.hasPrefix("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"burnup\" viewBox=\"0 0 1 1\"><style"))
        #expect(svg.hasSuffix("</style><line/></svg>"))
        #expect(svg.contains("a]]]]><![CDATA[>b"))
    }
}
