import HuibaoContent
import Testing

/// `ContentPaths` answers as a `Set<String>` does (canonically equivalent names are one path)
/// while hashing by bytes: checked against `Set<String>` on the same operations.
@Suite("Content/'s paths as a set (ContentPaths)")
struct ContentPathsTests {
    static let names = [
        "activities/2025-06/签到表.jpg", "activities/2025-06/caf\u{E9}.jpg", "activities/2025-06/cafe\u{301}.jpg",
        "assets/\u{AC00}.png", "assets/\u{1100}\u{1161}.png", "assets/が.jpg", "assets/か\u{3099}.jpg", "a.md", "",
        "ledgers/unions.csv", "activities/2025-06/签到表.jpg",
    ]

    @Test func answersAsASetOfStringsDoes() {
        var paths = ContentPaths()
        var strings = Set<String>()
        for name in Self.names {
            #expect(paths.insert(name) == strings.insert(name).inserted, "\(name.unicodeScalars.map(\.value))")
        }
        #expect(paths.count == strings.count)
        #expect(Set(paths) == strings)
        for name in Self.names + ["missing.jpg", "activities/2025-06/签到表.JPG", "cafe"] {
            #expect(paths.contains(name) == strings.contains(name), "\(name)")
        }
        // The form first inserted is kept: the decomposed é was a duplicate of the composed one.
        #expect(paths.contains { $0.unicodeScalars.contains("\u{301}") } == false)
        #expect(paths.remove("activities/2025-06/cafe\u{301}.jpg") == "activities/2025-06/caf\u{E9}.jpg")
        #expect(!paths.contains("activities/2025-06/caf\u{E9}.jpg"))
        paths.subtract(["a.md", "assets/\u{1100}\u{1161}.png"])
        #expect(!paths.contains("a.md") && !paths.contains("assets/\u{AC00}.png"))
        #expect(ContentPaths(["b", "a"]) == ["a", "b"])
        #expect(ContentPaths(["caf\u{E9}"]) == ContentPaths(["cafe\u{301}"]))
        #expect(ContentPaths(["a"]) != ContentPaths(["a", "b"]))
    }
}
