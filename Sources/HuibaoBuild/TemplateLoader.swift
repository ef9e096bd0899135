import Foundation
import HuibaoContent
import HuibaoSite

/// Reads a site's own `Templates/` folder: each file there replaces the default of the same name.
public enum TemplateLoader {
    /// File name → text of every override in `source/Templates/` (the preview reads them too).
    public static func overrides(source: URL) -> [String: String] {
        let folder = source.appendingPathComponent("Templates", isDirectory: true)
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder.path) else { return [:] }
        var result: [String: String] = [:]
        for name in names.sorted()
        where name.hasSuffix(".mustache") || name.hasSuffix(".css") || name == WeChatStyles.fileName {
            // A regular file only: a FIFO named like a template is never waited on (finding 20).
            if case .success(let bytes) = RegularFile.read(folder.appendingPathComponent(name).path) {
                result[name] = String(decoding: bytes, as: UTF8.self)
            }
        }
        return result
    }
}
