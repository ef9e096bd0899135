import Testing

@testable import HuibaoModel

@Suite("Percent")
struct PercentTests {
    @Test(arguments: [
        ("50", 5_000),
        ("50%", 5_000),
        ("33.33%", 3_333),
        ("33.3", 3_330),
        ("33.3%", 3_330),
        ("75.00%", 7_500),
        ("0", 0),
        ("0%", 0),
        ("0.5%", 50),
        ("0.05", 5),
        ("100%", 10_000),
        ("125%", 12_500),
        ("007", 700),
        ("  75%\t", 7_500),
        ("\u{3000}20%\r\n", 2_000),
        ("50 %", 5_000),
    ])
    func accepted(text: String, hundredths: Int) {
        #expect(Percent.parse(text) == Percent(hundredths: hundredths))
    }

    @Test(arguments: [
        "", "  ", "%", "abc", "33.333", "33.333%", "-5", "-5%", "+5", "5%%", "%5", "5.%", ".5", "5.", "1,000",
        "50 percent",
        "５０", "50％", "5 0", "50%5", "1e2", "99999999999999999999999",
    ])
    func rejected(text: String) {
        #expect(Percent.parse(text) == nil, "\(text)")
    }

    @Test(arguments: [
        (5_000, "50%", "50.00%"),
        (3_333, "33.33%", "33.33%"),
        (3_330, "33.3%", "33.30%"),
        (7_500, "75%", "75.00%"),
        (8_015, "80.15%", "80.15%"),
        (5, "0.05%", "0.05%"),
        (50, "0.5%", "0.50%"),
        (0, "0%", "0.00%"),
        (10_000, "100%", "100.00%"),
        (-1_205, "-12.05%", "-12.05%"),
    ])
    func texts(hundredths: Int, minimal: String, twoDecimals: String) {
        let percent = Percent(hundredths: hundredths)
        #expect(percent.text == minimal)
        #expect(percent.twoDecimalText == twoDecimals)
        #expect("\(percent)" == minimal)
    }

    @Test func parsedTextRoundTrips() throws {
        for text in ["50%", "33.33%", "33.3%", "0.01%", "99.99%", "100%"] {
            #expect(try #require(Percent.parse(text)).text == text)
        }
    }

    @Test func ordering() {
        #expect(Percent(hundredths: 3_333) < Percent(hundredths: 3_334))
        #expect(!(Percent(hundredths: 5_000) < Percent(hundredths: 5_000)))
        #expect(Percent.parse("75") == Percent.parse("75.00%"))
    }
}
