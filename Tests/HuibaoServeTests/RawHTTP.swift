import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// Any request, as bytes, to a loopback address (127.x only): for forged Host headers,
/// absolute-form targets and other methods.
enum RawHTTP {
    static func send(_ request: String, port: Int, address: String = "127.0.0.1") -> HTTPGet.Reply? {
        precondition(address.hasPrefix("127."), "tests talk to loopback only")
        let descriptor = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard descriptor >= 0 else { return nil }
        defer { close(descriptor) }
        var timeout = timeval(tv_sec: 5, tv_usec: 0)
        setsockopt(descriptor, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
        var socketAddress = sockaddr_in()
        socketAddress.sin_family = sa_family_t(AF_INET)
        socketAddress.sin_port = in_port_t(UInt16(port).bigEndian)
        socketAddress.sin_addr.s_addr = inet_addr(address)
        let connected = withUnsafePointer(to: &socketAddress) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                connect(descriptor, $0, socklen_t(MemoryLayout<sockaddr_in>.size))
            }
        }
        guard connected == 0 else { return nil }
        let bytes = Array(request.utf8)
        guard bytes.withUnsafeBytes({ Glibc.send(descriptor, $0.baseAddress, $0.count, 0) }) == bytes.count else {
            return nil
        }
        var data: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 65536)
        while true {
            let count = buffer.withUnsafeMutableBytes { recv(descriptor, $0.baseAddress, $0.count, 0) }
            if count <= 0 { break }
            data += buffer[0..<count]
        }
        let text = String(decoding: data, as: UTF8.self)
        guard let split = text.range(of: "\r\n\r\n") else { return nil }
        let head = String(text[..<split.lowerBound])
        let status = head.split(separator: " ").dropFirst().first.flatMap { Int($0) } ?? 0
        return HTTPGet.Reply(status: status, headers: head, body: String(text[split.upperBound...]))
    }

    /// A simple request: `method path`, the given Host and extra header lines.
    static func request(
        _ method: String, _ target: String, host: String, headers: [String] = [], port: Int,
        address: String = "127.0.0.1"
    ) -> HTTPGet.Reply? {
        let lines = ["\(method) \(target) HTTP/1.1", "Host: \(host)"] + headers + ["Connection: close", "", ""]
        return send(lines.joined(separator: "\r\n"), port: port, address: address)
    }

    /// The value of a response header (case-insensitive name).
    static func header(_ name: String, in reply: HTTPGet.Reply?) -> String? {
        guard let reply else { return nil }
        for line in reply.headers.split(separator: "\r\n") {
            let parts = line.split(separator: ":", maxSplits: 1)
            if parts.count == 2, parts[0].lowercased() == name.lowercased() {
                return parts[1].trimmingCharacters(in: .whitespaces)
            }
        }
        return nil
    }
}
