import FlyingFox
import Foundation

/// Every request the preview receives (FlyingFox's side only): `RequestGuard` first (Host,
/// token, methods), then the reload events or a page of the `SiteStore`. HEAD is GET without
/// the body.
struct PreviewHandler: HTTPHandler {
    let requestGuard: RequestGuard
    let store: SiteStore

    func handleRequest(_ request: HTTPRequest) async throws -> HTTPResponse {
        let parts = RequestGuard.Request(
            method: request.method.rawValue, target: request.target.rawValue, host: request.headers[.host],
            cookie: request.headers[.cookie])
        let head = request.method == .HEAD
        switch requestGuard.verdict(for: parts) {
        case .answer(let status, let headers, let body):
            return Self.response(status, headers: headers, bytes: Array(body.utf8), head: head)
        case .serve:
            let path = (parts.path.removingPercentEncoding ?? parts.path).precomposedStringWithCanonicalMapping
            if path == ReloadScript.eventsPath { return await events(head: head) }
            let answer = await store.answer(for: path)
            return Self.response(
                answer.status, headers: ["Content-Type": answer.contentType, "Cache-Control": "no-store"],
                bytes: answer.bytes, head: head)
        }
    }

    /// Server-sent events: a `reload` event after every rebuild, for as long as the page is open.
    private func events(head: Bool) async -> HTTPResponse {
        var headers = HTTPHeaders()
        headers[.contentType] = "text/event-stream; charset=utf-8"
        headers[.cacheControl] = "no-store"
        headers[HTTPHeader("Server")] = "huibao"
        if head { return HTTPResponse(statusCode: .ok, headers: headers) }
        let stream = ReloadEvents(generations: await store.listen())
        return HTTPResponse(statusCode: .ok, headers: headers, body: HTTPBodySequence(from: stream))
    }

    /// A whole answer; for HEAD the same headers (Content-Length included) without the body.
    static func response(_ status: Int, headers: [String: String], bytes: [UInt8], head: Bool) -> HTTPResponse {
        var fields = HTTPHeaders()
        for (name, value) in headers.sorted(by: { $0.key < $1.key }) { fields[HTTPHeader(name)] = value }
        fields[HTTPHeader("Server")] = "huibao"
        fields[.contentLength] = String(bytes.count)
        // The whole body as one buffer, so a 2.7 MB progress.json goes out in one write loop
        // rather than in 4 KB pieces.
        let body = head ? Data() : Data(bytes)
        return HTTPResponse(
            statusCode: HTTPStatusCode(status, phrase: reasonPhrase(status)), headers: fields,
            body: HTTPBodySequence(data: body, suggestedBufferSize: Swift.max(body.count, 1)))
    }

    /// The reason phrases of the statuses the preview answers with.
    static func reasonPhrase(_ status: Int) -> String {
        switch status {
        case 200: return "OK"
        case 303: return "See Other"
        case 403: return "Forbidden"
        case 404: return "Not Found"
        case 405: return "Method Not Allowed"
        case 421: return "Misdirected Request"
        default: return "Status \(status)"
        }
    }
}
