import Foundation
import HuibaoModel

/// The paths of the files in `Content/` (relative), as a set that hashes and compares each by
/// the bytes of its NFC form: a `Set<String>` normalizes every Chinese name to hash it and again
/// to compare it, and a build looks up tens of thousands (every evidence file is looked up by
/// name). Canonically equivalent paths are one element, as in a `Set<String>`; a path is kept
/// as it was first inserted.
public struct ContentPaths: Sendable, Equatable, Sequence, ExpressibleByArrayLiteral {
    /// A path with its NFC form (the same string, without a copy, when it is NFC already) as a
    /// `UTF8Key`: hashed once when made, set probes compare the hashes before the bytes.
    struct Key: Hashable, Sendable {
        let text: String
        let normalized: UTF8Key

        init(_ text: String) {
            self.text = text
            normalized = UTF8Key(PathText.isNFC(text) ? text : text.precomposedStringWithCanonicalMapping)
        }

        /// A path already in NFC (as `ContentLoader` normalizes every name).
        init(normalized: String) {
            self.normalized = UTF8Key(normalized)
            text = self.normalized.text
        }

        func hash(into hasher: inout Hasher) { normalized.hash(into: &hasher) }

        static func == (a: Key, b: Key) -> Bool { a.normalized == b.normalized }
    }

    private var keys: Set<Key>

    public init() { keys = [] }

    public init(minimumCapacity: Int) { keys = Set(minimumCapacity: minimumCapacity) }

    public init<S: Sequence>(_ paths: S) where S.Element == String {
        keys = Set(paths.map { Key($0) })
    }

    public init(arrayLiteral paths: String...) { self.init(paths) }

    public var count: Int { keys.count }
    public var isEmpty: Bool { keys.isEmpty }

    public func contains(_ path: String) -> Bool { keys.contains(Key(path)) }

    @discardableResult
    public mutating func insert(_ path: String) -> Bool { keys.insert(Key(path)).inserted }

    /// `insert(_:)` of a key made beforehand (on another core).
    @discardableResult
    mutating func insert(_ key: Key) -> Bool { keys.insert(key).inserted }

    @discardableResult
    public mutating func remove(_ path: String) -> String? { keys.remove(Key(path))?.text }

    public mutating func subtract<S: Sequence>(_ paths: S) where S.Element == String {
        for path in paths { keys.remove(Key(path)) }
    }

    /// The paths, as first inserted, in no particular order (as a set's).
    public struct Iterator: IteratorProtocol {
        var base: Set<Key>.Iterator

        public mutating func next() -> String? { base.next()?.text }
    }

    public func makeIterator() -> Iterator { Iterator(base: keys.makeIterator()) }

    public static func == (a: ContentPaths, b: ContentPaths) -> Bool { a.keys == b.keys }
}
