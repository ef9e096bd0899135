import Foundation

/// The script the preview adds to every HTML page: it listens to the server's events and
/// reloads the page when the site was rebuilt. Only in serve mode; `build` never adds it.
enum ReloadScript {
    /// The path of the server-sent events stream.
    static let eventsPath = "/_huibao/events"

    static let tag = """
        <script>(function(){var s=new EventSource("\(eventsPath)");\
        s.addEventListener("reload",function(){location.reload();});})();</script>
        """

    /// The page with the script before `</body>` (or at its end when there is none).
    static func inject(into html: [UInt8]) -> [UInt8] {
        let text = String(decoding: html, as: UTF8.self)
        if let range = text.range(of: "</body>", options: .backwards) {
            return Array((text[..<range.lowerBound] + tag + text[range.lowerBound...]).utf8)
        }
        return Array((text + tag).utf8)
    }
}
