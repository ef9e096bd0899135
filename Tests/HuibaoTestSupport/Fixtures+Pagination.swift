import Foundation

extension Fixtures {
    /// The basic fixture's `Content/` (and nothing else) in a temporary folder, with `extra`
    /// more write-ups of 宣传教育 in June 2025, each counting one 主题宣讲 (`lectures`): long
    /// enough lists to cut into pages. Returns the project folder.
    public static func basicSite(withExtraWriteUps extra: Int) throws -> URL {
        let project = try temporaryFolder().appendingPathComponent("project", isDirectory: true)
        try FileManager.default.createDirectory(at: project, withIntermediateDirectories: true)
        try FileManager.default.copyItem(
            at: site("basic").appendingPathComponent("Content"), to: project.appendingPathComponent("Content"))
        let folder = project.appendingPathComponent("Content/activities/2025-06-extra", isDirectory: true)
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        for number in 0..<extra {
            let text = """
                ---
                标题: 第 \(number + 1) 场宣讲
                日期: 2025-06-\(String(format: "%02d", number % 28 + 1))
                服务类别: 宣传教育
                指标:
                  lectures: 1
                ---
                宣讲正文。

                """
            try Data(text.utf8).write(to: folder.appendingPathComponent(String(format: "w%04d.md", number)))
        }
        return project
    }
}
