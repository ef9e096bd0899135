import Foundation

/// Finds the relative links in Markdown files (the README and `docs/`) that do not lead to an
/// existing file or folder inside the root; web links, `mailto:` and in-page `#anchors` are
/// not checked, and a link's own `#anchor` is dropped before its path is looked up.
public enum MarkdownLinkCheck {
    /// Every `*.md` file under `folder` (recursively), as paths relative to `root`, sorted.
    public static func markdownFiles(under folder: String, in root: URL) -> [String] {
        Fixtures.files(in: root.appendingPathComponent(folder))
            .filter { $0.hasSuffix(".md") }
            .map { folder + "/" + $0 }
            .sorted()
    }

    /// The broken links of `files` (paths relative to `root`), as `file:line: link`.
    public static func brokenLinks(in files: [String], root: URL) -> [String] {
        var broken: [String] = []
        let rootPath = root.standardizedFileURL.path
        for file in files {
            let fileURL = root.appendingPathComponent(file)
            for (line, link) in links(in: (try? String(contentsOf: fileURL, encoding: .utf8)) ?? "") {
                guard let path = localPath(of: link) else { continue }
                let target = fileURL.deletingLastPathComponent().appendingPathComponent(path)
                    .standardizedFileURL.path
                if !(target == rootPath || target.hasPrefix(rootPath + "/"))
                    || !FileManager.default.fileExists(atPath: target)
                {
                    broken.append("\(file):\(line): \(link)")
                }
            }
        }
        return broken
    }

    /// The link destinations of a Markdown text with their 1-based line numbers: inline links
    /// and images `[text](destination "title")` and reference definitions `[name]: destination`,
    /// outside fenced code blocks and inline code spans.
    public static func links(in text: String) -> [(line: Int, destination: String)] {
        let inline = try! NSRegularExpression(pattern: #"\]\(\s*<?([^)\s>]*)>?(?:\s+"[^"]*")?\s*\)"#)
        let definition = try! NSRegularExpression(pattern: #"^ {0,3}\[[^\]]+\]:\s*<?([^\s>]+)>?"#)
        let codeSpan = try! NSRegularExpression(pattern: #"(`+)[^`].*?\1"#)
        var found: [(Int, String)] = []
        var fence: String?
        for (index, rawLine) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let trimmed = rawLine.drop { $0 == " " }
            if let open = fence {
                if trimmed.hasPrefix(open) { fence = nil }
                continue
            }
            if trimmed.hasPrefix("```") || trimmed.hasPrefix("~~~") {
                fence = String(trimmed.prefix(3))
                continue
            }
            let line = String(rawLine)
            let plain = codeSpan.stringByReplacingMatches(
                in: line, range: NSRange(line.startIndex..., in: line), withTemplate: "")
            for pattern in [inline, definition] {
                for match in pattern.matches(in: plain, range: NSRange(plain.startIndex..., in: plain)) {
                    found.append((index + 1, String(plain[Range(match.range(at: 1), in: plain)!])))
                }
            }
        }
        return found
    }

    /// The file path a link points to, without its `#anchor` and percent-decoded, or nil for a
    /// link with a scheme (`https:`, `mailto:`) or one that only names an anchor on its page.
    static func localPath(of link: String) -> String? {
        if link.isEmpty || link.hasPrefix("#") { return nil }
        if link.range(of: #"^[A-Za-z][A-Za-z0-9+.-]*:"#, options: .regularExpression) != nil { return nil }
        let path = String(link.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false)[0])
        return path.removingPercentEncoding ?? path
    }
}
