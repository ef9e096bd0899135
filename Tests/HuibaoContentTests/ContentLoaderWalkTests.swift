import Foundation
import HuibaoTestSupport
import Testing

@testable import HuibaoContent

/// `ContentLoader.entries(below:)` lists the folders of one depth on all cores: the result is
/// still one depth-first listing (each folder right before what it holds), and each file's
/// name is classified as the loader expects.
@Suite("Content/ listed folder by folder (ContentLoader.entries)")
struct ContentLoaderWalkTests {
    @Test func foldersOfOneDepthListedTogetherStillGiveOneDepthFirstListing() throws {
        let root = try Fixtures.temporaryFolder().appendingPathComponent("Content", isDirectory: true)
        let manager = FileManager.default
        var expected: Set<String> = []
        for month in ["2025-05", "2025-06", "2025-07", "2026-01"] {
            for (index, name) in ["签到表.jpg", "a.md", "照片-\(month).jpg", ".hidden.md"].enumerated() {
                let folder = "activities/\(month)" + (index == 3 ? "/deep/deeper" : "")
                try manager.createDirectory(
                    at: root.appendingPathComponent(folder, isDirectory: true), withIntermediateDirectories: true)
                try Data("x".utf8).write(to: root.appendingPathComponent(folder + "/" + name))
                expected.insert(folder + "/" + name)
            }
        }
        try manager.createDirectory(at: root.appendingPathComponent("assets/empty"), withIntermediateDirectories: true)
        // A name as a Mac writes it (NFD) and a file at the top.
        try Data("y".utf8).write(to: root.appendingPathComponent("assets/cafe\u{301}.jpg"))
        try Data("z".utf8).write(to: root.appendingPathComponent("project.yml"))
        expected.formUnion(["assets/cafe\u{301}.jpg", "project.yml"])

        let entries = ContentLoader.entries(below: root.path)
        let files = entries.filter { $0.kind == .other }
        #expect(Set(files.map(\.relative)) == expected)
        let folders = entries.filter { $0.kind == .directory }.map(\.relative)
        #expect(
            Set(folders) == [
                "activities", "assets", "assets/empty", "activities/2025-05", "activities/2025-06",
                "activities/2025-07",
                "activities/2026-01", "activities/2025-05/deep", "activities/2025-05/deep/deeper",
                "activities/2025-06/deep", "activities/2025-06/deep/deeper", "activities/2025-07/deep",
                "activities/2025-07/deep/deeper", "activities/2026-01/deep", "activities/2026-01/deep/deeper",
            ])
        // Depth first: each folder comes right before everything below it, and nothing else
        // comes between.
        let order = entries.map(\.relative)
        for (index, folder) in order.enumerated() where entries[index].kind == .directory {
            let below = order.indices.filter { order[$0].hasPrefix(folder + "/") }
            #expect(below.isEmpty || below == Array(index + 1...index + below.count), "\(folder)")
        }
        // Each file classified where its folder was read.
        for entry in files {
            let name = try #require(entry.name)
            #expect(name.key.text == entry.relative.precomposedStringWithCanonicalMapping)
            #expect(name.hidden == entry.relative.hasSuffix(".hidden.md"))
            #expect(name.parsed == (entry.relative.hasSuffix("/a.md") || entry.relative == "project.yml"))
        }
        #expect(entries.allSatisfy { ($0.kind == .other) == ($0.name != nil) })
    }
}
