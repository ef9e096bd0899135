import Foundation
import HuibaoBuild
import HuibaoContent
import HuibaoSite

/// The site the server answers from: the current `PreviewSite`, the pages rendered from it
/// so far, and the browsers waiting to be told to reload.
actor SiteStore {
    /// One answer: status, content type and bytes.
    struct Answer: Sendable {
        var status: Int
        var contentType: String
        var bytes: [UInt8]
    }

    private var site: PreviewSite
    private var rendered: [String: Answer] = [:]
    private let contentFolder: URL
    private var listeners: [UUID: AsyncStream<Int>.Continuation] = [:]
    private(set) var generation = 0

    init(site: PreviewSite, contentFolder: URL) {
        self.site = site
        self.contentFolder = contentFolder
    }

    /// Replaces the site after a rebuild and tells every open page to reload.
    func replace(with site: PreviewSite) {
        let previous = self.site
        let answers = rendered
        self.site = site
        rendered = [:]
        generation += 1
        for listener in listeners.values { listener.yield(generation) }
        // Freeing the previous site (tens of thousands of values) is left to another thread,
        // so requests for the new one do not wait for it.
        Task.detached(priority: .background) { _ = (previous, answers) }
    }

    /// The answer for a request path (`/`, `/activities/`, `/data/progress.json`, percent-decoded).
    func answer(for requestPath: String) -> Answer {
        switch site {
        case .broken(let html, _):
            return Answer(
                status: 200, contentType: ContentTypes.forPath("x.html"),
                bytes: ReloadScript.inject(into: Array(html.utf8)))
        case .pages(let pages):
            var path = requestPath.hasPrefix("/") ? String(requestPath.dropFirst()) : requestPath
            if path.isEmpty || path.hasSuffix("/") {
                path += "index.html"
            } else if !pages.contains(path), pages.contains(path + "/index.html") {
                path += "/index.html"
            }
            if let answer = rendered[path] { return answer }
            guard let file = pages.render(path) else { return notFound(requestPath) }
            var bytes: [UInt8]
            switch file.body {
            case .bytes(let value): bytes = value
            case .copy(let contentPath):
                guard case .success(let data) = RegularFile.read(contentFolder.appendingPathComponent(contentPath).path)
                else { return notFound(requestPath) }
                bytes = PreviewMedia.served(data, path: contentPath)
                if MaterialThumbnails.isThumbnail(path) { bytes = MaterialThumbnails.thumbnail(bytes) }
            }
            if path.hasSuffix(".html") { bytes = ReloadScript.inject(into: bytes) }
            let answer = Answer(status: 200, contentType: ContentTypes.forPath(path), bytes: bytes)
            rendered[path] = answer
            return answer
        }
    }

    private func notFound(_ path: String) -> Answer {
        let html = """
            <!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>找不到页面</title></head>
            <body><h1>找不到页面</h1><p>网站中没有 \(HTMLEscaping.escape(path))。<a href="/">回到首页</a></p></body></html>
            """
        return Answer(
            status: 404, contentType: ContentTypes.forPath("x.html"), bytes: ReloadScript.inject(into: Array(html.utf8))
        )
    }

    /// A stream of generations for one browser, ended by `finishAll` at shutdown.
    func listen() -> AsyncStream<Int> {
        let id = UUID()
        let (stream, continuation) = AsyncStream<Int>.makeStream(bufferingPolicy: .bufferingNewest(1))
        listeners[id] = continuation
        continuation.onTermination = { _ in Task { await self.remove(id) } }
        return stream
    }

    private func remove(_ id: UUID) { listeners[id] = nil }

    /// Ends every event stream, so the server can shut down.
    func finishAll() {
        for listener in listeners.values { listener.finish() }
        listeners = [:]
    }
}
