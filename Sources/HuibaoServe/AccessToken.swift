/// The secret a preview bound beyond loopback asks for: random at every start, printed in
/// the start-up link (`?token=…`), then kept by the browser in a cookie (HttpOnly,
/// SameSite=Strict). No HTTP-server types.
public struct AccessToken: Sendable, Equatable {
    public let value: String
    /// The cookie's name: per port, so two previews on one machine keep their own.
    public let cookieName: String
    public static let queryName = "token"

    public init(value: String, port: Int) {
        self.value = value
        cookieName = "huibao_token_\(port)"
    }

    /// 128 random bits as 32 hex digits.
    public static func random(port: Int) -> AccessToken {
        var generator = SystemRandomNumberGenerator()
        let digits = Array("0123456789abcdef")
        let value = String((0..<32).map { _ in digits[Int(generator.next() % 16)] })
        return AccessToken(value: value, port: port)
    }

    /// The cookie set after a request with the right token.
    public var setCookie: String { "\(cookieName)=\(value); Path=/; HttpOnly; SameSite=Strict" }

    /// Whether the `Cookie` header holds this token.
    public func isIn(cookieHeader: String?) -> Bool {
        guard let cookieHeader else { return false }
        for pair in cookieHeader.split(separator: ";") {
            let parts = pair.split(separator: "=", maxSplits: 1)
            if parts.count == 2, parts[0].trimmingSpaces == cookieName, matches(parts[1].trimmingSpaces) { return true }
        }
        return false
    }

    /// The token given in a query (`token=…`), if any, and the query without it (nil when empty).
    public static func split(query: String?) -> (token: Substring?, rest: String?) {
        guard let query, !query.isEmpty else { return (nil, nil) }
        var token: Substring?
        var rest: [Substring] = []
        for item in query.split(separator: "&", omittingEmptySubsequences: true) {
            if item.hasPrefix(queryName + "=") {
                token = item.dropFirst(queryName.count + 1)
            } else {
                rest.append(item)
            }
        }
        return (token, rest.isEmpty ? nil : rest.joined(separator: "&"))
    }

    /// Compares in time independent of where the texts differ.
    public func matches<S: StringProtocol>(_ candidate: S) -> Bool {
        let a = Array(value.utf8)
        let b = Array(candidate.utf8)
        guard a.count == b.count else { return false }
        var difference: UInt8 = 0
        for index in a.indices { difference |= a[index] ^ b[index] }
        return difference == 0
    }
}

extension Substring {
    fileprivate var trimmingSpaces: Substring {
        var text = self
        while text.first == " " { text = text.dropFirst() }
        while text.last == " " { text = text.dropLast() }
        return text
    }
}
