import FlyingSocks

/// The bytes of the reload events stream (`text/event-stream`): a comment at once, then
/// `event: reload` with the site's generation after every rebuild, until the stream ends.
struct ReloadEvents: AsyncBufferedSequence {
    typealias Element = UInt8
    let generations: AsyncStream<Int>

    func makeAsyncIterator() -> Iterator { Iterator(generations: generations.makeAsyncIterator()) }

    struct Iterator: AsyncBufferedIteratorProtocol {
        var generations: AsyncStream<Int>.Iterator
        var pending: ArraySlice<UInt8> = ArraySlice(": huibao\n\n".utf8)

        mutating func next() async -> UInt8? {
            guard let buffer = await nextBuffer(suggested: 1) else { return nil }
            return buffer.first
        }

        /// The rest of the current event (at most `count` bytes), waiting for the next rebuild
        /// when none is left.
        mutating func nextBuffer(suggested count: Int) async -> ArraySlice<UInt8>? {
            if pending.isEmpty {
                guard let generation = await generations.next() else { return nil }
                pending = ArraySlice("event: reload\ndata: \(generation)\n\n".utf8)
            }
            let buffer = pending.prefix(Swift.max(count, 1))
            pending = pending.dropFirst(buffer.count)
            return buffer
        }
    }
}
