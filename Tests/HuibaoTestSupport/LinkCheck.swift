import Foundation

/// Finds every local `href`/`src` in a built site's HTML pages that does not resolve to a
/// file (or to an element id, for `#fragment` links).
public enum LinkCheck {
    public static func brokenLinks(in site: URL) -> [String] {
        var broken: [String] = []
        let pattern = try! NSRegularExpression(pattern: #"(?:href|src)="([^"]*)""#)
        var idCache: [String: Set<String>] = [:]
        func ids(of path: String) -> Set<String> {
            if let cached = idCache[path] { return cached }
            let text = (try? String(contentsOfFile: path, encoding: .utf8)) ?? ""
            let idPattern = try! NSRegularExpression(pattern: #"id="([^"]*)""#)
            let found = Set(
                idPattern.matches(in: text, range: NSRange(text.startIndex..., in: text)).map {
                    String(text[Range($0.range(at: 1), in: text)!])
                })
            idCache[path] = found
            return found
        }
        for page in Fixtures.files(in: site) where page.hasSuffix(".html") {
            let pageURL = site.appendingPathComponent(page)
            let text = (try? String(contentsOf: pageURL, encoding: .utf8)) ?? ""
            for match in pattern.matches(in: text, range: NSRange(text.startIndex..., in: text)) {
                let link = String(text[Range(match.range(at: 1), in: text)!])
                if link.hasPrefix("http://") || link.hasPrefix("https://") || link.hasPrefix("mailto:")
                    || link.hasPrefix("data:")
                {
                    continue
                }
                let parts = link.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false)
                let pathPart = String(parts[0])
                let fragment = parts.count > 1 ? String(parts[1]) : nil
                let target =
                    pathPart.isEmpty
                    ? pageURL
                    : pageURL.deletingLastPathComponent().appendingPathComponent(
                        pathPart.removingPercentEncoding ?? pathPart)
                let resolved = target.standardizedFileURL.path
                guard resolved.hasPrefix(site.standardizedFileURL.path),
                    FileManager.default.fileExists(atPath: resolved)
                else {
                    broken.append("\(page): \(link)")
                    continue
                }
                if let fragment, !fragment.isEmpty, !ids(of: resolved).contains(fragment) {
                    broken.append("\(page): \(link) (no id \(fragment))")
                }
            }
        }
        return broken
    }
}
