import FlyingFox
import FlyingSocks
import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// The preview's HTTP server on the `--bind` address (IPv4 or IPv6, numeric: `PortCheck`
/// has refused anything else), and what to tell the user when it cannot listen.
enum PreviewListener {
    /// No time limit per request worth the name: rendering a large list page on a busy machine
    /// may take a while, and the preview is the user's own.
    static let requestTimeout: TimeInterval = 3600

    static func server(bind: String, port: Int, handler: PreviewHandler) throws -> HTTPServer {
        let port = UInt16(port)
        if bind.contains(":") {
            let host = bind.hasPrefix("[") && bind.hasSuffix("]") ? String(bind.dropFirst().dropLast()) : bind
            return HTTPServer(
                address: try sockaddr_in6.inet6(ip6: host, port: port), timeout: requestTimeout, logger: .disabled,
                handler: handler)
        }
        return HTTPServer(
            address: try sockaddr_in.inet(ip4: bind, port: port), timeout: requestTimeout, logger: .disabled,
            handler: handler)
    }

    /// The user's message when the server could not start (or stopped listening).
    static func message(for error: any Error, port: Int) -> String {
        if case .failed(_, let number, _)? = error as? SocketError, number == EADDRINUSE {
            return PortCheck.inUseMessage(port: port)
        }
        let text = "\(error)"
        if text.contains("Address already in use") || text.contains("EADDRINUSE") {
            return PortCheck.inUseMessage(port: port)
        }
        return "预览服务器无法启动：\(text)"
    }
}
