/// A string hashed once, when it is made, and compared by its UTF-8 bytes (the hashes first):
/// a key for sets of thousands of Chinese file names, which a `Set<String>` would normalize to
/// hash and again to compare. Two strings canonically equivalent but spelled with other
/// scalars are two keys: normalize first where that matters (`ContentPaths`).
public struct UTF8Key: Hashable, Sendable {
    public let text: String
    private let hash: Int

    public init(_ text: String) {
        var bytes = text
        var hasher = Hasher()
        bytes.withUTF8 { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
        self.text = bytes
        hash = hasher.finalize()
    }

    public func hash(into hasher: inout Hasher) { hasher.combine(hash) }

    public static func == (a: UTF8Key, b: UTF8Key) -> Bool {
        guard a.hash == b.hash else { return false }
        return a.text.hasSameBytes(as: b.text)
    }
}
