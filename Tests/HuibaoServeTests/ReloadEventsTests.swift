import Testing

@testable import HuibaoServe

/// The reload events' bytes, whatever size the server asks for at a time.
@Suite("Preview reload events")
struct ReloadEventsTests {
    @Test(arguments: [1, 4, 4096])
    func aCommentThenOneEventPerRebuild(chunk: Int) async throws {
        let (stream, continuation) = AsyncStream<Int>.makeStream()
        continuation.yield(1)
        continuation.yield(2)
        continuation.finish()
        var iterator = ReloadEvents(generations: stream).makeAsyncIterator()
        var bytes: [UInt8] = []
        while let buffer = await iterator.nextBuffer(suggested: chunk) {
            #expect(!buffer.isEmpty && buffer.count <= chunk)
            bytes += buffer
        }
        #expect(
            String(decoding: bytes, as: UTF8.self) == ": huibao\n\nevent: reload\ndata: 1\n\nevent: reload\ndata: 2\n\n")
    }

    @Test func theFirstBytesComeBeforeAnyRebuild() async {
        let (stream, continuation) = AsyncStream<Int>.makeStream()
        var iterator = ReloadEvents(generations: stream).makeAsyncIterator()
        let first = await iterator.nextBuffer(suggested: 4096)
        #expect(first.map { String(decoding: $0, as: UTF8.self) } == ": huibao\n\n")
        continuation.finish()
        #expect(await iterator.nextBuffer(suggested: 4096) == nil)
    }
}
