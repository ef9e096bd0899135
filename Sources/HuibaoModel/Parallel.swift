import Dispatch
import Synchronization

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Runs independent pieces of a build (parsing write-ups, rendering pages) across the
/// machine's cores, values in and values out, with results in the order of the input, so
/// that a parallel build is byte-identical to a serial one.
public enum Parallel {
    /// Forces serial execution where it is bound (`Parallel.$forcesSerial.withValue(true) { … }`),
    /// for tests comparing a serial build with a parallel one; on by default when the
    /// environment variable `HUIBAO_SERIAL` is set.
    @TaskLocal public static var forcesSerial: Bool = getenv("HUIBAO_SERIAL") != nil

    /// The cores work is spread over.
    public static let coreCount = max(1, Int(sysconf(Int32(_SC_NPROCESSORS_ONLN))))

    /// `items.map(transform)`, with the items cut into chunks that the cores take in turn.
    public static func map<Item: Sendable, Result: Sendable>(
        _ items: [Item], _ transform: @Sendable (Item) -> Result
    ) -> [Result] {
        guard coreCount > 1, items.count > 1, !forcesSerial else { return items.map(transform) }
        guard #available(macOS 15.0, *) else { return items.map(transform) }
        // Many small chunks, handed out as cores become free: pages differ a lot in cost, and
        // the last chunks must be short so that no core waits long for another at the end.
        let chunkSize = max(1, items.count / (coreCount * 64))
        let chunkCount = (items.count + chunkSize - 1) / chunkSize
        let chunks = Mutex<[[Result]]>(Array(repeating: [], count: chunkCount))
        DispatchQueue.concurrentPerform(iterations: chunkCount) { chunk in
            let mapped = items[chunk * chunkSize..<min(items.count, (chunk + 1) * chunkSize)].map(transform)
            chunks.withLock { $0[chunk] = mapped }
        }
        return chunks.withLock { chunks in
            var results: [Result] = []
            results.reserveCapacity(items.count)
            for chunk in chunks { results += chunk }
            return results
        }
    }

    /// Starts `work` on another thread and returns at once; `wait()` gives its result. For a
    /// short job beside a `map` (which nested inside `both` would get one core only).
    public static func start<T: Sendable>(_ work: @escaping @Sendable () -> T) -> Started<T> {
        let started = Started<T>()
        guard coreCount > 1, !forcesSerial else {
            started.finish(work())
            return started
        }
        DispatchQueue.global().async { started.finish(work()) }
        return started
    }

    /// The result of a job from `start`, once it is done.
    public final class Started<T: Sendable>: Sendable {
        private let value = Mutex<T?>(nil)
        private let done = DispatchSemaphore(value: 0)

        fileprivate func finish(_ result: T) {
            value.withLock { $0 = result }
            done.signal()
        }

        /// Waits for the job (once) and returns its result.
        public func wait() -> T {
            done.wait()
            done.signal()  // later waits return at once
            return value.withLock { $0! }
        }
    }

    /// `(first(), second())`, the two run at the same time on two cores.
    public static func both<A: Sendable, B: Sendable>(
        _ first: @Sendable () -> A, _ second: @Sendable () -> B
    ) -> (A, B) {
        guard coreCount > 1, !forcesSerial else { return (first(), second()) }
        guard #available(macOS 15.0, *) else { return (first(), second()) }
        let a = Mutex<A?>(nil)
        let b = Mutex<B?>(nil)
        DispatchQueue.concurrentPerform(iterations: 2) { index in
            if index == 0 {
                let value = first()
                a.withLock { $0 = value }
            } else {
                let value = second()
                b.withLock { $0 = value }
            }
        }
        return (a.withLock { $0! }, b.withLock { $0! })
    }
}
