import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// Tells, before the server starts, whether its port can be bound.
enum PortCheck {
    static func inUseMessage(port: Int) -> String {
        "端口 \(port) 已被占用（可能另一个 huibao serve 或其他程序正在使用）。请先关闭它，或用 --port 换一个端口，如 --port \(port + 1)。"
    }

    /// A message when `host:port` cannot be bound, nil when it can (or when the check itself fails).
    static func problem(host: String, port: Int) -> String? {
        guard (1...65535).contains(port) else { return "--port 应在 1 到 65535 之间，这里是 \(port)" }
        var hints = addrinfo()
        hints.ai_family = AF_UNSPEC
        hints.ai_socktype = Int32(SOCK_STREAM.rawValue)
        hints.ai_flags = AI_PASSIVE | AI_NUMERICHOST
        var result: UnsafeMutablePointer<addrinfo>?
        guard getaddrinfo(host, String(port), &hints, &result) == 0, let info = result else {
            return "--bind 应为本机的 IP 地址，如 127.0.0.1 或 0.0.0.0，这里是“\(host)”"
        }
        defer { freeaddrinfo(result) }
        let descriptor = socket(info.pointee.ai_family, info.pointee.ai_socktype, info.pointee.ai_protocol)
        guard descriptor >= 0 else { return nil }
        defer { close(descriptor) }
        var yes: Int32 = 1
        setsockopt(descriptor, SOL_SOCKET, SO_REUSEADDR, &yes, socklen_t(MemoryLayout<Int32>.size))
        if bind(descriptor, info.pointee.ai_addr, info.pointee.ai_addrlen) != 0 {
            switch errno {
            case EADDRINUSE: return inUseMessage(port: port)
            case EACCES: return "没有权限使用端口 \(port)（1024 以下的端口需要管理员权限），请用 --port 换一个端口，如 --port 1313。"
            case EADDRNOTAVAIL: return "本机没有地址 \(host)，--bind 请用 127.0.0.1 或 0.0.0.0。"
            default: return nil
            }
        }
        return nil
    }
}
