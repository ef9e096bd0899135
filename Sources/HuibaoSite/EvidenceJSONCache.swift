import Foundation
import HuibaoModel

/// The `evidence` lists of progress.json written by the previous preview build, per indicator:
/// a one-file edit changes the evidence of one or two indicators, and writing the others again
/// is most of the file's cost. Bytes are reused only when the evidence is equal.
public final class EvidenceJSONCache: @unchecked Sendable {
    private let lock = NSLock()
    private var entries: [String: (items: [Evidence], bytes: [UInt8])] = [:]

    public init() {}

    /// The bytes for `items` of indicator `id`, from the cache when the items are unchanged.
    func bytes(for id: String, items: [Evidence], make: () -> [UInt8]) -> [UInt8] {
        lock.lock()
        let entry = entries[id]
        lock.unlock()
        if let entry, entry.items == items { return entry.bytes }
        let bytes = make()
        lock.lock()
        entries[id] = (items, bytes)
        lock.unlock()
        return bytes
    }
}
