import Hummingbird

/// `RequestGuard` in front of every route of the preview (pages, progress.json, the reload
/// events, not-found answers): the Hummingbird side only.
struct GuardMiddleware<Context: RequestContext>: RouterMiddleware {
    let requestGuard: RequestGuard

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response)
        async throws -> Response
    {
        let parts = RequestGuard.Request(
            method: request.method.rawValue, authority: request.head.authority, path: request.uri.path,
            query: request.uri.query, cookie: request.headers[.cookie])
        switch requestGuard.verdict(for: parts) {
        case .serve:
            return try await next(request, context)
        case .answer(let status, let headers, let body):
            var fields = HTTPFields()
            for (name, value) in headers.sorted(by: { $0.key < $1.key }) {
                if let field = HTTPFields.Element.Name(name) { fields[field] = value }
            }
            let bytes = ByteBuffer(string: body)
            if request.method == .head {
                fields[.contentLength] = String(bytes.readableBytes)
                return Response(status: .init(code: status), headers: fields, body: ResponseBody())
            }
            return Response(status: .init(code: status), headers: fields, body: ResponseBody(byteBuffer: bytes))
        }
    }
}
