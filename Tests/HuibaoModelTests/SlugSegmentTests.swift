import Testing

@testable import HuibaoModel

/// Attack review findings 1 and 13: no user-given name or slug may name another folder.
@Suite("Path segments never climb or collapse")
struct SlugSegmentTests {
    @Test func dotSegmentsAndPageFileNamesAreSlugErrors() throws {
        #expect(Slug.clean(".") == .failure(.currentSegment))
        #expect(Slug.clean("./.") == .failure(.currentSegment))
        #expect(Slug.clean("a/./b") == .failure(.currentSegment))
        #expect(Slug.clean("a/\u{01}./b") == .failure(.currentSegment))
        #expect(Slug.clean("a/#../b") == .failure(.parentSegment))
        #expect(Slug.clean("x/index.html") == .failure(.pageFileSegment))
        #expect(try Slug.clean("a/.b/c..").get() == "a/.b/c..")
    }

    @Test func cleanSegmentNeverNamesAnotherFolder() {
        for name in [".", "..", "#..", "\u{7F}.", "../../victim", "a/b", "/", "..\u{85}"] {
            let segment = Slug.cleanSegment(name)
            #expect(segment != "." && segment != ".." && !segment.contains("/"), "\(name)")
        }
        #expect(Slug.cleanSegment("职工/服务") == "职工-服务")
        #expect(Slug.cleanSegment("../../victim") == "..-..-victim")
    }

    @Test func namesThatCannotBeASegmentAreNamed() {
        #expect(Slug.segmentProblem("../../victim") == .slash)
        #expect(Slug.segmentProblem("职工/服务") == .slash)
        #expect(Slug.segmentProblem("..") == .dots)
        #expect(Slug.segmentProblem("?.") == .dots)
        #expect(Slug.segmentProblem("##") == .empty)
        #expect(Slug.segmentProblem("") == .empty)
        #expect(Slug.segmentProblem("index.html") == .pageFile)
        #expect(Slug.segmentProblem("职工服务") == nil)
        #expect(Slug.segmentProblem("mid.term") == nil)
    }

    @Test func routesStayInTheirFolder() {
        for name in ["..", ".", "", "../../../victim", "a/b", "##", "index.html"] {
            for path in [Routes.category(name), Routes.ledger(name), Routes.report(name)] {
                #expect(path.segments.count == 2, "\(name)")
                #expect(!path.segments.contains { $0.isEmpty || $0 == "." || $0 == ".." || $0.contains("/") })
                #expect(!path.outputFile.hasPrefix("categories/index.html") && path.outputFile != "ledgers/index.html")
            }
        }
    }
}

@Suite("Path segments fit a file name")
struct SlugLengthTests {
    @Test func aSegmentLongerThanAFileNameIsAnError() {
        let long = String(repeating: "长", count: 67)  // 201 bytes
        #expect(Slug.clean("2025-06/" + long) == .failure(.longSegment))
        #expect(Slug.segmentProblem(long) == .tooLong)
        #expect(Slug.segmentProblem(String(repeating: "长", count: 66)) == nil)
    }
}
