import Foundation
import Testing

@testable import HuibaoBuild

/// Finding 18: what can run in an SVG is removed, read with an XML parser.
@Suite("SVG: scripts removed")
struct SVGSanitizerTests {
    func cleaned(_ svg: String) -> (removed: [String], text: String)? {
        guard case .cleaned(let removed, let bytes) = SVGSanitizer.sanitize(Array(svg.utf8)) else { return nil }
        return (removed, String(decoding: bytes, as: UTF8.self))
    }

    @Test func aCleanDrawingIsLeftAsItIs() {
        let svg = "<svg xmlns=\"http://www.w3.org/2000/svg\"><!-- x --><rect width=\"1\"/><text>A &amp; B</text></svg>"
        #expect(SVGSanitizer.sanitize(Array(svg.utf8)) == .clean)
    }

    @Test(arguments: [
        "<SCRIPT>alert(1)</SCRIPT>", "<svg:script xmlns:svg=\"http://www.w3.org/2000/svg\">alert(1)</svg:script>",
        "<g><g><script><![CDATA[alert(1)]]></script></g></g>", "<rect ONLOAD=\"alert(1)\"/>",
        "<a href=\"\tjava\nscript:alert(1)\"><text>x</text></a>", "<a xlink:href=\"JaVaScRiPt:alert(1)\">x</a>",
        "<set attributeName=\"onmouseover\" to=\"alert(1)\"/>", "<animate attributeName=\"href\" values=\"javascript:alert(1)\"/>",
        "<foreignObject><iframe xmlns=\"http://www.w3.org/1999/xhtml\" src=\"javascript:alert(1)\"/></foreignObject>",
        "<image href=\"data:text/html,&lt;script&gt;alert(1)&lt;/script&gt;\"/>",
    ])
    func whatRunsIsRemoved(inner: String) throws {
        let svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" xmlns:xlink=\"http://www.w3.org/1999/xlink\">\(inner)<circle r=\"2\"/></svg>"
        let result = try #require(cleaned(svg))
        #expect(!result.removed.isEmpty)
        for forbidden in ["script", "alert", "onload", "ONLOAD", "onmouseover", "iframe", "foreignObject"] {
            #expect(!result.text.lowercased().contains(forbidden.lowercased()), "\(forbidden) in \(result.text)")
        }
        #expect(result.text.contains("<circle r=\"2\"></circle>"))
    }

    @Test func textIsEscapedWhenWrittenAgain() throws {
        let result = try #require(
            cleaned("<svg xmlns=\"http://www.w3.org/2000/svg\"><script/><text a=\"&quot;&lt;\">1 &lt; 2 &amp; <![CDATA[<b>]]></text></svg>"))
        #expect(result.text.contains("<text a=\"&quot;&lt;\">1 &lt; 2 &amp; &lt;b&gt;</text>"))
    }

    /// Entities declared in a DOCTYPE could expand into markup in a browser: it never stays.
    @Test(arguments: [
        "<!DOCTYPE svg [<!ENTITY a \"<script>alert(1)</script>\">]><svg xmlns=\"http://www.w3.org/2000/svg\">&a;</svg>",
        "<!doctype svg PUBLIC \"-//W3C//DTD SVG 1.1//EN\" \"http://www.w3.org/Graphics/SVG/1.1/DTD/svg11.dtd\"><svg xmlns=\"http://www.w3.org/2000/svg\"><rect/></svg>",
    ])
    func doctypesAreDropped(svg: String) throws {
        switch SVGSanitizer.sanitize(Array(svg.utf8)) {
        case .cleaned(let removed, let bytes):
            let text = String(decoding: bytes, as: UTF8.self)
            #expect(removed.first == "<!DOCTYPE>")
            #expect(!text.lowercased().contains("doctype") && !text.contains("ENTITY") && !text.contains("<script"), "\(text)")
        case .invalid:
            break  // refused: also safe
        case .clean:
            Issue.record("kept: \(svg)")
        }
    }

    @Test(arguments: [
        "<svg><script>alert(1)</svg>", "<svg", "not xml at all", "",
    ])
    func whatIsNotXMLCannotBeCleaned(svg: String) {
        guard case .invalid = SVGSanitizer.sanitize(Array(svg.utf8)) else {
            Issue.record("\(svg) was read as XML")
            return
        }
    }
}
