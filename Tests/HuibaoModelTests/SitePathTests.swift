import Testing

@testable import HuibaoModel

@Suite("URLs: slugs, site paths and relative links")
struct SitePathTests {
    @Test func urlForJSONIsUnencodedWithTrailingSlash() {
        #expect(Routes.activity("2025-06/宣讲").url == "/activities/2025-06/宣讲/")
        #expect(Routes.home.url == "/")
        #expect(Routes.progressJSON.url == "/data/progress.json")
    }

    @Test func relativeLinksArePercentEncodedAndEndInIndexHTML() {
        let target = Routes.activity("2025-06/宣讲")
        #expect(target.link(from: Routes.indicator("news")) == "../../activities/2025-06/%E5%AE%A3%E8%AE%B2/index.html")
        #expect(target.link(from: Routes.home) == "activities/2025-06/%E5%AE%A3%E8%AE%B2/index.html")
        #expect(Routes.home.link(from: target) == "../../../index.html")
        #expect(Routes.stylesheet.link(from: Routes.home) == "css/huibao.css")
        #expect(Routes.stylesheet.link(from: Routes.indicators) == "../css/huibao.css")
    }

    @Test func slugRules() throws {
        #expect(try Slug.clean("2025-06/宣讲 活动").get() == "2025-06/宣讲-活动")
        #expect(try Slug.clean("问答#1?100%\"好\"\\").get() == "问答1100好")
        #expect(try Slug.clean("/a/b/").get() == "a/b")
        #expect(Slug.clean("a//b") == .failure(.emptySegment))
        #expect(Slug.clean("a/../b") == .failure(.parentSegment))
        #expect(Slug.clean("##") == .failure(.emptySegment))
        #expect(Slug.cleanSegment("a\u{0007}b\u{3000}c") == "ab-c")
    }

    /// `cleanSegment` returns a segment with nothing to clean as it is: for every kind of
    /// scalar the rules touch, alone and among others, it equals the scalar-by-scalar rules.
    @Test func segmentsWithNothingToCleanAreKeptAsTheRulesWould() {
        func reference(_ text: String) -> String {
            var result = String.UnicodeScalarView()
            for scalar in text.unicodeScalars {
                switch scalar {
                case "#", "?", "%", "\\", "\"": continue
                case " ", "\t", "\u{3000}", "\u{00A0}": result.append("-")
                default:
                    if scalar.value < 0x20 || scalar.value == 0x7F || (0x80..<0xA0).contains(scalar.value) { continue }
                    result.append(scalar)
                }
            }
            return String(result)
        }
        let pieces = [
            "宣讲", "a", "#", "?", "%", "\\", "\"", " ", "\t", "\u{3000}", "\u{00A0}", "\u{0085}", "\u{009F}", "\u{00A1}",
            "\u{7F}", "\u{01}", "\u{3001}", "\u{2FFF}", "（9996）", "é", "\u{1F600}", "-_.~",
        ]
        for a in pieces {
            for b in pieces {
                let text = a + "x" + b
                #expect(Slug.cleanSegment(text) == reference(text), "\(text.unicodeScalars.map(\.value))")
                #expect(Slug.cleanSegment(Substring(a + b)) == reference(a + b))
            }
        }
    }

    @Test func pageURLShortcutEqualsTheBuiltPath() {
        let slugs = [
            "2025-06/宣讲", "a", "中文 标题", "a/b/c", "/lead", "trail/", "a//b", "", "/", "//", "x/ /y", "%20",
        ]
        for slug in slugs {
            #expect(
                SitePath.pageURL(section: "activities", slug: slug) == SitePath(page: "activities/" + slug).url,
                "\(slug)")
            #expect(
                SitePath.pageOutputFile(section: "activities", slug: slug)
                    == SitePath(page: "activities/" + slug).outputFile, "\(slug)")
            #expect(
                Routes.evidenceURL(.article(slug: slug)) == Routes.evidence(.article(slug: slug))?.url, "\(slug)")
        }
        #expect(
            Routes.evidenceURL(.ledgerRow(ledger: "unions", line: 3))
                == Routes.evidence(.ledgerRow(ledger: "unions", line: 3))?.url)
    }

    /// The plan's evidence paths without splitting: the same as the segments' way for every
    /// kind of path, odd ones included.
    @Test func materialFileIsTheMaterialPathsOutputFile() {
        for path in [
            "activities/2025-05/佐证/0508-签到表.jpg", "assets/unions/批复-0512.pdf", "a.jpg", "/a.jpg", "a//b.jpg",
            "a/b/", "", "资料/ 空格 .pdf", "资料/100%_a~b-(1).PDF",
        ] {
            #expect(Routes.materialFile(path) == Routes.material(path).outputFile, "\(path)")
            for page in [SitePath.root, SitePath(page: "activities/2025-05/宣讲"), SitePath(file: "a/b.css")] {
                #expect(Routes.materialLink(path, from: page) == Routes.material(path).link(from: page), "\(path)")
            }
        }
    }
}
